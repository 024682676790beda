// What the console-action tests share: applications and exam sessions made by small factories, the
// calls a console page makes, and the e-mails the outbox holds.
import { and, asc, eq } from 'drizzle-orm';
import type { ApplicationState } from '../../contract/application-states.ts';
import {
  applicationKinds,
  applications,
  applicationTransitions,
  auditEvents,
  awardingBodies,
  examSessions,
  persons,
  qualifications,
} from '../../db/schema/index.ts';
import { mailOutbox } from '../../db/schema/mail.ts';
import type { SeedPersonKey } from '../../db/seed/people.ts';
import { consoleHeaders, personId } from '../fixtures/sign-in.ts';
import type { createTestApp } from '../fixtures/test-app.ts';
import type { TestDatabase } from '../fixtures/test-database.ts';

type App = ReturnType<typeof createTestApp>['app'];
const DAY = 86_400_000;

export function consoleActions(database: TestDatabase, app: App) {
  const db = database.db;

  async function bodyAndQualification(body: string, qualification: string) {
    const [row] = await db
      .select({ bodyId: awardingBodies.id, qualificationId: qualifications.id })
      .from(qualifications)
      .innerJoin(awardingBodies, eq(awardingBodies.id, qualifications.bodyId))
      .where(and(eq(awardingBodies.slug, body), eq(qualifications.slug, qualification)));
    if (!row) throw new Error(`no ${qualification} at ${body}`);
    return row;
  }

  /** An exam session `days` after the test's day, of `places` places. */
  async function session({
    body = 'etel',
    qualification = 'turvajuht-5',
    days = 30,
    places = 10,
    place = 'Tallinn, Pärnu mnt 10',
  } = {}) {
    const { bodyId, qualificationId } = await bodyAndQualification(body, qualification);
    const startsAt = new Date(database.clock.now().getTime() + days * DAY);
    const [row] = await db
      .insert(examSessions)
      .values({
        bodyId,
        qualificationId,
        startsAt,
        place,
        capacity: places,
        registrationDeadline: new Date(startsAt.getTime() - 7 * DAY),
      })
      .returning({ id: examSessions.id });
    return row?.id as number;
  }

  /** An application sent in by `who` (with the e-mail address it gave), in `state`, at version 1. */
  async function application({
    who = 'applicant' as SeedPersonKey,
    body = 'etel',
    qualification = 'turvajuht-5',
    kind = 'first',
    state = 'submitted' as ApplicationState,
    email = 'mari.maasikas@example.ee' as string | null,
    sessionId = null as number | null,
    feeReceived = false,
  } = {}) {
    const { bodyId, qualificationId } = await bodyAndQualification(body, qualification);
    const [k] = await db
      .select({ id: applicationKinds.id })
      .from(applicationKinds)
      .where(
        and(eq(applicationKinds.qualificationId, qualificationId), eq(applicationKinds.kind, kind as never)),
      );
    const applicantId = await personId(database, who);
    const [person] = await db.select().from(persons).where(eq(persons.id, applicantId));
    const now = database.clock.now();
    const [row] = await db
      .insert(applications)
      .values({
        bodyId,
        applicationKindId: k?.id as number,
        applicantId,
        submittedById: applicantId,
        state,
        examSessionId: sessionId,
        applicant: {
          givenName: person?.givenName as string,
          familyName: person?.familyName as string,
          personalCode: person?.personalCode ?? null,
          email,
          phone: null,
        },
        createdAt: now,
        updatedAt: now,
        submittedAt: state === 'draft' ? null : now,
        feeReceivedAt: feeReceived ? now : null,
      })
      .returning({ id: applications.id });
    const id = row?.id as string;
    await db.insert(applicationTransitions).values({
      applicationId: id,
      fromState: state === 'draft' ? null : 'draft',
      toState: state,
      step: state === 'draft' ? 'start' : 'submit',
      actorId: applicantId,
      at: now,
    });
    return id;
  }

  const headersCache = new Map<string, Record<string, string>>();
  const headersOf = async (who: SeedPersonKey) => {
    const cached = headersCache.get(who);
    if (cached) return cached;
    const made = await consoleHeaders(database, who);
    headersCache.set(who, made);
    return made;
  };

  /** A console request by `who`; `lang` sets Accept-Language. */
  async function call<T = Record<string, unknown>>(
    who: SeedPersonKey,
    method: string,
    path: string,
    body?: unknown,
    { lang = 'et', slug = 'etel' }: { lang?: 'et' | 'en'; slug?: string } = {},
  ) {
    const headers: Record<string, string> = { ...(await headersOf(who)), 'accept-language': lang };
    if (body !== undefined) headers['content-type'] = 'application/json';
    // The bulk action is the body's, beside its applications: under /applications/ it would sit
    // where an application's id goes, which Hono's fast router (RegExpRouter) cannot tell apart.
    const base = path.startsWith('/bulk-actions') ? '' : '/applications';
    const res = await app.request(`/staff/bodies/${slug}${base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      json: (text ? JSON.parse(text) : null) as T,
    };
  }

  /** The application's current version, as its page shows it. */
  const versionOf = async (id: string) =>
    (await db.select({ version: applications.version }).from(applications).where(eq(applications.id, id)))[0]
      ?.version as number;

  const row = async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0];

  const emailsOf = (id: string) =>
    db.select().from(mailOutbox).where(eq(mailOutbox.applicationId, id)).orderBy(asc(mailOutbox.queuedAt));

  const auditOf = (id: string, action: string) =>
    db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, action)));

  return { session, application, call, versionOf, row, emailsOf, auditOf };
}
