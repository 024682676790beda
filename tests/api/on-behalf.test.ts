// Staff applying on a person's behalf (issue 12 item 4; the seed: people abroad, or without the
// skills to apply online): a processor finds the person by personal code or adds them, fills in
// the same application as the person would and submits it; the person, signing in, finds it among
// their own with who submitted it, and can withdraw or complete it like their own. Only the body's
// managers and processors, at their own body; every read and change audited with the staff member
// as the actor and the person as the subject.
import { and, eq, gt, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transition } from '../../api/applications/lifecycle.ts';
import { createConsoleSession } from '../../api/auth/sessions.ts';
import type { ApplicationView } from '../../contract/applications.ts';
import { personalCodeCheckDigit } from '../../contract/personal-code.ts';
import { applications, auditEvents, awardingBodies, documents, persons } from '../../db/schema/index.ts';
import { consoleHeaders, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp, TEST_API_URL } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
let etelId: number;
let processor: Headers;
let processorId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
  const [etel] = await database.db
    .select({ id: awardingBodies.id })
    .from(awardingBodies)
    .where(eq(awardingBodies.slug, 'etel'));
  etelId = etel?.id as number;
  processor = await consoleHeaders(database, 'etelProcessor');
  processorId = await personId(database, 'etelProcessor');
});
afterAll(() => database.drop());

type Headers = Record<string, string>;
type Problem = { status: number; detail: string; errors?: { in: string; field: string; detail: string }[] };
type Person = {
  id: string;
  personalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
};

const PURPOSE = 'applying on the person’s behalf';
const onBehalf = '/staff/bodies/etel/on-behalf';

async function call<T>(headers: Headers, method: string, path: string, body?: unknown) {
  const res = await app.request(path, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    json: (text ? JSON.parse(text) : undefined) as T,
  };
}

/** A valid personal code no one in the seed has: born on `yymmdd`, serial `serial`. */
const newCode = (first: string, yymmdd: string, serial: string) => {
  const ten = `${first}${yymmdd}${serial}`;
  return `${ten}${personalCodeCheckDigit(ten)}`;
};

/** A console session of a person the seed does not know (one a processor added). */
async function consoleOf(id: string): Promise<Headers> {
  const now = database.clock.now();
  const { session, secret } = await createConsoleSession(database.db, {
    personId: id,
    method: 'smartid',
    assurance: 'high',
    now,
    expiresAt: new Date(now.getTime() + 3_600_000),
  });
  return {
    cookie: `kutse_session=${secret}`,
    'x-csrf-token': session.csrfToken as string,
    origin: TEST_API_URL,
  };
}

/** The audit entries written while `run` ran. */
async function auditedDuring(run: () => Promise<unknown>) {
  const [before] = await database.db.select({ last: max(auditEvents.id) }).from(auditEvents);
  await run();
  return database.db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.id, before?.last ?? 0))
    .orderBy(auditEvents.id);
}

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);
const png = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** The month before a day, as YYYY-MM-DD: a criminal-record extract fresh enough for the exam. */
const monthBefore = (instant: string) => {
  const d = new Date(instant);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
};

/** Fills in a Turvatöötaja, tase 3 application at `path` as the form would, until nothing is missing. */
async function fillIn(headers: Headers, path: string, draft: ApplicationView) {
  const catalogue = await app.request('/bodies/etel/qualifications/turvatootaja-3');
  const sessions = ((await catalogue.json()) as { examSessions: { id: number; registrationOpen: boolean }[] })
    .examSessions;
  const session = sessions.find((s) => s.registrationOpen) as { id: number };
  const saved = await call<ApplicationView>(headers, 'PATCH', path, {
    confirmedPrerequisites: draft.prerequisites.map((p) => p.position),
    examSession: session.id,
    delivery: 'none',
    ...(draft.applicant.email ? {} : { contact: { email: 'abi@example.ee' } }),
  });
  expect(saved.status).toBe(200);
  const startsAt = saved.json.examSession?.startsAt as string;
  const queries: Record<string, string> = {
    identity: 'name=pass.png&variant=passport',
    'criminal-record': `name=karistusregister.pdf&issuedOn=${monthBefore(startsAt)}`,
  };
  for (const { field } of saved.json.missing) {
    const type = field.replace(/^documents\./, '');
    const res = await app.request(`${path}/documents/${type}?${queries[type] ?? `name=${type}.pdf`}`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/pdf' },
      body: type === 'identity' ? png() : pdf(type),
    });
    expect(res.status, type).toBe(201);
  }
  const ready = await call<ApplicationView>(headers, 'GET', path);
  expect(ready.json.missing).toEqual([]);
}

describe('a processor applying for someone not yet in the registry', () => {
  const code = newCode('4', '850412', '027');
  let person: Person;
  let draft: ApplicationView;

  it('asks for the name of a person the registry does not know, naming both fields', async () => {
    const refused = await call<Problem>(processor, 'POST', `${onBehalf}/people`, { personalCode: code });
    expect(refused.status).toBe(422);
    expect(refused.type).toMatch(/^application\/problem\+json/);
    expect(refused.json.errors?.map((e) => e.field)).toEqual(['givenName', 'familyName']);
    expect(await database.db.select().from(persons).where(eq(persons.personalCode, code))).toEqual([]);
  });

  it('refuses a personal code with a wrong check digit, naming the field', async () => {
    const wrong = `${code.slice(0, 10)}${(Number(code[10]) + 1) % 10}`;
    const refused = await call<Problem>(processor, 'POST', `${onBehalf}/people?lang=en`, {
      personalCode: wrong,
      givenName: 'Olga',
      familyName: 'Ivanova',
    });
    expect(refused.status).toBe(422);
    expect(refused.type).toMatch(/^application\/problem\+json/);
    expect(refused.json.errors).toEqual([
      expect.objectContaining({ in: 'body', field: 'personalCode', detail: 'has a wrong check digit' }),
    ]);
  });

  it('adds the person with their code, name and e-mail, and records it', async () => {
    const audit = await auditedDuring(async () => {
      const added = await call<Person>(processor, 'POST', `${onBehalf}/people`, {
        personalCode: code,
        givenName: 'Olga',
        familyName: 'Ivanova',
        email: 'olga@example.ee',
      });
      expect(added.status).toBe(201);
      person = added.json;
    });
    expect(person).toMatchObject({ personalCode: code, givenName: 'Olga', familyName: 'Ivanova' });
    // A login with this code later is this person: TARA names them EE + code.
    const [row] = await database.db.select().from(persons).where(eq(persons.id, person.id));
    expect(row).toMatchObject({ subject: `EE${code}`, dateOfBirth: '1985-04-12', email: 'olga@example.ee' });
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'person.create',
        actorId: processorId,
        actorRole: 'processor',
        bodyId: etelId,
        subjectId: person.id,
        entity: 'person',
        entityId: person.id,
        purpose: PURPOSE,
      }),
    ]);
  });

  it('finds the same person the second time, and records the read', async () => {
    const audit = await auditedDuring(async () => {
      const again = await call<Person>(processor, 'POST', `${onBehalf}/people`, { personalCode: code });
      expect(again.status).toBe(200);
      expect(again.json.id).toBe(person.id);
    });
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'person.read',
        actorId: processorId,
        subjectId: person.id,
        purpose: PURPOSE,
      }),
    ]);
  });

  it('starts a draft made by the processor for the person, prefilled with their data', async () => {
    const started = await call<ApplicationView>(
      processor,
      'POST',
      `${onBehalf}/people/${person.id}/applications`,
      {
        qualification: 'turvatootaja-3',
        kind: 'first',
      },
    );
    expect(started.status).toBe(201);
    draft = started.json;
    expect(draft.applicant).toMatchObject({
      givenName: 'Olga',
      familyName: 'Ivanova',
      email: 'olga@example.ee',
    });
    expect(draft.submittedBy).toEqual({ name: 'Andres Kivi', on: 'staff' });
    const [row] = await database.db.select().from(applications).where(eq(applications.id, draft.id));
    expect(row).toMatchObject({
      applicantId: person.id,
      submittedById: processorId,
      channel: 'staff',
      state: 'draft',
    });
    // Asked again, the processor resumes the same draft.
    const resumed = await call<ApplicationView>(
      processor,
      'POST',
      `${onBehalf}/people/${person.id}/applications`,
      {
        qualification: 'turvatootaja-3',
        kind: 'first',
      },
    );
    expect(resumed.status).toBe(200);
    expect(resumed.json.id).toBe(draft.id);
  });

  it('removes a file uploaded by mistake', async () => {
    const path = `${onBehalf}/applications/${draft.id}`;
    const wrong = await app.request(`${path}/documents/education?name=vale.pdf`, {
      method: 'PUT',
      headers: { ...processor, 'content-type': 'application/pdf' },
      body: pdf('wrong file'),
    });
    expect(wrong.status).toBe(201);
    const { id } = (await wrong.json()) as { id: string };
    const removed = await app.request(`${path}/documents/${id}`, { method: 'DELETE', headers: processor });
    expect(removed.status).toBe(204);
    expect((await call<ApplicationView>(processor, 'GET', path)).json.documents).toEqual([]);
  });

  it('fills it in and submits it once however often it is asked, every step audited as the processor’s', async () => {
    const path = `${onBehalf}/applications/${draft.id}`;
    const audit = await auditedDuring(async () => {
      await fillIn(processor, path, draft);
      const key = { ...processor, 'idempotency-key': 'on-behalf-5d1e' };
      const thrice = await Promise.all(
        [1, 2, 3].map(() => call<ApplicationView>(key, 'POST', `${path}/submit`)),
      );
      expect(thrice.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(thrice.map((r) => r.json.state)).toEqual(['submitted', 'submitted', 'submitted']);
      expect(thrice[2]?.json.submittedBy).toEqual({ name: 'Andres Kivi', on: 'staff' });
      const other = await call<Problem>(
        { ...processor, 'idempotency-key': 'another-key-77' },
        'POST',
        `${path}/submit`,
      );
      expect(other.status).toBe(409);
    });
    expect(new Set(audit.map((e) => e.action))).toEqual(
      new Set(['application.update', 'document.upload', 'application.read', 'application.submit']),
    );
    for (const entry of audit)
      expect(entry).toMatchObject({
        actorId: processorId,
        actorRole: 'processor',
        bodyId: etelId,
        subjectId: person.id,
        purpose: PURPOSE,
      });
    expect(audit.filter((e) => e.action === 'application.submit')).toHaveLength(1);
    const files = await database.db.select().from(documents).where(eq(documents.applicationId, draft.id));
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.uploadedById === processorId)).toBe(true);
  });

  it('is the person’s own once they sign in: in their list, saying who submitted it; they can withdraw it', async () => {
    const olga = await consoleOf(person.id);
    const list = await call<{ applications: ApplicationView[] }>(olga, 'GET', '/bodies/etel/applications');
    expect(list.status).toBe(200);
    expect(list.json.applications).toEqual([
      expect.objectContaining({
        id: draft.id,
        state: 'submitted',
        submittedBy: { name: 'Andres Kivi', on: 'staff' },
      }),
    ]);
    const audit = await auditedDuring(async () => {
      const withdrawn = await call<ApplicationView>(
        olga,
        'POST',
        `/bodies/etel/applications/${draft.id}/withdraw`,
        {
          reason: 'Leidsin teise töö.',
        },
      );
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.json.state).toBe('withdrawn');
    });
    // Their data tracker names the processor for what was done with their data, and why.
    const tracker = await call<{
      events: {
        action: string;
        byThemselves: boolean;
        purpose: string | null;
        actor: { name: string; role: string };
      }[];
    }>(olga, 'GET', '/me/data-tracker');
    expect(tracker.status).toBe(200);
    expect(tracker.json.events).toContainEqual(
      expect.objectContaining({
        action: 'person.create',
        byThemselves: false,
        purpose: PURPOSE,
        actor: { name: 'Andres Kivi', role: 'processor' },
      }),
    );
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'application.withdraw',
        actorId: person.id,
        actorRole: 'applicant',
        subjectId: person.id,
      }),
    ]);
  });
});

describe('a processor applying for someone the registry knows', () => {
  let mari: Person;
  let id: string;

  it('finds them by personal code with the registry’s name, whatever name was typed', async () => {
    const found = await call<Person>(processor, 'POST', `${onBehalf}/people`, {
      personalCode: '49107075714',
      givenName: 'Maria',
      familyName: 'Tamme',
    });
    expect(found.status).toBe(200);
    mari = found.json;
    expect(mari).toMatchObject({
      id: await personId(database, 'applicant'),
      givenName: 'Mari',
      familyName: 'Tamm',
    });
  });

  it('submits for them; returned for completion, the person completes and resubmits it herself', async () => {
    const started = await call<ApplicationView>(
      processor,
      'POST',
      `${onBehalf}/people/${mari.id}/applications`,
      {
        qualification: 'turvatootaja-3',
        kind: 'first',
      },
    );
    expect(started.status).toBe(201);
    id = started.json.id;
    const path = `${onBehalf}/applications/${id}`;
    await fillIn(processor, path, started.json);
    const submitted = await call<ApplicationView>(processor, 'POST', `${path}/submit`);
    expect(submitted.status).toBe(200);

    await database.db.transaction((tx) =>
      transition(tx, {
        id,
        name: 'return',
        actorId: processorId,
        role: 'processor',
        bodyId: etelId,
        subjectId: mari.id,
        now: database.clock.now(),
        reason: 'Lisage palun telefoninumber.',
      }),
    );
    const { authorization, origin } = await widgetHeaders(database, 'applicant');
    const own = { authorization, origin };
    const mine = await call<{ applications: ApplicationView[] }>(own, 'GET', '/bodies/etel/applications');
    const returned = mine.json.applications.find((a) => a.id === id);
    expect(returned).toMatchObject({
      state: 'returned',
      canEdit: true,
      submittedBy: { name: 'Andres Kivi', on: 'staff' },
    });
    const patched = await call<ApplicationView>(own, 'PATCH', `/bodies/etel/applications/${id}`, {
      contact: { phone: '+372 5555 1234' },
    });
    expect(patched.status).toBe(200);
    const resubmitted = await call<ApplicationView>(own, 'POST', `/bodies/etel/applications/${id}/submit`);
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.json).toMatchObject({
      state: 'resubmitted',
      applicant: { phone: '+372 5555 1234' },
      // Sent in again by her, it is still the application the processor submitted for her.
      submittedBy: { name: 'Andres Kivi', on: 'staff' },
    });
  });

  it('reads the application as the person sees it, and records the read', async () => {
    const audit = await auditedDuring(async () => {
      const read = await call<ApplicationView>(processor, 'GET', `${onBehalf}/applications/${id}`);
      expect(read.status).toBe(200);
      expect(read.json.applicant.givenName).toBe('Mari');
    });
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'application.read',
        actorId: processorId,
        actorRole: 'processor',
        subjectId: mari.id,
        entityId: id,
        purpose: PURPOSE,
      }),
    ]);
  });
});

describe('what on-behalf applying refuses', () => {
  it('lets only the body’s managers and processors in: not its assessor, committee, partner or another body’s staff', async () => {
    const manager = await call<Person>(
      await consoleHeaders(database, 'etelManager'),
      'POST',
      `${onBehalf}/people`,
      {
        personalCode: '49107075714',
      },
    );
    expect(manager.status).toBe(200);
    for (const who of ['etelAssessor', 'committeeChair', 'etelPartner', 'cooksManager'] as const) {
      const refused = await call<Problem>(await consoleHeaders(database, who), 'POST', `${onBehalf}/people`, {
        personalCode: '49107075714',
      });
      expect(refused.status, who).toBe(403);
    }
    // The person's own widget token is no console session.
    const { authorization, origin } = await widgetHeaders(database, 'applicant');
    const token = await call<Problem>({ authorization, origin }, 'POST', `${onBehalf}/people`, {
      personalCode: '49107075714',
    });
    expect(token.status).toBe(403);
  });

  it('reaches no other body’s application, and changes none a person made themselves', async () => {
    const [cooks] = await database.db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.applicantId, await personId(database, 'oldQualificationHolder')));
    const elsewhere = await call<Problem>(processor, 'GET', `${onBehalf}/applications/${cooks?.id}`);
    expect(elsewhere.status).toBe(404);

    const [own] = await database.db
      .select({ id: applications.id })
      .from(applications)
      .where(
        and(
          eq(applications.applicantId, await personId(database, 'applicant')),
          eq(applications.channel, 'self'),
        ),
      );
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['PATCH', '', { publicConsent: true }],
      ['POST', '/submit', undefined],
    ] as const) {
      const refused = await call<Problem>(
        processor,
        method,
        `${onBehalf}/applications/${own?.id}${path}`,
        body,
      );
      expect(refused.status, method).toBe(403);
    }
  });

  it('does not take over a draft the person began themselves', async () => {
    const { authorization, origin } = await widgetHeaders(database, 'securityOfficer');
    const jaan = { authorization, origin };
    const begun = await call<ApplicationView>(jaan, 'POST', '/bodies/etel/applications', {
      qualification: 'turvajuht-5',
      kind: 'first',
    });
    expect(begun.json.submittedBy).toBeNull();
    const refused = await call<Problem>(
      processor,
      'POST',
      `${onBehalf}/people/${await personId(database, 'securityOfficer')}/applications`,
      { qualification: 'turvajuht-5', kind: 'first' },
    );
    expect(refused.status).toBe(409);
  });

  it('answers 404 for a person not in the registry, and 400 for a person id that is none', async () => {
    const unknown = await call<Problem>(
      processor,
      'POST',
      `${onBehalf}/people/5b1c6a4e-3f1d-4c2b-9a8e-7d6c5b4a3f21/applications`,
      {
        qualification: 'turvatootaja-3',
        kind: 'first',
      },
    );
    expect(unknown.status).toBe(404);
    const malformed = await call<Problem>(processor, 'POST', `${onBehalf}/people/not-an-id/applications`, {
      qualification: 'turvatootaja-3',
      kind: 'first',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json.errors?.[0]).toMatchObject({ in: 'path', field: 'person' });
  });
});
