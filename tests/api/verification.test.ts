// Anyone verifies a certificate without signing in: by the QR link's code (hidden ones too), by
// number (a hidden one only with its holder's name), rate-limited per client address; each look-up
// that finds a certificate shows in its holder's data tracker. The pages under /verify say the same.
import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Verification, Verification as VerificationSchema } from '../../contract/verification.ts';
import { certificates } from '../../db/schema/index.ts';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { consoleHeaders, personId } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

/** What @hono/node-server hands the app: the socket the request came on. */
const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
let nextAddress = 1;
/** Each request from an address of its own, unless one is named: the limit is tested by itself. */
const ask = (path: string, init: RequestInit = {}, address = `198.51.100.${nextAddress++ % 250}`) =>
  app.request(path, init, from(address));

const verify = async (path: string): Promise<Verification> => {
  const res = await ask(path);
  expect(res.status).toBe(200);
  return v.parse(VerificationSchema, await res.json());
};

async function codeOf(number: string) {
  const [row] = await database.db
    .select({ code: certificates.verificationCode })
    .from(certificates)
    .where(eq(certificates.number, number));
  return row?.code as string;
}

const setCertificate = (number: string, values: Partial<typeof certificates.$inferInsert>) =>
  database.db.update(certificates).set(values).where(eq(certificates.number, number));

describe('GET /verification/code/:code (the QR link)', () => {
  it('answers valid, with the certificate as anyone may see it and no personal code', async () => {
    const answer = await verify(`/verification/code/${await codeOf('ETEL-T3-0001')}`);
    expect(answer).toMatchObject({
      result: 'valid',
      checkedAt: database.clock.now().toISOString(),
      certificate: {
        number: 'ETEL-T3-0001',
        holder: { givenName: 'Jaan', familyName: 'Ääremaa' },
        qualification: { name: 'Turvatöötaja, tase 3', eqfLevel: 3 },
        body: { slug: 'etel' },
        validUntil: null,
        status: 'valid',
        verifyUrl: 'http://kutse.test/verify/ETEL-T3-0001',
      },
    });
    expect(JSON.stringify(answer)).not.toContain(SEED_PEOPLE.securityOfficer.personalCode);
  });

  it('answers expired for a certificate past its last day', async () => {
    const answer = await verify(`/verification/code/${await codeOf('ETEL-J5-0002')}`);
    expect(answer.result).toBe('expired');
    expect(answer.certificate?.number).toBe('ETEL-J5-0002');
  });

  it('answers revoked, keeping the reason private', async () => {
    await setCertificate('ETEL-TII-0004', {
      status: 'revoked',
      revokedAt: database.clock.now(),
      revokedReason: 'Võltsitud dokumendid',
    });
    try {
      const answer = await verify(`/verification/code/${await codeOf('ETEL-TII-0004')}?lang=en`);
      expect(answer.result).toBe('revoked');
      expect(answer.certificate?.qualification.name).toBe('Security Officer II');
      expect(JSON.stringify(answer)).not.toContain('Võltsitud');
    } finally {
      await setCertificate('ETEL-TII-0004', { status: 'valid', revokedAt: null, revokedReason: null });
    }
  });

  it('finds a hidden certificate: whoever holds the paper may verify it', async () => {
    await setCertificate('ETEL-T3-0001', { public: false });
    try {
      expect((await verify(`/verification/code/${await codeOf('ETEL-T3-0001')}`)).result).toBe('valid');
    } finally {
      await setCertificate('ETEL-T3-0001', { public: true });
    }
  });

  it('answers not_found for a code of no certificate, without a certificate', async () => {
    const answer = await verify(`/verification/code/${'0'.repeat(32)}`);
    expect(answer).toEqual({ result: 'not_found', checkedAt: database.clock.now().toISOString() });
  });

  it('refuses something that is not a code with 400 naming the field', async () => {
    const res = await ask('/verification/code/ETEL-T3-0001');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ in: 'path', field: 'code' }] });
  });
});

describe('GET /verification/number/:number', () => {
  it('answers a published certificate by number alone, in any case', async () => {
    const answer = await verify('/verification/number/etel-t3-0001');
    expect(answer.result).toBe('valid');
    expect(answer.certificate?.number).toBe('ETEL-T3-0001');
  });

  it('answers expired and not_found by number', async () => {
    expect((await verify('/verification/number/ETEL-J5-0002')).result).toBe('expired');
    expect(await verify('/verification/number/ETEL-T3-9999')).toEqual({
      result: 'not_found',
      checkedAt: database.clock.now().toISOString(),
    });
  });

  it('answers revoked by number', async () => {
    await setCertificate('ETEL-TII-0004', {
      status: 'revoked',
      revokedAt: database.clock.now(),
      revokedReason: 'Kutse andja otsus',
    });
    try {
      expect((await verify('/verification/number/ETEL-TII-0004')).result).toBe('revoked');
    } finally {
      await setCertificate('ETEL-TII-0004', { status: 'valid', revokedAt: null, revokedReason: null });
    }
  });

  describe('a hidden certificate', () => {
    beforeAll(() => setCertificate('ETEL-J5-0002', { public: false }));
    afterAll(() => setCertificate('ETEL-J5-0002', { public: true }));
    const byName = (name: string) =>
      verify(`/verification/number/ETEL-J5-0002?name=${encodeURIComponent(name)}`);

    it('is not found by number alone: the same answer as no certificate', async () => {
      const answer = await verify('/verification/number/ETEL-J5-0002');
      expect(answer).toEqual({ result: 'not_found', checkedAt: database.clock.now().toISOString() });
    });

    it('is found with the family name, or given and family name, however written', async () => {
      for (const name of [
        'O’Connež-Šuslik',
        "o'connez suslik",
        'Kädi OConnezSuslik',
        'OCONNEZ-SUSLIK KADI',
      ]) {
        const answer = await byName(name);
        expect(answer.result, name).toBe('expired');
        expect(answer.certificate?.holder.familyName).toBe('O’Connež-Šuslik');
      }
    });

    it('is not found with the given name alone or another person’s name', async () => {
      for (const name of ['Kädi', 'Jaan Ääremaa', 'Šuslik'])
        expect((await byName(name)).result, name).toBe('not_found');
    });
  });

  it('checks a name given for a published certificate too', async () => {
    expect((await verify('/verification/number/ETEL-T3-0001?name=Ääremaa')).result).toBe('valid');
    expect((await verify('/verification/number/ETEL-T3-0001?name=Lõhmus')).result).toBe('not_found');
  });

  it('answers replaced, naming the replacing certificate only while it is published', async () => {
    const [replacing] = await database.db
      .select({ id: certificates.id })
      .from(certificates)
      .where(eq(certificates.number, 'ETEL-T3-0001'));
    await setCertificate('ETEL-J5-0003', { status: 'replaced', replacedById: replacing?.id });
    try {
      const answer = await verify('/verification/number/ETEL-J5-0003');
      expect(answer).toMatchObject({ result: 'replaced', replacedBy: 'ETEL-T3-0001' });
      await setCertificate('ETEL-T3-0001', { public: false });
      const hidden = await verify('/verification/number/ETEL-J5-0003');
      expect(hidden.result).toBe('replaced');
      expect(hidden).not.toHaveProperty('replacedBy');
    } finally {
      await setCertificate('ETEL-T3-0001', { public: true });
      await setCertificate('ETEL-J5-0003', { status: 'expired', replacedById: null });
    }
  });
});

describe('POST /verification/pdf (the sealed PDF)', () => {
  let sealed: Buffer;
  beforeAll(async () => {
    const res = await app.request('/me/certificates/ETEL-T3-0001/sealed.pdf', {
      headers: await consoleHeaders(database, 'securityOfficer'),
    });
    expect(res.status).toBe(200);
    sealed = Buffer.from(await res.arrayBuffer());
  });
  const sendPdf = (pdf: Uint8Array, type = 'application/pdf') =>
    ask('/verification/pdf', {
      method: 'POST',
      headers: { 'content-type': type },
      body: new Uint8Array(pdf),
    });
  const answerOf = async (res: Response) => {
    expect(res.status).toBe(200);
    return v.parse(VerificationSchema, await res.json());
  };

  it('answers valid with the certificate its seal names, hidden or not', async () => {
    expect(await answerOf(await sendPdf(sealed))).toMatchObject({
      result: 'valid',
      certificate: { number: 'ETEL-T3-0001' },
    });
    await setCertificate('ETEL-T3-0001', { public: false });
    try {
      expect((await answerOf(await sendPdf(sealed))).result).toBe('valid');
    } finally {
      await setCertificate('ETEL-T3-0001', { public: true });
    }
  });

  it('answers revoked once the body revoked the certificate', async () => {
    await setCertificate('ETEL-T3-0001', {
      status: 'revoked',
      revokedAt: database.clock.now(),
      revokedReason: 'Kutse andja otsus',
    });
    try {
      expect((await answerOf(await sendPdf(sealed))).result).toBe('revoked');
    } finally {
      await setCertificate('ETEL-T3-0001', { status: 'valid', revokedAt: null, revokedReason: null });
    }
  });

  it('answers tampered for a copy with one signed byte changed, naming no certificate', async () => {
    const copy = Buffer.from(sealed);
    // The last digit of the document's creation year (/CreationDate (D:2024…), inside the signed range.
    const at = copy.indexOf('/CreationDate (D:') + '/CreationDate (D:'.length + 3;
    copy[at] = copy[at] === 0x30 ? 0x31 : 0x30;
    expect(await answerOf(await sendPdf(copy))).toEqual({
      result: 'tampered',
      checkedAt: database.clock.now().toISOString(),
    });
  });

  it('refuses what is not a PDF with 415, and a file over 5 MB with 413', async () => {
    const notPdf = await sendPdf(new TextEncoder().encode('hello, this is text'));
    expect(notPdf.status).toBe(415);
    expect(notPdf.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await sendPdf(sealed, 'application/json')).status).toBe(415);
    const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    huge.write('%PDF-1.7\n');
    expect((await sendPdf(huge)).status).toBe(413);
  });

  it('answers the page’s upload form as the JSON route does', async () => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(sealed)], { type: 'application/pdf' }), 'tunnistus.pdf');
    const page = await ask('/verify/pdf?lang=en', { method: 'POST', body: form });
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('>Valid</h2>');
    expect(text).toContain('ETEL-T3-0001');

    const empty = new FormData();
    empty.set('file', new Blob([], { type: 'application/pdf' }), 'empty.pdf');
    const missing = await ask('/verify/pdf', { method: 'POST', body: empty });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Vali tunnistuse PDF-fail.');
  });
});

describe('POST /verification/credential (a pasted credential)', () => {
  let jwt: string;
  beforeAll(async () => {
    const res = await app.request('/me/certificates/ETEL-J5-0002/credential', {
      headers: await consoleHeaders(database, 'recentlyExpiredManager'),
    });
    expect(res.status).toBe(200);
    jwt = ((await res.json()) as { jwt: string }).jwt;
  });
  const send = (credential: string) =>
    ask('/verification/credential', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ credential }),
    });

  it('answers what the credential proves now, with its certificate', async () => {
    const res = await send(jwt);
    expect(res.status).toBe(200);
    expect(v.parse(VerificationSchema, await res.json())).toMatchObject({
      result: 'expired',
      certificate: { number: 'ETEL-J5-0002', holder: { familyName: 'O’Connež-Šuslik' } },
    });
  });

  it('answers revoked once its bit is set in the status list', async () => {
    await setCertificate('ETEL-J5-0002', {
      status: 'revoked',
      revokedAt: database.clock.now(),
      revokedReason: 'Kutse andja otsus',
    });
    try {
      expect(((await (await send(jwt)).json()) as Verification).result).toBe('revoked');
    } finally {
      await setCertificate('ETEL-J5-0002', { status: 'expired', revokedAt: null, revokedReason: null });
    }
  });

  it('answers tampered for a credential whose payload was changed', async () => {
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.vc.credentialSubject.achievement.name = 'Turvajuht, tase 6';
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const res = await send(forged);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ result: 'tampered', checkedAt: database.clock.now().toISOString() });
  });

  it('refuses what is not a JWT with 422 naming the field', async () => {
    const res = await send('not a credential');
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      errors: [{ in: 'body', field: 'credential', pointer: '/credential' }],
    });
  });

  it('answers the page’s form as the JSON route does, and says what to correct', async () => {
    const page = await ask('/verify/credential', {
      method: 'POST',
      body: new URLSearchParams({ credential: jwt }),
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('>Aegunud</h2>');
    const wrong = await ask('/verify/credential?lang=en', {
      method: 'POST',
      body: new URLSearchParams({ credential: 'abc' }),
    });
    expect(wrong.status).toBe(422);
    const text = await wrong.text();
    expect(text).toContain('This is not a credential');
    expect(text).toMatch(/<textarea id="credential"[^>]*aria-invalid="true"[^>]*>abc<\/textarea>/);
  });
});

describe('the holder’s data tracker', () => {
  it('shows each look-up that found their certificate, how it was found, and nobody who asked', async () => {
    const holder = await personId(database, 'longExpiredManager');
    await verify('/verification/number/ETEL-J5-0003');
    await verify(`/verification/code/${await codeOf('ETEL-J5-0003')}`);
    await verify('/verification/number/ETEL-J5-9003');
    const res = await app.request('/me/data-tracker', {
      headers: await consoleHeaders(database, 'longExpiredManager'),
    });
    expect(res.status).toBe(200);
    const { events } = (await res.json()) as {
      events: { action: string; purpose: string; actor: unknown; entity: string; body: { slug: string } }[];
    };
    const verified = events.filter((e) => e.action === 'certificate.verified');
    expect(verified.length).toBeGreaterThanOrEqual(2);
    expect(verified[0]).toMatchObject({
      purpose: 'verification',
      actor: null,
      entity: 'certificate',
      body: { slug: 'etel' },
    });
    // How: by code, then by number (newest first); the stored rows hold no address.
    const rows = await database.db.query.auditEvents.findMany({
      where: (a, { and, eq }) => and(eq(a.subjectId, holder), eq(a.action, 'certificate.verified')),
    });
    expect(rows.map((r) => r.detail)).toEqual(expect.arrayContaining([{ by: 'number' }, { by: 'code' }]));
    expect(JSON.stringify(rows)).not.toContain('198.51.100');
  });
});

describe('the rate limit', () => {
  it('answers 429 with Retry-After after 30 look-ups a minute from one address, pages included', async () => {
    const address = '192.0.2.77';
    for (let i = 0; i < 29; i++)
      expect((await ask('/verification/number/ETEL-T3-9999', {}, address)).status).toBe(200);
    expect((await ask('/verify/ETEL-T3-9999', {}, address)).status).toBe(200);

    const refused = await ask('/verification/number/ETEL-T3-0001?lang=en', {}, address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // The clock stands at 09:00:00: the minute's window ends in 60 s.
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(await refused.json()).toMatchObject({ status: 429, detail: expect.stringContaining('60 s') });

    const page = await ask('/verify/ETEL-T3-0001', {}, address);
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toBe('60');
    expect(await page.text()).toContain('Liiga palju päringuid');

    // Another address has its own budget.
    expect((await ask('/verification/number/ETEL-T3-0001', {}, '192.0.2.78')).status).toBe(200);
  });
});

describe('the pages', () => {
  it('/verify offers three plain forms, in Estonian by default, running no script', async () => {
    const res = await ask('/verify');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const page = await res.text();
    expect(page).toContain('<html lang="et">');
    expect(page).not.toContain('<script');
    expect(page).toContain('action="/verify/number?lang=et"');
    expect(page).toContain('action="/verify/pdf?lang=et"');
    expect(page).toContain('action="/verify/credential?lang=et"');
    expect(page).toContain('<label for="number">Tunnistuse number</label>');
    expect(page).toContain('href="/verify?lang=en"');
  });

  it('/verify/<number> shows the status and the certificate, in English with ?lang=en', async () => {
    const et = await (await ask('/verify/ETEL-T3-0001')).text();
    expect(et).toContain('>Kehtiv</h2>');
    expect(et).toContain('Jaan Ääremaa');
    expect(et).toContain('tähtajatu');
    const en = await (await ask('/verify/ETEL-J5-0002?lang=en')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('>Expired</h2>');
    expect(en).toContain('Security Manager, level 5');
    expect(en).toContain('href="/verify/ETEL-J5-0002?lang=et"');
  });

  it('/verify/code/<code> shows a hidden certificate; /verify/<number> does not', async () => {
    await setCertificate('ETEL-T3-0001', { public: false });
    try {
      expect(await (await ask(`/verify/code/${await codeOf('ETEL-T3-0001')}`)).text()).toContain(
        '>Kehtiv</h2>',
      );
      const byNumber = await (await ask('/verify/ETEL-T3-0001')).text();
      expect(byNumber).toContain('>Ei leitud</h2>');
      expect(byNumber).not.toContain('Ääremaa');
    } finally {
      await setCertificate('ETEL-T3-0001', { public: true });
    }
  });

  const post = (path: string, fields: Record<string, string>) =>
    ask(path, { method: 'POST', body: new URLSearchParams(fields) });

  it('the number form sends a number alone to its page, and answers a name itself', async () => {
    const redirect = await post('/verify/number?lang=en', { number: ' etel-t3-0001 ', name: '' });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('location')).toBe('/verify/ETEL-T3-0001?lang=en');

    await setCertificate('ETEL-J5-0002', { public: false });
    try {
      const named = await post('/verify/number', { number: 'ETEL-J5-0002', name: 'oconnez-suslik' });
      expect(named.status).toBe(200);
      const page = await named.text();
      expect(page).toContain('>Aegunud</h2>');
      expect(page).toContain('O’Connež-Šuslik');
    } finally {
      await setCertificate('ETEL-J5-0002', { public: true });
    }
  });

  it('the number form says what to correct, next to the field, keeping what was typed', async () => {
    const res = await post('/verify/number', { number: 'not a number', name: 'Ääremaa' });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('Tunnistuse number on kujul ETEL-T3-0001.');
    expect(page).toMatch(
      /id="number" name="number" value="not a number"[^>]*aria-invalid="true"[^>]*aria-describedby="number-error"/,
    );
    expect(page).toContain('value="Ääremaa"');
    expect(page).toContain('href="#number"');
  });
});
