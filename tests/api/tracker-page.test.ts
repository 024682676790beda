// The registry's own data-tracker page, /andmejalgija: signed out it says what it is and offers the
// console's sign-in (which returns here); signed in, the person's whole history at every body in a
// table, in Estonian or English, with no personal code and no audit entry for reading it.
import { count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../api/audit/record.ts';
import { appConfig, configFromEnv } from '../../api/config.ts';
import type { AppEnv } from '../../api/http/env.ts';
import { language } from '../../api/http/language.ts';
import { trackerPageRoutes } from '../../api/tracker-page/routes.ts';
import { auditEvents, awardingBodies } from '../../db/schema/index.ts';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { consoleHeaders, personId } from '../fixtures/sign-in.ts';
import { TEST_API_URL } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: Hono<AppEnv>;
let mari: string;

beforeAll(async () => {
  database = await createTestDatabase();
  // The page's routes as api/app.ts mounts them, behind the app's language middleware.
  app = new Hono<AppEnv>().use(language()).route(
    '/',
    trackerPageRoutes({
      db: database.db,
      clock: database.clock,
      auth: appConfig(configFromEnv({}), TEST_API_URL).auth,
    }),
  );
  const bodyId = async (slug: string) =>
    (await database.db.select().from(awardingBodies).where(eq(awardingBodies.slug, slug)))[0]?.id as number;
  mari = await personId(database, 'applicant');
  const now = database.clock.now();
  const read = (actorId: string, body: number) => ({
    actorId,
    actorRole: 'manager',
    bodyId: body,
    action: 'application.read',
    subjectId: mari,
    entity: 'application',
    entityId: 'some-application',
    purpose: 'application processing',
  });
  // A staff read at ETEL a day ago, one at the cooks' body an hour ago.
  await recordAudit(
    database.db,
    new Date(now.getTime() - 86_400_000),
    read(await personId(database, 'etelManager'), await bodyId('etel')),
  );
  await recordAudit(
    database.db,
    new Date(now.getTime() - 3_600_000),
    read(await personId(database, 'cooksManager'), await bodyId('naidiskokad')),
  );
});
afterAll(() => database.drop());

const mariAudit = async () =>
  (await database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.subjectId, mari)))[0]?.n;

describe('GET /andmejalgija', () => {
  it('signed out, says what the page is and offers to sign in, coming back here', async () => {
    const res = await app.request('/andmejalgija');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="et">');
    expect(html).toContain('<h1>Andmejälgija</h1>');
    expect(html).toContain(
      `<a class="button" href="/auth/console/login?return=${encodeURIComponent('/andmejalgija?lang=et')}&amp;lang=et">Logi sisse</a>`,
    );
    expect(html).not.toContain('<table');
  });

  it('signed in, lists the reads at both bodies, newest first, with who, where, what and why', async () => {
    const before = await mariAudit();
    const res = await app.request('/andmejalgija', { headers: await consoleHeaders(database, 'applicant') });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Sisse logitud: <strong>Mari Tamm</strong>');
    expect(html).toContain('<caption>Kes on teie andmeid kasutanud, uuemad eespool</caption>');
    const cooks = html.indexOf('Liis Näidis (kutse andja juht)');
    const etel = html.indexOf('Piret Põder (kutse andja juht)');
    expect(cooks).toBeGreaterThan(0);
    expect(etel).toBeGreaterThan(cooks);
    expect(html).toContain('Eesti Turvaettevõtete Liit');
    expect(html).toContain('Vaadati teie taotlust');
    expect(html).toContain('Taotluse menetlemine');
    expect(html).not.toContain('Logi sisse</a>');
    // The person reading their own log is not a staff read: nothing more recorded about them.
    expect(await mariAudit()).toBe(before);
  });

  it('in English with ?lang=en, the same entries in English', async () => {
    const res = await app.request('/andmejalgija?lang=en', {
      headers: await consoleHeaders(database, 'applicant'),
    });
    const html = await res.text();
    expect(res.headers.get('content-language')).toBe('en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Data tracker</h1>');
    expect(html).toContain('Piret Põder (awarding body’s manager)');
    expect(html).toContain('Your application was viewed');
    expect(html).toContain('Processing the application');
    expect(html).toContain('href="/andmejalgija?lang=et" lang="et"');
  });

  it('shows no personal code, neither the reader’s nor the readers’', async () => {
    const res = await app.request('/andmejalgija', { headers: await consoleHeaders(database, 'applicant') });
    const html = await res.text();
    for (const who of ['applicant', 'etelManager', 'cooksManager'] as const)
      expect(html).not.toContain(SEED_PEOPLE[who].personalCode);
  });

  it('with nothing recorded about the person, says so', async () => {
    const res = await app.request('/andmejalgija', {
      headers: await consoleHeaders(database, 'cooksManager'),
    });
    const html = await res.text();
    expect(html).toContain('Teie andmeid pole keegi vaadanud ega muutnud.');
    expect(html).not.toContain('<table');
  });
});
