// Revocation by the awarding body: its manager, with a reason, audited, and seen at once in the
// status list and by a verifier of a credential issued before. Other bodies' staff cannot.
import { and, eq } from 'drizzle-orm';
import { createLocalJWKSet, jwtVerify } from 'jose';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCertificateByNumber } from '../../api/certificates/load.ts';
import { revokeCertificate } from '../../api/certificates/revoke.ts';
import { verifyCredential } from '../../api/credentials/verify.ts';
import type { MailQueue, MailRequest } from '../../api/mail/outbox.ts';
import { JsonWebKeySet, OwnCredential, RevokedCertificate } from '../../contract/credentials.ts';
import { auditEvents, awardingBodies, certificates, notices } from '../../db/schema/index.ts';
import type { SeedPersonKey } from '../../db/seed/people.ts';
import { consoleHeaders, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp, TEST_API_URL } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

async function revoke(
  who: SeedPersonKey,
  body: string,
  number: string,
  reason: unknown = 'Antud võltsitud dokumendi alusel',
) {
  return app.request(`/staff/bodies/${body}/certificates/${number}/revoke`, {
    method: 'POST',
    headers: { ...(await consoleHeaders(database, who)), 'content-type': 'application/json' },
    body: JSON.stringify({ reason }),
  });
}

async function statusNow(number: string) {
  return (await loadCertificateByNumber(database.db, number))?.status;
}

/** The list's bits as a verifier reads them: the JWT checked against the published keys. */
async function publishedBits() {
  const jwks = v.parse(JsonWebKeySet, await (await app.request('/.well-known/jwks.json')).json());
  const res = await app.request('/status-lists/1');
  const { payload } = await jwtVerify(await res.text(), createLocalJWKSet(jwks), { issuer: TEST_API_URL });
  const { encodedList } = (payload.vc as { credentialSubject: { encodedList: string } }).credentialSubject;
  const { gunzipSync } = await import('node:zlib');
  return gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
}
const bitOf = (bits: Uint8Array, index: number) => ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;

describe('revoking a certificate', () => {
  it('by the body’s manager: the status list’s bit is set and the earlier credential verifies as revoked', async () => {
    const issued = await app.request('/me/certificates/ETEL-T3-0001/credential', {
      headers: await widgetHeaders(database, 'securityOfficer'),
    });
    const { jwt, credential } = v.parse(OwnCredential, await issued.json());
    const index = Number(credential.credentialStatus.statusListIndex);
    expect(bitOf(await publishedBits(), index)).toBe(false);
    expect(
      await verifyCredential(database.db, jwt, { publicUrl: TEST_API_URL, now: database.clock.now() }),
    ).toMatchObject({
      status: 'valid',
    });

    const res = await revoke('etelManager', 'etel', 'ETEL-T3-0001');
    expect(res.status).toBe(200);
    expect(v.parse(RevokedCertificate, await res.json())).toMatchObject({
      number: 'ETEL-T3-0001',
      status: 'revoked',
      reason: 'Antud võltsitud dokumendi alusel',
    });

    const bits = await publishedBits();
    expect(bitOf(bits, index)).toBe(true);
    // Only that bit: nothing else was revoked.
    expect(bits.reduce((sum, byte) => sum + (byte.toString(2).match(/1/g)?.length ?? 0), 0)).toBe(1);
    expect(await verifyCredential(database.db, jwt, { publicUrl: TEST_API_URL })).toEqual({
      signatureValid: true,
      status: 'revoked',
      number: 'ETEL-T3-0001',
    });
    expect(await statusNow('ETEL-T3-0001')).toBe('revoked');
  });

  it('records who revoked whose certificate and why', async () => {
    const [row] = await database.db
      .select({ revokedById: certificates.revokedById, revokedReason: certificates.revokedReason })
      .from(certificates)
      .where(eq(certificates.number, 'ETEL-T3-0001'));
    expect(row).toEqual({
      revokedById: await personId(database, 'etelManager'),
      revokedReason: 'Antud võltsitud dokumendi alusel',
    });
    const entries = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'certificate.revoke'),
          eq(auditEvents.subjectId, await personId(database, 'securityOfficer')),
        ),
      );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: await personId(database, 'etelManager'),
      actorRole: 'manager',
      entity: 'certificate',
    });
  });

  it('refuses to revoke a revoked certificate again (409)', async () => {
    const res = await revoke('etelManager', 'etel', 'ETEL-T3-0001');
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('is not for another body’s staff: their own body does not have it (404), ETEL’s is not theirs (403)', async () => {
    const viaOwnBody = await revoke('cooksManager', 'naidiskokad', 'ETEL-J5-0003');
    expect(viaOwnBody.status).toBe(404);
    expect(JSON.stringify(await viaOwnBody.json())).not.toContain('Turvajuht');
    expect((await revoke('cooksManager', 'etel', 'ETEL-J5-0003')).status).toBe(403);
    expect(await statusNow('ETEL-J5-0003')).not.toBe('revoked');
  });

  it('is the manager’s alone: a processor is refused, and a widget token never acts as staff', async () => {
    expect((await revoke('etelProcessor', 'etel', 'ETEL-J5-0003')).status).toBe(403);
    const widget = await app.request('/staff/bodies/etel/certificates/ETEL-J5-0003/revoke', {
      method: 'POST',
      headers: { ...(await widgetHeaders(database, 'etelManager')), 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'Antud võltsitud dokumendi alusel' }),
    });
    expect(widget.status).toBe(403);
    expect(await statusNow('ETEL-J5-0003')).not.toBe('revoked');
  });

  it('with the mail queue, tells the holder at once, in the same transaction, once', async () => {
    const queued: MailRequest[] = [];
    const mail: MailQueue = {
      async queue(_tx, request) {
        queued.push(request);
        return { id: String(queued.length), queued: true };
      },
    };
    const [etel] = await database.db
      .select({ id: awardingBodies.id, slug: awardingBodies.slug })
      .from(awardingBodies)
      .where(eq(awardingBodies.slug, 'etel'));
    const { db, clock } = database;
    const scope = {
      actor: {
        personId: await personId(database, 'etelManager'),
        staff: [],
        committee: [],
        mandates: [],
        registryAdmin: false,
      },
      role: 'manager',
      body: etel as { id: number; slug: string },
      now: clock.now(),
    };
    await revokeCertificate(db, scope, 'ETEL-TII-0004', 'Antud ekslikult', { mail });
    const [certificate] = await db
      .select({ id: certificates.id })
      .from(certificates)
      .where(eq(certificates.number, 'ETEL-TII-0004'));
    const told = await db
      .select({ kind: notices.kind, milestone: notices.milestone })
      .from(notices)
      .where(eq(notices.certificateId, certificate?.id as string));
    expect(told).toEqual([{ kind: 'revoked', milestone: 'revoked' }]);
    expect(queued).toHaveLength(1);
  });

  it('needs a reason, and says so naming the field', async () => {
    const res = await revoke('etelManager', 'etel', 'ETEL-J5-0003', '  ');
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['reason']);
    expect(await statusNow('ETEL-J5-0003')).not.toBe('revoked');
  });
});
