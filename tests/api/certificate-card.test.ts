// GET /certificates/:number/card, what <kutse-certificate-card> shows: a published certificate, or
// one and the same "not public" for a hidden certificate and a number that does not exist. Any
// website may read it; every read is revalidated, so hiding takes effect at once everywhere.
import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertificateCard } from '../../contract/register.ts';
import { certificates } from '../../db/schema/index.ts';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database).app;
});
afterAll(() => database.drop());

const card = (number: string, init: RequestInit = {}, lang = 'et') =>
  app.request(`/certificates/${number}/card?lang=${lang}`, {
    ...init,
    headers: { origin: 'https://www.example-employer.ee', ...init.headers },
  });
const publish = (number: string, isPublic: boolean) =>
  database.db.update(certificates).set({ public: isPublic }).where(eq(certificates.number, number));
const personalCodes = Object.values(SEED_PEOPLE).map((p) => p.personalCode);

describe('the certificate card’s data', () => {
  it('shows a published certificate to any website, without a personal code', async () => {
    const res = await card('ETEL-T3-0001');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const text = await res.text();
    const body = v.parse(CertificateCard, JSON.parse(text));
    expect(body).toEqual({
      public: true,
      certificate: {
        number: 'ETEL-T3-0001',
        holder: { givenName: 'Jaan', familyName: 'Ääremaa' },
        qualification: { slug: 'turvatootaja-3', name: expect.stringContaining('Turvatöötaja'), eqfLevel: 3 },
        body: { slug: 'etel', name: 'Eesti Turvaettevõtete Liit' },
        issuedOn: '2019-05-20',
        validUntil: null,
        status: 'valid',
        verifyUrl: 'http://kutse.test/verify/ETEL-T3-0001',
      },
    });
    for (const code of personalCodes) expect(text).not.toContain(code);
  });

  it('names qualification and body in English when asked', async () => {
    const body = v.parse(CertificateCard, await (await card('ETEL-J5-0002', {}, 'en')).json());
    if (!body.public) throw new Error('ETEL-J5-0002 is seeded public');
    expect(body.certificate.qualification.name).toMatch(/Security/);
    expect(body.certificate.status).toBe('expired');
  });

  it('answers a hidden certificate exactly as a number that does not exist, and shows it again once published', async () => {
    await publish('ETEL-J5-0003', false);
    try {
      const hidden = await card('ETEL-J5-0003');
      const unknown = await card('ETEL-X9-9999');
      expect([hidden.status, unknown.status]).toEqual([200, 200]);
      const hiddenText = await hidden.text();
      expect(hiddenText).toBe('{"public":false}');
      expect(await unknown.text()).toBe(hiddenText);
      expect(hidden.headers.get('etag')).toBe(unknown.headers.get('etag'));
    } finally {
      await publish('ETEL-J5-0003', true);
    }
    const shown = v.parse(CertificateCard, await (await card('ETEL-J5-0003')).json());
    expect(shown).toMatchObject({ public: true, certificate: { number: 'ETEL-J5-0003' } });
  });

  it('is revalidated on every read: unchanged, a 304; hidden meanwhile, the new answer at once', async () => {
    const first = await card('ETEL-TII-0004');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await card('ETEL-TII-0004', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    await publish('ETEL-TII-0004', false);
    try {
      const afterHiding = await card('ETEL-TII-0004', { headers: { 'if-none-match': etag } });
      expect(afterHiding.status).toBe(200);
      expect(await afterHiding.json()).toEqual({ public: false });
    } finally {
      await publish('ETEL-TII-0004', true);
    }
  });

  it('refuses a malformed number, naming the field', async () => {
    const res = await card('not%20a%20number');
    expect(res.status).toBe(400);
    // Readable by the card on another site, which then says the number is wrong (not "offline").
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({
      errors: [expect.objectContaining({ in: 'path', field: 'number' })],
    });
  });
});
