// The data tracker through a body's website shows only what concerns that body; the person's whole
// history across every body is theirs to see in their own registry view (the console session).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../api/audit/record.ts';
import { awardingBodies, bodyOrigins } from '../../db/schema/index.ts';
import { consoleHeaders, ETEL_ORIGIN, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

const COOKS_ORIGIN = 'http://localhost:5175';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
  const bodyId = async (slug: string) =>
    (await database.db.select().from(awardingBodies).where(eq(awardingBodies.slug, slug)))[0]?.id as number;
  const mari = await personId(database, 'applicant');
  const cooksManager = await personId(database, 'cooksManager');
  const etelManager = await personId(database, 'etelManager');
  const read = (actorId: string, body: number | null, entityId: string) => ({
    actorId,
    actorRole: 'manager',
    bodyId: body,
    action: 'application.read',
    subjectId: mari,
    entity: 'application',
    entityId,
  });
  await database.db.insert(bodyOrigins).values({ bodyId: await bodyId('naidiskokad'), origin: COOKS_ORIGIN });
  await recordAudit(database.db, database.clock.now(), [
    read(etelManager, await bodyId('etel'), 'read-at-etel'),
    read(cooksManager, await bodyId('naidiskokad'), 'read-at-the-cooks'),
    { ...read(mari, null, 'registry-wide'), actorRole: 'person', action: 'person.update', entity: 'person' },
  ]);
});
afterAll(() => database.drop());

type Tracker = { events: { entityId: string; body: { slug: string } | null }[] };

describe('GET /me/data-tracker', () => {
  it('on ETEL’s website lists only what concerns ETEL', async () => {
    const { authorization } = await widgetHeaders(database, 'applicant');
    const res = await app.request('/me/data-tracker', { headers: { authorization, origin: ETEL_ORIGIN } });
    expect(res.status).toBe(200);
    const { events } = (await res.json()) as Tracker;
    const ids = events.map((e) => e.entityId);
    expect(ids).toContain('read-at-etel');
    expect(ids).not.toContain('read-at-the-cooks');
    expect(ids).not.toContain('registry-wide');
    expect(events.every((e) => e.body?.slug === 'etel')).toBe(true);
  });

  it('on the cooks’ website lists only what concerns the cooks', async () => {
    const { authorization } = await widgetHeaders(database, 'applicant', {
      body: 'naidiskokad',
      origin: COOKS_ORIGIN,
    });
    const res = await app.request('/me/data-tracker', { headers: { authorization, origin: COOKS_ORIGIN } });
    expect(res.status).toBe(200);
    const ids = ((await res.json()) as Tracker).events.map((e) => e.entityId);
    expect(ids).toEqual(['read-at-the-cooks']);
  });

  it('in the person’s own registry view (console) lists their history at every body', async () => {
    const res = await app.request('/me/data-tracker', {
      headers: await consoleHeaders(database, 'applicant'),
    });
    expect(res.status).toBe(200);
    const ids = ((await res.json()) as Tracker).events.map((e) => e.entityId);
    expect(ids).toEqual(expect.arrayContaining(['read-at-etel', 'read-at-the-cooks', 'registry-wide']));
  });
});
