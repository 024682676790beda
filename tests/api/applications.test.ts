// An applicant's own applications on a body's website: drafts start once, only while the kind is
// open, and nobody sees anyone else's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../db/clock.ts';
import { ETEL_ORIGIN, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

type Application = {
  id: string;
  state: string;
  kind: { slug: string; title: string };
  history: { to: string }[];
};

const start = async (headers: Record<string, string>, body: unknown, on = app) =>
  await on.request('/bodies/etel/applications', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const as = async (who: Parameters<typeof widgetHeaders>[1]) => {
  const { authorization, origin } = await widgetHeaders(database, who);
  return { authorization, origin };
};

describe('a draft application', () => {
  it('starts once: a second click, or two at the same moment, resume the same draft', async () => {
    const jaan = await as('securityOfficer');
    const first = await start(jaan, { qualification: 'turvajuht-5', kind: 'first' });
    expect(first.status).toBe(201);
    const draft = (await first.json()) as Application;
    expect(draft).toMatchObject({ state: 'draft', kind: { slug: 'first', title: 'Kutse taotlemine' } });
    expect(draft.history.map((h) => h.to)).toEqual(['draft']);

    const again = await start(jaan, { qualification: 'turvajuht-5', kind: 'first' });
    expect(again.status).toBe(200);
    expect(((await again.json()) as Application).id).toBe(draft.id);

    const racing = await Promise.all(
      [1, 2, 3].map(() =>
        start(jaan, { qualification: 'turvatootaja-3', kind: 'first' }).then((r) => r.json()),
      ),
    );
    expect(new Set(racing.map((a) => (a as Application).id)).size).toBe(1);
  });

  it('is refused, naming the field, when the kind is unknown or closed', async () => {
    const jaan = await as('securityOfficer');
    const unknown = await start(jaan, { qualification: 'turvajuht-5', kind: 'no-such-kind' });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ errors: [{ in: 'body', field: 'kind' }] });

    // 1 July 2024: the page's window closed on 30 June.
    const julyClock = fixedClock('2024-07-01T09:00:00+03:00');
    const { app: july } = createTestApp(database, { clock: julyClock });
    const inJuly = await widgetHeaders(database, 'securityOfficer', { now: julyClock.now() });
    const closed = await start(
      { authorization: inJuly.authorization, origin: inJuly.origin },
      { qualification: 'turvajuht-5', kind: 'recertification' },
      july,
    );
    expect(closed.status).toBe(422);
    expect(await closed.json()).toMatchObject({
      errors: [{ field: 'kind', detail: 'Seda liiki taotluste vastuvõtt on lõppenud.' }],
    });

    const malformed = await start(jaan, { qualification: 'Turvajuht 5' });
    expect(malformed.status).toBe(422);
    const fields = ((await malformed.json()) as { errors: { field: string }[] }).errors
      .map((e) => e.field)
      .sort();
    expect(fields).toEqual(['kind', 'qualification']);
  });
});

describe('my applications', () => {
  it('lists only mine, and another’s is not there even by its id', async () => {
    const mari = await as('applicant');
    const mine = (await (await app.request('/bodies/etel/applications', { headers: mari })).json()) as {
      applications: Application[];
    };
    expect(mine.applications.map((a) => a.state)).toEqual(['submitted']);

    const toomas = await as('longExpiredManager');
    const theirs = (await (await app.request('/bodies/etel/applications', { headers: toomas })).json()) as {
      applications: Application[];
    };
    expect(theirs.applications).toHaveLength(1); // submitted for him by the partner
    const peek = await app.request(`/bodies/etel/applications/${theirs.applications[0]?.id}`, {
      headers: mari,
    });
    expect(peek.status).toBe(404);
  });

  it('are not reachable with a token from another body’s website', async () => {
    const mari = await as('applicant');
    const res = await app.request('/bodies/naidiskokad/applications', { headers: mari });
    expect(res.status).toBe(403);
  });

  it('are in my data tracker when I start one', async () => {
    const ylo = await as('oldQualificationHolder');
    const res = await start(ylo, { qualification: 'turvatootaja-4', kind: 'rpl-employer-statement' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as Application;
    const tracker = await app.request('/me/data-tracker', { headers: { ...ylo, origin: ETEL_ORIGIN } });
    const { events } = (await tracker.json()) as {
      events: { action: string; entityId: string; byThemselves: boolean }[];
    };
    expect(events).toContainEqual(
      expect.objectContaining({ action: 'application.create', entityId: id, byThemselves: true }),
    );
  });
});
