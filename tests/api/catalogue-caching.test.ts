// The public catalogue is what every embedded widget loads: browsers, CDNs and proxies may keep it
// for a minute and revalidate it with If-None-Match, which costs a 304 without a body.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clock, fixedClock } from '../../db/clock.ts';
import { qualifications } from '../../db/schema/index.ts';
import { ETEL_ORIGIN } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const CATALOGUE_READS = [
  '/bodies',
  '/bodies/etel',
  '/bodies/etel/qualifications',
  '/bodies/etel/qualifications/turvajuht-5',
];
const manager5 = '/bodies/etel/qualifications/turvajuht-5';
const WEAK_SHA1 = /^W\/"(et|en)\.[A-Za-z0-9_-]{27}"$/;

const get = (path: string, headers: Record<string, string> = {}, clock: Clock = database.clock) =>
  createTestApp(database, { clock }).app.request(path, { headers });
const etagOf = async (path: string, headers: Record<string, string> = {}, clock?: Clock) => {
  const res = await get(path, headers, clock);
  expect(res.status, path).toBe(200);
  return res.headers.get('etag') as string;
};

describe('the public catalogue’s caching', () => {
  it('answers every read with a weak ETag, a short public Cache-Control and Vary', async () => {
    for (const path of CATALOGUE_READS) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('etag'), path).toMatch(WEAK_SHA1);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=60, stale-while-revalidate=300');
      const vary = res.headers.get('vary')?.split(/,\s*/);
      expect(vary, path).toContain('Accept-Language');
      expect(vary, path).toContain('Origin');
    }
  });

  it('answers 304 without a body when If-None-Match holds the current ETag', async () => {
    for (const path of CATALOGUE_READS) {
      const etag = await etagOf(path);
      const res = await get(path, { 'if-none-match': etag });
      expect(res.status, path).toBe(304);
      expect(await res.text(), path).toBe('');
      // A cache refreshes its copy's headers from the 304: they must still be there.
      expect(res.headers.get('etag'), path).toBe(etag);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=60, stale-while-revalidate=300');
      expect(res.headers.get('vary'), path).toContain('Accept-Language');
    }
  });

  it('matches If-None-Match as RFC 9110 does: a list, the strong form of the tag, or *', async () => {
    const etag = await etagOf(manager5);
    const strong = etag.slice(2);
    for (const header of [`"other", ${etag}`, strong, '*']) {
      expect((await get(manager5, { 'if-none-match': header })).status, header).toBe(304);
    }
    for (const header of ['"other"', 'W/"', 'nonsense', etag.replace(/"$/, 'x"')]) {
      expect((await get(manager5, { 'if-none-match': header })).status, header).toBe(200);
    }
  });

  it('gives another ETag in another language, and no 304 for the other language’s copy', async () => {
    for (const path of CATALOGUE_READS) {
      const estonian = await etagOf(path);
      expect(await etagOf(path, { 'accept-language': 'en' }), path).not.toBe(estonian);
      expect(await etagOf(`${path}?lang=en`), path).not.toBe(estonian);
      const asked = await get(path, { 'accept-language': 'en', 'if-none-match': estonian });
      expect(asked.status, path).toBe(200);
      expect(asked.headers.get('content-language'), path).toBe('en');
    }
  });

  it('gives another ETag when the data changes', async () => {
    const before = await etagOf(manager5);
    const [row] = await database.db
      .update(qualifications)
      .set({ nameEt: 'Turvajuht, tase 5 (uus nimi)' })
      .where(eq(qualifications.slug, 'turvajuht-5'))
      .returning({ id: qualifications.id });
    try {
      const res = await get(manager5, { 'if-none-match': before });
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).not.toBe(before);
      expect((await res.json()).qualification.name).toBe('Turvajuht, tase 5 (uus nimi)');
    } finally {
      if (row)
        await database.db
          .update(qualifications)
          .set({ nameEt: 'Turvajuht, tase 5' })
          .where(eq(qualifications.id, row.id));
    }
  });

  it('gives another ETag on a Tallinn day whose answer differs (the VAT rate rose on 1 July 2025)', async () => {
    const lastDayAt22 = fixedClock('2025-06-30T23:30:00+03:00');
    const firstDayAt24 = fixedClock('2025-07-01T00:30:00+03:00');
    const before = await etagOf(manager5, {}, lastDayAt22);
    expect(await etagOf(manager5, {}, lastDayAt22)).toBe(before);
    const after = await get(manager5, { 'if-none-match': before }, firstDayAt24);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
  });

  it('lets a body’s website read the ETag and revalidate across origins', async () => {
    const first = await get(manager5, { origin: ETEL_ORIGIN });
    expect(first.headers.get('access-control-allow-origin')).toBe(ETEL_ORIGIN);
    expect(first.headers.get('access-control-expose-headers')).toContain('ETag');
    const again = await get(manager5, {
      origin: ETEL_ORIGIN,
      'if-none-match': first.headers.get('etag') ?? '',
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('access-control-allow-origin')).toBe(ETEL_ORIGIN);
  });
});
