// Every read of someone's data by a body's staff, its committee, a partner or the registry admin
// leaves one audit entry per person shown — who read, in which role, whose data, which record and
// why — which is what that person's data tracker (andmejälgija) shows them. application.read and
// document.read are asserted where those routes are tested (sessions-and-tokens, applying); these
// are the others.
import { eq, gt, inArray, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditEvents, awardingBodies } from '../../db/schema/index.ts';
import type { SeedPersonKey } from '../../db/seed/people.ts';
import { consoleHeaders, personId } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
let etelId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
  const [etel] = await database.db
    .select({ id: awardingBodies.id })
    .from(awardingBodies)
    .where(eq(awardingBodies.slug, 'etel'));
  etelId = etel?.id as number;
});
afterAll(() => database.drop());

/** Calls the API as `who` in the console; gives the answer and the audit entries it added. */
async function asConsole(who: SeedPersonKey, path: string, init: { method?: string; json?: unknown } = {}) {
  const [before] = await database.db.select({ last: max(auditEvents.id) }).from(auditEvents);
  const headers: Record<string, string> = await consoleHeaders(database, who);
  if (init.json) headers['content-type'] = 'application/json';
  const res = await app.request(path, {
    method: init.method ?? 'GET',
    headers,
    ...(init.json ? { body: JSON.stringify(init.json) } : {}),
  });
  const added = await database.db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.id, before?.last ?? 0))
    .orderBy(auditEvents.id);
  return { res, added, actorId: await personId(database, who) };
}

/** The applicants of these applications, by application. */
async function applicantsOf(ids: string[]) {
  const rows = await database.db
    .select({ id: applications.id, applicantId: applications.applicantId })
    .from(applications)
    .where(inArray(applications.id, ids));
  return new Map(rows.map((r) => [r.id, r.applicantId]));
}

/** One `application.list` entry for each application the list showed, and nothing else. */
async function expectListed(
  call: Awaited<ReturnType<typeof asConsole>>,
  role: string,
): Promise<{ id: string }[]> {
  expect(call.res.status).toBe(200);
  const shown = ((await call.res.json()) as { applications: { id: string }[] }).applications;
  expect(shown.length).toBeGreaterThan(0);
  const applicants = await applicantsOf(shown.map((a) => a.id));
  expect(call.added.map((e) => e.entityId).sort()).toEqual(shown.map((a) => a.id).sort());
  for (const entry of call.added)
    expect(entry).toMatchObject({
      action: 'application.list',
      actorId: call.actorId,
      actorRole: role,
      bodyId: etelId,
      entity: 'application',
      subjectId: applicants.get(entry.entityId as string),
      purpose: 'application processing',
    });
  return shown;
}

describe('reads that the audit trail records', () => {
  it('a staff member’s list of the body’s applications: each applicant shown', async () => {
    await expectListed(await asConsole('etelProcessor', '/staff/bodies/etel/applications'), 'processor');
  });

  it('the committee’s list', async () => {
    await expectListed(await asConsole('committeeChair', '/committee/bodies/etel/applications'), 'committee');
  });

  it('a partner’s list of the applications under its mandate', async () => {
    await expectListed(await asConsole('etelPartner', '/partner/bodies/etel/applications'), 'partner');
  });

  it('the messages of an application, read by staff', async () => {
    const [mari] = await database.db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.applicantId, await personId(database, 'applicant')));
    const call = await asConsole('etelAssessor', `/staff/bodies/etel/applications/${mari?.id}/messages`);
    expect(call.res.status).toBe(200);
    expect(((await call.res.json()) as { messages: unknown[] }).messages.length).toBeGreaterThan(0);
    expect(call.added).toEqual([
      expect.objectContaining({
        action: 'message.read',
        actorId: call.actorId,
        actorRole: 'assessor',
        bodyId: etelId,
        subjectId: await personId(database, 'applicant'),
        entity: 'application',
        entityId: mari?.id,
        purpose: 'application processing',
      }),
    ]);
  });

  it('the body’s staff list, read by a manager: each colleague shown', async () => {
    const call = await asConsole('etelManager', '/staff/bodies/etel/staff');
    expect(call.res.status).toBe(200);
    const staff = ((await call.res.json()) as { staff: { personId: string }[] }).staff;
    const shown = [...new Set(staff.map((s) => s.personId))].sort();
    expect(shown).toContain(await personId(database, 'etelProcessor'));
    expect(call.added.map((e) => e.subjectId).sort()).toEqual(shown);
    for (const entry of call.added)
      expect(entry).toMatchObject({
        action: 'person.list',
        actorId: call.actorId,
        actorRole: 'manager',
        bodyId: etelId,
        entity: 'person',
        entityId: entry.subjectId,
        purpose: 'staff administration',
      });
  });

  it('the registry admin’s search for a person, with the purpose the admin gave', async () => {
    const purpose = 'Registri päring nr 12/2024';
    const call = await asConsole('registryAdmin', '/admin/people/search', {
      method: 'POST',
      json: { personalCode: '49107075714', purpose },
    });
    expect(call.res.status).toBe(200);
    const mari = await personId(database, 'applicant');
    expect(call.added).toEqual([
      expect.objectContaining({
        action: 'person.read',
        actorId: call.actorId,
        actorRole: 'registry-admin',
        subjectId: mari,
        entity: 'person',
        entityId: mari,
        purpose,
      }),
    ]);
  });

  it('nothing for a search that found no one', async () => {
    const call = await asConsole('registryAdmin', '/admin/people/search', {
      method: 'POST',
      json: { personalCode: '38001010009', purpose: 'Registri päring nr 13/2024' },
    });
    expect(call.res.status).toBe(404);
    expect(call.added).toEqual([]);
  });
});
