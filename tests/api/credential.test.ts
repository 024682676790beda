// The owner's verifiable credential (Open Badges 3.0 as a JWT), its stable public URL, the registry's
// public keys and the revocation status list, as a verifier outside the registry sees them: checked
// with jose against the JWKS the app publishes, never with the API's own code.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { calculateJwkThumbprint, createLocalJWKSet, decodeProtectedHeader, type JWK, jwtVerify } from 'jose';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonWebKeySet, OwnCredential } from '../../contract/credentials.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
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

const OWNER_CODE = SEED_PEOPLE.securityOfficer.personalCode;

async function ownCredential(number = 'ETEL-T3-0001', lang = 'et') {
  const res = await app.request(`/me/certificates/${number}/credential?lang=${lang}`, {
    headers: await widgetHeaders(database, 'securityOfficer'),
  });
  expect(res.status).toBe(200);
  return v.parse(OwnCredential, await res.json());
}

async function publishedKeys() {
  const res = await app.request('/.well-known/jwks.json', {
    headers: { origin: 'https://verifier.example' },
  });
  expect(res.status).toBe(200);
  return { res, jwks: v.parse(JsonWebKeySet, await res.json()) };
}

const bitOf = (bits: Uint8Array, index: number) => ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;

describe('the owner’s verifiable credential', () => {
  it('verifies with jose against the keys the app publishes, and its claims are the credential’s own', async () => {
    const { jwt, credential } = await ownCredential();
    const { jwks } = await publishedKeys();
    const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
      issuer: TEST_API_URL,
      typ: 'JWT',
      currentDate: database.clock.now(),
    });
    expect(protectedHeader.alg).toMatch(/^(ES|RS|PS)\d{3}$/);
    expect(jwks.keys.map((k) => k.kid)).toContain(protectedHeader.kid);
    expect(payload.vc).toEqual(credential);
    expect(payload).toMatchObject({
      iss: credential.issuer.id,
      jti: credential.id,
      sub: credential.credentialSubject.identifier[0]?.identityHash,
      nbf: Date.parse(credential.validFrom) / 1000,
    });
    // Turvatöötaja, tase 3 is indefinite: no validUntil, no exp.
    expect(credential.validUntil).toBeUndefined();
    expect(payload.exp).toBeUndefined();
  });

  it('is an Open Badges 3.0 achievement credential of the certificate, the body naming the achievement', async () => {
    const { credential } = await ownCredential();
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.credentialSubject.type).toEqual(['AchievementSubject']);
    const { achievement } = credential.credentialSubject;
    expect(achievement.name).toContain('Turvatöötaja, tase 3');
    expect(achievement.achievementType).toBe('Certification');
    expect(achievement.criteria.narrative).not.toBe('');
    expect(achievement.creator).toMatchObject({ id: `${TEST_API_URL}/bodies/etel`, type: ['Profile'] });
    expect(credential.issuer).toMatchObject({ id: TEST_API_URL, type: ['Profile'] });
    expect(credential.validFrom).toMatch(/^\d{4}-\d\d-\d\dT\d\d:00:00\.000Z$/);
    expect(credential.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListCredential: `${TEST_API_URL}/status-lists/1`,
    });
  });

  it('ends when the certificate does: an expired certificate’s credential has validUntil and exp', async () => {
    const res = await app.request('/me/certificates/ETEL-J5-0002/credential', {
      headers: await widgetHeaders(database, 'recentlyExpiredManager'),
    });
    const { jwt, credential } = v.parse(OwnCredential, await res.json());
    expect(credential.validUntil).toBeDefined();
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString());
    expect(claims.exp).toBe(Date.parse(credential.validUntil as string) / 1000);
  });

  it('names the holder by a salted hash the holder can reproduce, never by the personal code', async () => {
    const { jwt, credential } = await ownCredential();
    const [payload] = [Buffer.from(jwt.split('.')[1] as string, 'base64url').toString()];
    expect(jwt).not.toContain(OWNER_CODE);
    expect(payload).not.toContain(OWNER_CODE);
    expect(JSON.stringify(credential)).not.toContain(OWNER_CODE);
    const [identity] = credential.credentialSubject.identifier;
    expect(identity).toMatchObject({
      type: 'IdentityObject',
      hashed: true,
      identityType: 'nationalIdentityNumber',
    });
    const digest = createHash('sha256')
      .update(OWNER_CODE + identity?.salt)
      .digest('hex');
    expect(identity?.identityHash).toBe(`sha256$${digest}`);
  });

  it('gives an “add to LinkedIn” link and a stable public URL that serves the same credential', async () => {
    const { linkedIn, publicUrl, credential } = await ownCredential('ETEL-T3-0001', 'en');
    const link = new URL(linkedIn);
    expect(`${link.origin}${link.pathname}`).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(link.searchParams)).toMatchObject({
      startTask: 'CERTIFICATION_NAME',
      name: expect.stringMatching(/security/i),
      organizationName: expect.any(String),
      issueYear: expect.stringMatching(/^\d{4}$/),
      issueMonth: expect.stringMatching(/^([1-9]|1[0-2])$/),
      certUrl: publicUrl,
      certId: 'ETEL-T3-0001',
    });
    expect(publicUrl).toBe(credential.id);
    const path = new URL(publicUrl).pathname;
    const res = await app.request(path, { headers: { origin: 'https://employer.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/jwt');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const { jwks } = await publishedKeys();
    const { payload } = await jwtVerify(await res.text(), createLocalJWKSet(jwks), { issuer: TEST_API_URL });
    expect(payload.vc).toEqual(credential);
    // Fetched by someone with the code: a look-up the holder sees in their data tracker.
    const looked = await database.db
      .select({ actorId: auditEvents.actorId, purpose: auditEvents.purpose })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'certificate.verified'),
          eq(auditEvents.subjectId, await personId(database, 'securityOfficer')),
        ),
      );
    expect(looked).toEqual([{ actorId: null, purpose: 'verification' }]);
  });

  it('sends a browser that opens the stable URL to the verification page', async () => {
    const { publicUrl } = await ownCredential();
    const code = publicUrl.split('/').pop();
    const res = await app.request(new URL(publicUrl).pathname, {
      headers: { accept: 'text/html,*/*;q=0.8' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${TEST_API_URL}/verify/code/${code}`);
  });

  it('is the holder’s only: someone else gets not found, and nobody signed in gets 401', async () => {
    const other = await app.request('/me/certificates/ETEL-T3-0001/credential', {
      headers: await consoleHeaders(database, 'applicant'),
    });
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await other.json())).not.toContain('Ääremaa');
    expect((await app.request('/me/certificates/ETEL-T3-0001/credential')).status).toBe(401);
    expect((await app.request('/credentials/0123456789abcdef0123456789abcdef')).status).toBe(404);
  });
});

describe('the registry’s public keys', () => {
  it('publish public parts only, named by their thumbprint, for any site to fetch and cache', async () => {
    const { res, jwks } = await publishedKeys();
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) {
      expect(key).not.toHaveProperty('d');
      expect(key.kid).toBe(await calculateJwkThumbprint(key as JWK));
    }
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toMatch(/^public/);
    // Every API process signs with the same key: it is made once and kept in the database.
    const { jwt } = await ownCredential();
    expect(jwks.keys.map((k) => k.kid)).toContain(decodeProtectedHeader(jwt).kid);
    const again = await publishedKeys();
    expect(again.jwks).toEqual(jwks);
  });
});

describe('the revocation status list', () => {
  it('is a signed list of at least 131 072 bits, and certificates get scattered, not sequential, indices', async () => {
    const holders = [
      ['ETEL-T3-0001', 'securityOfficer'],
      ['ETEL-J5-0002', 'recentlyExpiredManager'],
    ] as const;
    const indices: number[] = [];
    for (const [number, who] of holders) {
      const res = await app.request(`/me/certificates/${number}/credential`, {
        headers: await widgetHeaders(database, who),
      });
      const { credential } = v.parse(OwnCredential, await res.json());
      indices.push(Number(credential.credentialStatus.statusListIndex));
    }
    // Asked again, a certificate keeps its index.
    expect(Number((await ownCredential()).credential.credentialStatus.statusListIndex)).toBe(indices[0]);
    expect(new Set(indices).size).toBe(indices.length);
    expect(Math.abs((indices[0] as number) - (indices[1] as number))).toBeGreaterThan(1);

    const res = await app.request('/status-lists/1');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const { jwks } = await publishedKeys();
    const { payload } = await jwtVerify(await res.text(), createLocalJWKSet(jwks), { issuer: TEST_API_URL });
    const list = payload.vc as {
      type: string[];
      credentialSubject: { type: string; statusPurpose: string; encodedList: string };
    };
    expect(list.type).toContain('BitstringStatusListCredential');
    expect(list.credentialSubject).toMatchObject({
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
    });
    expect(list.credentialSubject.encodedList.startsWith('u')).toBe(true);
    const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
    expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);
    for (const index of indices) expect(bitOf(bits, index)).toBe(false);
    expect((await app.request('/status-lists/2')).status).toBe(400);
  });
});
