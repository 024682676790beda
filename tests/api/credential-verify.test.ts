// verifyCredential (api/credentials/verify.ts), which the verification page and endpoint rely on:
// what it says of the registry's own credentials, of forged or altered ones, and of revoked ones.
import { eq } from 'drizzle-orm';
import { exportPKCS8, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCertificateByNumber } from '../../api/certificates/load.ts';
import { issueCredential } from '../../api/credentials/credential.ts';
import { configuredCredentialKeys, databaseCredentialKeys } from '../../api/credentials/keys.ts';
import { verifyCredential } from '../../api/credentials/verify.ts';
import { certificates, registryKeys } from '../../db/schema/index.ts';
import { TEST_API_URL } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const publicUrl = TEST_API_URL;

async function credentialOfNumber(number: string) {
  const row = await loadCertificateByNumber(database.db, number);
  if (!row) throw new Error(`no seeded ${number}`);
  const keys = databaseCredentialKeys(database.db, database.clock);
  return issueCredential(database.db, keys, row, { publicUrl, now: database.clock.now() });
}

// First in the file: the database has no credential key yet.
describe('the demo’s signing key', () => {
  it('is made once when several API processes ask for it at the same time', async () => {
    const processes = Array.from({ length: 4 }, () => databaseCredentialKeys(database.db, database.clock));
    const kids = await Promise.all(processes.map(async (keys) => (await keys.signingKey()).kid));
    expect(new Set(kids).size).toBe(1);
    const rows = await database.db
      .select({ id: registryKeys.id })
      .from(registryKeys)
      .where(eq(registryKeys.purpose, 'credential'));
    expect(rows.map((r) => r.id)).toEqual([kids[0]]);
  });
});

describe('a certificate’s status index', () => {
  it('is taken once even when two credentials are issued at the same moment', async () => {
    const [a, b] = await Promise.all([
      credentialOfNumber('ETEL-TII-0004'),
      credentialOfNumber('ETEL-TII-0004'),
    ]);
    expect(a.credential.credentialStatus.statusListIndex).toBe(b.credential.credentialStatus.statusListIndex);
    const [row] = await database.db
      .select({ statusIndex: certificates.statusIndex })
      .from(certificates)
      .where(eq(certificates.number, 'ETEL-TII-0004'));
    expect(String(row?.statusIndex)).toBe(a.credential.credentialStatus.statusListIndex);
  });
});

describe('verifying a credential', () => {
  it('checks against a configured production key (RS256) just as against the demo’s', async () => {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const keys = configuredCredentialKeys({
      privateKeyPem: await exportPKCS8(privateKey),
      algorithm: 'RS256',
    });
    const row = await loadCertificateByNumber(database.db, 'ETEL-T3-0001');
    if (!row) throw new Error('no seeded ETEL-T3-0001');
    const { jwt } = await issueCredential(database.db, keys, row, { publicUrl, now: database.clock.now() });
    expect((await keys.publicKeys()).keys[0]).not.toHaveProperty('d');
    expect(
      await verifyCredential(database.db, jwt, { publicUrl, keys, now: database.clock.now() }),
    ).toMatchObject({
      signatureValid: true,
      status: 'valid',
    });
    // The demo's keys do not know it.
    expect((await verifyCredential(database.db, jwt, { publicUrl })).signatureValid).toBe(false);
  });

  it('finds the registry’s own credential valid and names its certificate', async () => {
    const { jwt } = await credentialOfNumber('ETEL-T3-0001');
    expect(await verifyCredential(database.db, jwt, { publicUrl, now: database.clock.now() })).toEqual({
      signatureValid: true,
      status: 'valid',
      number: 'ETEL-T3-0001',
    });
  });

  it('says expired for a certificate past its last day', async () => {
    const { jwt } = await credentialOfNumber('ETEL-J5-0002');
    const verified = await verifyCredential(database.db, jwt, { publicUrl, now: database.clock.now() });
    expect(verified).toEqual({ signatureValid: true, status: 'expired', number: 'ETEL-J5-0002' });
  });

  it('refuses a credential with one character of its payload changed', async () => {
    const { jwt } = await credentialOfNumber('ETEL-T3-0001');
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.vc.credentialSubject.achievement.name = 'Turvajuht, tase 5';
    const altered = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    expect(await verifyCredential(database.db, altered, { publicUrl })).toEqual({
      signatureValid: false,
      status: 'not_found',
    });
  });

  it('refuses the same credential signed by a key that is not the registry’s', async () => {
    const { credential } = await credentialOfNumber('ETEL-T3-0001');
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ vc: credential })
      .setProtectedHeader({ alg: 'ES256', kid: 'someone-else', typ: 'JWT' })
      .setIssuer(credential.issuer.id)
      .setJti(credential.id)
      .sign(privateKey);
    expect((await verifyCredential(database.db, forged, { publicUrl })).signatureValid).toBe(false);
  });

  it('says revoked once the certificate’s bit is set, even for a credential issued before', async () => {
    const { jwt } = await credentialOfNumber('ETEL-J5-0003');
    await database.db
      .update(certificates)
      .set({ status: 'revoked', revokedAt: database.clock.now(), revokedReason: 'test' })
      .where(eq(certificates.number, 'ETEL-J5-0003'));
    expect(await verifyCredential(database.db, jwt, { publicUrl })).toEqual({
      signatureValid: true,
      status: 'revoked',
      number: 'ETEL-J5-0003',
    });
  });

  it('answers not found for text that is no JWT at all', async () => {
    expect(await verifyCredential(database.db, 'not a credential', { publicUrl })).toEqual({
      signatureValid: false,
      status: 'not_found',
    });
  });
});
