// An application's life through the API: each step checks the state under the row's lock, so two
// requests at once cannot both move it, and a step from the wrong state is refused naming that
// state; each request loads the application's facts once. The transitions the console will use
// (admit, reject, …) go through the same function.
import { and, eq } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transition } from '../../api/applications/lifecycle.ts';
import type { ProblemError } from '../../api/http/problem.ts';
import type { ApplicationView } from '../../contract/applications.ts';
import { applications, applicationTransitions, auditEvents, kindDocuments } from '../../db/schema/index.ts';
import { consoleHeaders, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

type Headers = Record<string, string>;
type Problem = { status: number; detail: string; state?: string };

async function call<T>(headers: Headers, method: string, path: string, body?: unknown) {
  const res = await app.request(`/bodies/etel/applications${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as T };
}
const as = async (who: Parameters<typeof widgetHeaders>[1]) => {
  const { authorization, origin } = await widgetHeaders(database, who);
  return { authorization, origin };
};

/**
 * The SQL of every query sent while `run` runs. Drizzle's logger is the one hook both drivers share:
 * it sits on the database's session, whose options every transaction's session is made from.
 */
async function queriesDuring(run: () => Promise<unknown>): Promise<string[]> {
  const { session } = database.db as unknown as { session: { logger: Logger; options: { logger?: Logger } } };
  const seen: string[] = [];
  const logger: Logger = { logQuery: (query) => seen.push(query) };
  const before = { logger: session.logger, options: session.options.logger };
  session.logger = logger;
  session.options.logger = logger;
  try {
    await run();
  } finally {
    session.logger = before.logger;
    session.options.logger = before.options;
  }
  return seen;
}
/** Loading an application's facts (api/applications/facts.ts) is the one read of its prerequisites. */
const factsLoads = (queries: string[]) => queries.filter((q) => /from "prerequisites"/.test(q)).length;

/** The application `who` submitted, as the seed made it. */
async function submittedBy(who: Parameters<typeof personId>[1]) {
  const [row] = await database.db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(eq(applications.applicantId, await personId(database, who)), eq(applications.state, 'submitted')),
    );
  if (!row) throw new Error(`the seed has no submitted application of ${who}`);
  return row.id;
}

describe('loading facts once per request', () => {
  let jaan: Headers;
  let draft: ApplicationView;
  let sessionId: number;

  beforeAll(async () => {
    jaan = await as('securityOfficer');
    draft = (await call<ApplicationView>(jaan, 'POST', '', { qualification: 'turvajuht-5', kind: 'first' }))
      .json;
    // A kind that asks for no documents, so that the draft can be completed without uploads.
    const [row] = await database.db
      .select({ kind: applications.applicationKindId })
      .from(applications)
      .where(eq(applications.id, draft.id));
    await database.db
      .update(kindDocuments)
      .set({ required: false })
      .where(eq(kindDocuments.applicationKindId, row?.kind as number));
    const catalogue = await app.request('/bodies/etel/qualifications/turvajuht-5');
    const { examSessions } = (await catalogue.json()) as {
      examSessions: { id: number; registrationOpen: boolean }[];
    };
    sessionId = examSessions.find((s) => s.registrationOpen)?.id as number;
    const complete = await call<ApplicationView>(jaan, 'PATCH', `/${draft.id}`, {
      confirmedPrerequisites: draft.prerequisites.map((p) => p.position),
      examSession: sessionId,
      delivery: 'post',
    });
    expect(complete.json.missing).toEqual([]);
  });

  it('saves a draft with one load of its facts, answering what a fresh read shows', async () => {
    const mari = await as('applicant');
    const other = (
      await call<ApplicationView>(mari, 'POST', '', { qualification: 'turvajuht-5', kind: 'first' })
    ).json;
    let saved: { status: number; json: ApplicationView } | undefined;
    const queries = await queriesDuring(async () => {
      saved = await call<ApplicationView>(mari, 'PATCH', `/${other.id}`, {
        confirmedPrerequisites: other.prerequisites.map((p) => p.position),
        examSession: sessionId,
        delivery: 'post',
        publicConsent: true,
      });
    });
    expect(saved?.status).toBe(200);
    expect(saved?.json).toMatchObject({
      delivery: 'post',
      examSession: { id: sessionId },
      publicConsent: true,
    });
    expect(saved?.json).toEqual((await call<ApplicationView>(mari, 'GET', `/${other.id}`)).json);
    expect(factsLoads(queries)).toBe(1);
  });

  it('submits with one load of its facts', async () => {
    let submitted: { status: number; json: ApplicationView } | undefined;
    const queries = await queriesDuring(async () => {
      submitted = await call<ApplicationView>(jaan, 'POST', `/${draft.id}/submit`);
    });
    expect(submitted?.status).toBe(200);
    expect(submitted?.json).toMatchObject({ state: 'submitted', canEdit: false });
    expect(submitted?.json.history.at(-1)).toMatchObject({ from: 'draft', to: 'submitted' });
    expect(submitted?.json).toEqual((await call<ApplicationView>(jaan, 'GET', `/${draft.id}`)).json);
    expect(factsLoads(queries)).toBe(1);
  });

  it('withdraws with one load of its facts', async () => {
    let withdrawn: { status: number; json: ApplicationView } | undefined;
    const queries = await queriesDuring(async () => {
      withdrawn = await call<ApplicationView>(jaan, 'POST', `/${draft.id}/withdraw`, {
        reason: 'Muutsin meelt.',
      });
    });
    expect(withdrawn?.status).toBe(200);
    expect(withdrawn?.json).toMatchObject({ state: 'withdrawn', canWithdraw: false });
    expect(withdrawn?.json.history.map((h) => h.to)).toEqual(['draft', 'submitted', 'withdrawn']);
    expect(withdrawn?.json.history.at(-1)).toMatchObject({ from: 'submitted', reason: 'Muutsin meelt.' });
    expect(withdrawn?.json).toEqual((await call<ApplicationView>(jaan, 'GET', `/${draft.id}`)).json);
    expect(factsLoads(queries)).toBe(1);
  });

  it('refuses to submit a withdrawn application, naming its state', async () => {
    const again = await call<Problem>(jaan, 'POST', `/${draft.id}/submit`);
    expect(again.status).toBe(409);
    expect(again.json.state).toBe('withdrawn');
  });
});

describe('one step at a time', () => {
  it('takes one of two withdrawals sent at once and refuses the other', async () => {
    const id = await submittedBy('applicant');
    const mari = await as('applicant');
    const answers = await Promise.all([
      call<Problem>(mari, 'POST', `/${id}/withdraw`, {}),
      call<Problem>(mari, 'POST', `/${id}/withdraw`, {}),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)?.json.state).toBe('withdrawn');
    const moves = await database.db
      .select()
      .from(applicationTransitions)
      .where(
        and(eq(applicationTransitions.applicationId, id), eq(applicationTransitions.toState, 'withdrawn')),
      );
    expect(moves).toHaveLength(1);
  });

  it('refuses to return a withdrawn application for completion, naming its state', async () => {
    const id = await submittedBy('longExpiredManager');
    expect((await call(await as('longExpiredManager'), 'POST', `/${id}/withdraw`, {})).status).toBe(200);
    const staff = await consoleHeaders(database, 'etelProcessor');
    const page = await app.request(`/staff/bodies/etel/applications/${id}`, { headers: staff });
    const { version } = (await page.json()) as { version: number };
    const res = await app.request(`/staff/bodies/etel/applications/${id}/return`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/json' },
      body: JSON.stringify({ version, reason: 'Palun lisage tõend.' }),
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ state: 'withdrawn' });
  });
});

describe('the steps the console will take', () => {
  const step = async (id: string, name: 'admit' | 'reject') => {
    const actorId = await personId(database, 'etelProcessor');
    const [row] = await database.db.select().from(applications).where(eq(applications.id, id));
    return database.db.transaction((tx) =>
      transition(tx, {
        id,
        name,
        actorId,
        role: 'processor',
        bodyId: row?.bodyId as number,
        subjectId: row?.applicantId as string,
        now: database.clock.now(),
        purpose: 'application processing',
      }),
    );
  };

  it('refuses to admit before the fee is received or waived (seed 003), and admits once it is', async () => {
    const id = await submittedBy('oldQualificationHolder');
    const refused = (await step(id, 'admit').catch((e: unknown) => e)) as ProblemError;
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/fee/);
    await database.db
      .update(applications)
      .set({ feeReceivedAt: database.clock.now() })
      .where(eq(applications.id, id));
    const { application } = await step(id, 'admit');
    expect(application.state).toBe('admitted');
    const [move] = await database.db
      .select()
      .from(applicationTransitions)
      .where(
        and(eq(applicationTransitions.applicationId, id), eq(applicationTransitions.toState, 'admitted')),
      );
    expect(move).toMatchObject({ fromState: 'submitted' });
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'application.admit')));
    expect(audit).toHaveLength(1);
  });

  it('refuses to admit a draft, naming its state, and changes nothing', async () => {
    const jaan = await as('securityOfficer');
    const draft = (
      await call<ApplicationView>(jaan, 'POST', '', { qualification: 'turvatootaja-3', kind: 'first' })
    ).json;
    const refused = (await step(draft.id, 'admit').catch((e: unknown) => e)) as ProblemError;
    expect(refused.status).toBe(409);
    expect(refused.extensions).toMatchObject({ state: 'draft' });
    const [row] = await database.db.select().from(applications).where(eq(applications.id, draft.id));
    expect(row?.state).toBe('draft');
  });
});
