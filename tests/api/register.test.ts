// The public register: GET /register/certificates and its page /register. Published certificates
// only, found by name (with or without Estonian letters), exact number, qualification and body,
// 20 a page; never a personal code; limited per client address.
import { eq, like, sql } from 'drizzle-orm';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_LIMIT } from '../../api/register/rate-limit.ts';
import { REGISTER_COUNT_LIMIT, RegisterPage } from '../../contract/register.ts';
import { certificates, persons } from '../../db/schema/index.ts';
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

/** Each test reads from its own address: the register's limit is per client. */
let nextAddress = 1;
const newClient = () => ({ incoming: { socket: { remoteAddress: `198.51.100.${nextAddress++}` } } });
const client = newClient();

const search = async (query: string, from = client) => {
  const res = await app.request(`/register/certificates?${query}`, {}, from);
  expect(res.status).toBe(200);
  return v.parse(RegisterPage, await res.json());
};
const numbers = (page: RegisterPage) => page.certificates.map((c) => c.number).sort();
const publish = (number: string, isPublic: boolean) =>
  database.db.update(certificates).set({ public: isPublic }).where(eq(certificates.number, number));
const personalCodes = Object.values(SEED_PEOPLE).map((p) => p.personalCode);

describe('the register search', () => {
  it('finds a holder by any part of the name, with or without Estonian letters, in any case', async () => {
    for (const q of ['Ääremaa', 'aaremaa', 'ÄÄREMAA jaan', 'jaan aare']) {
      expect(numbers(await search(`q=${encodeURIComponent(q)}`)), q).toEqual(['ETEL-T3-0001']);
    }
    expect((await search('q=Ääremaa%20Mari')).total).toBe(0);
  });

  it('finds one certificate by its exact number, written in any case', async () => {
    expect(numbers(await search('number=etel-j5-0002'))).toEqual(['ETEL-J5-0002']);
    expect((await search('number=ETEL-J5-000')).total).toBe(0);
  });

  it('filters by qualification and by body', async () => {
    expect(numbers(await search('qualification=turvajuht-5'))).toEqual(['ETEL-J5-0002', 'ETEL-J5-0003']);
    expect((await search('body=etel')).total).toBe(4);
    expect((await search('body=etel&qualification=turvatootaja-3')).total).toBe(1);
  });

  it('no longer finds a hidden certificate, and finds it again once published', async () => {
    await publish('ETEL-T3-0001', false);
    try {
      expect((await search('q=aaremaa')).total).toBe(0);
      expect((await search('number=ETEL-T3-0001')).total).toBe(0);
      expect(numbers(await search(''))).not.toContain('ETEL-T3-0001');
    } finally {
      await publish('ETEL-T3-0001', true);
    }
    expect(numbers(await search('q=aaremaa'))).toEqual(['ETEL-T3-0001']);
  });

  it('never shows a personal code, nor finds anyone by one', async () => {
    const all = await app.request('/register/certificates', {}, client);
    const page = await app.request('/register', {}, client);
    const text = `${await all.text()}${await page.text()}`;
    expect(text).toContain('Ääremaa');
    for (const code of personalCodes) expect(text).not.toContain(code);
    expect((await search(`q=${SEED_PEOPLE.securityOfficer.personalCode}`)).total).toBe(0);
  });

  it('pages 20 at a time and says how many match in all', async () => {
    const [holder] = await database.db.select().from(persons).where(eq(persons.familyName, 'Ääremaa'));
    const [model] = await database.db
      .select()
      .from(certificates)
      .where(eq(certificates.number, 'ETEL-T3-0001'));
    if (!holder || !model) throw new Error('seed missing');
    await database.db.insert(certificates).values(
      Array.from({ length: 24 }, (_, i) => ({
        number: `PAGE-T3-${String(i + 1).padStart(4, '0')}`,
        holderId: holder.id,
        bodyId: model.bodyId,
        qualificationId: model.qualificationId,
        issuedOn: '2020-01-01',
        public: true,
      })),
    );
    const first = await search('q=aaremaa');
    expect([first.total, first.page, first.pageSize, first.certificates.length]).toEqual([25, 1, 20, 20]);
    const second = await search('q=aaremaa&page=2');
    expect(second.certificates).toHaveLength(5);
    expect(new Set([...numbers(first), ...numbers(second)]).size).toBe(25);

    const html = await (await app.request('/register?q=aaremaa&page=2&lang=en', {}, client)).text();
    expect(html).toContain('Page 2 of 2');
    expect(html).toContain('href="/register?q=aaremaa&amp;page=1&amp;lang=en"');
    expect(html).not.toContain('rel="next"');
    const past = await (await app.request('/register?q=aaremaa&page=9', {}, client)).text();
    expect(past).toContain('Sellist lehekülge ei ole: tulemusi on 2 leheküljel.');
    expect(past).toContain('href="/register?q=aaremaa&amp;page=1"');
    await database.db.delete(certificates).where(eq(certificates.holderId, holder.id));
    await database.db.insert(certificates).values({ ...model, id: undefined });
  });

  it('counts no further than 10 000, saying there are more, and offers no page past them', async () => {
    const [model] = await database.db
      .select()
      .from(certificates)
      .where(eq(certificates.number, 'ETEL-T3-0001'));
    if (!model) throw new Error('seed missing');
    await database.db.execute(sql`
      insert into certificates (number, holder_id, body_id, qualification_id, issued_on, public)
      select 'BULK-' || g, ${model.holderId}, ${model.bodyId}, ${model.qualificationId}, '2020-01-01', true
      from generate_series(1, ${REGISTER_COUNT_LIMIT}) g`);
    try {
      const broad = await search('qualification=turvatootaja-3');
      expect([broad.total, broad.more, broad.certificates.length]).toEqual([REGISTER_COUNT_LIMIT, true, 20]);
      const html = await (await app.request('/register?qualification=turvatootaja-3', {}, client)).text();
      expect(html).toContain('Leitud üle 10\u00a0000 tunnistuse.');
      const exact = await search('qualification=turvajuht-5');
      expect([exact.total, exact.more]).toEqual([2, false]);
      expect((await app.request('/register/certificates?page=501', {}, client)).status).toBe(400);
    } finally {
      await database.db.delete(certificates).where(like(certificates.number, 'BULK-%'));
    }
  });

  it('refuses a malformed search, naming the field', async () => {
    const res = await app.request('/register/certificates?page=0&number=%25', {}, client);
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(['number', 'page']);
  });

  it('answers 429 with Retry-After once a client has searched too often, the page too', async () => {
    const busy = newClient();
    for (let i = 0; i < REGISTER_LIMIT.max; i++)
      expect((await app.request('/register/certificates?body=etel', {}, busy)).status).toBe(200);
    const refused = await app.request('/register/certificates?lang=en', {}, busy);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // The test clock stands at 09:00:00: the minute's window ends in 60 s.
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(await refused.json()).toMatchObject({ status: 429, detail: expect.stringContaining('60 s') });
    const page = await app.request('/register', {}, busy);
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toBe('60');
    expect(await page.text()).toContain('Proovige uuesti 60 sekundi pärast');
    // Another client still searches.
    expect((await app.request('/register/certificates', {}, newClient())).status).toBe(200);
  });
});

describe('the register page', () => {
  it('is Estonian by default: a search form that works without script, and a table with a caption', async () => {
    const res = await app.request('/register?q=aaremaa', {}, client);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*style-src 'nonce-/);
    const html = await res.text();
    expect(html).toContain('<html lang="et">');
    expect(html).toMatch(/<form method="get" action="\/register" role="search"/);
    expect(html).toContain('value="aaremaa"');
    expect(html).not.toContain('<script');
    expect(html).toContain(
      '<caption id="results-caption">Avalikud kutsetunnistused, lehekülg 1 / 1</caption>',
    );
    expect(html).toContain('Jaan Ääremaa');
    expect(html).toContain('Kehtiv');
    expect(html).toContain('href="http://kutse.test/verify/ETEL-T3-0001"');
    expect(html).toContain('href="/register?q=aaremaa&amp;page=1&amp;lang=en"');
  });

  it('stays Estonian without ?lang=en, whatever the browser asks for: its links carry the language', async () => {
    const res = await app.request('/register', { headers: { 'accept-language': 'en-US,en;q=0.9' } }, client);
    expect(res.headers.get('content-language')).toBe('et');
    const html = await res.text();
    expect(html).toContain('<html lang="et">');
    expect(html).toContain('Turvatöötaja, tase 3');
  });

  it('speaks English with ?lang=en, and says when nothing was found', async () => {
    const html = await (await app.request('/register?q=nobody-at-all&lang=en', {}, client)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<input type="hidden" name="lang" value="en">');
    expect(html).toContain('No public certificate was found.');
    expect(html).not.toContain('<table');
  });

  it('shows a refused search beside the form, with 400', async () => {
    const res = await app.request('/register?page=abc&number=%25', {}, client);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('<li>Lehekülg: peab olema täisarv</li>');
    expect(html).toContain('<a href="#number">Tunnistuse number</a>:');
    expect(html).toContain('value="%"');
  });
});
