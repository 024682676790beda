// The one shape every view of a certificate is built from (api/certificates/load.ts): the seeded
// certificates as the card, register and verification will show them.
import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  certificateView,
  loadCertificateByCode,
  loadCertificateByNumber,
  loadCertificates,
} from '../../api/certificates/load.ts';
import { CertificateView } from '../../contract/certificates.ts';
import { certificates } from '../../db/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('a certificate as the world sees it', () => {
  it('names holder, qualification and body in the reader’s language, with no personal code', async () => {
    const row = await loadCertificateByNumber(database.db, 'ETEL-J5-0002');
    if (!row) throw new Error('seeded certificate missing');
    const et = v.parse(
      CertificateView,
      certificateView(row, { language: 'et', publicUrl: 'https://kutse.test' }),
    );
    const en = certificateView(row, { language: 'en', publicUrl: 'https://kutse.test' });
    expect(et).toMatchObject({
      number: 'ETEL-J5-0002',
      holder: { givenName: 'Kädi', familyName: 'O’Connež-Šuslik' },
      qualification: { slug: 'turvajuht-5', eqfLevel: 5 },
      status: 'expired',
      verifyUrl: 'https://kutse.test/verify/ETEL-J5-0002',
    });
    expect(et.qualification.name).not.toBe(en.qualification.name);
    expect(JSON.stringify(et)).not.toContain('47802154211');
  });

  it('reads a valid certificate past its last day as expired', async () => {
    const row = await loadCertificateByNumber(database.db, 'ETEL-T3-0001');
    if (!row) throw new Error('seeded certificate missing');
    const view = certificateView(
      { ...row, validUntil: '2026-01-31' },
      { language: 'et', publicUrl: 'https://kutse.test', today: '2026-02-01' },
    );
    expect(view.status).toBe('expired');
  });

  it('gives every certificate its own unguessable verification code', async () => {
    const all = await loadCertificates(database.db, undefined);
    const codes = new Set(all.map((c) => c.verificationCode));
    expect(codes.size).toBe(all.length);
    for (const code of codes) expect(code).toMatch(/^[0-9a-f]{32}$/);
    const [first] = all;
    if (!first) throw new Error('no certificates seeded');
    expect((await loadCertificateByCode(database.db, first.verificationCode))?.number).toBe(first.number);
  });

  it('refuses a revoked certificate without a reason', async () => {
    await expect(
      database.db
        .update(certificates)
        .set({ status: 'revoked' })
        .where(eq(certificates.number, 'ETEL-T3-0001')),
    ).rejects.toThrow();
  });
});
