// The registry's list of awarding bodies (GET /admin/bodies): each body's name in the caller's
// language, whether it acts or ceased on which day, and whether it is a demo body — for registry
// admins only, as the console's "Register: kutseandjad" shows it.
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwardingBodyList, BodyCease } from '../../contract/body-cease.ts';
import type { SeedPersonKey } from '../../db/seed/people.ts';
import { consoleHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

async function asConsole(who: SeedPersonKey, path: string, json?: unknown) {
  const headers: Record<string, string> = await consoleHeaders(database, who);
  if (json !== undefined) headers['content-type'] = 'application/json';
  return app.request(path, {
    method: json === undefined ? 'GET' : 'POST',
    headers,
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
}

const bodies = async (lang = 'et') => {
  const answer = await asConsole('registryAdmin', `/admin/bodies?lang=${lang}`);
  expect(answer.status).toBe(200);
  return v.parse(AwardingBodyList, await answer.json()).bodies;
};

describe('the registry’s awarding bodies', () => {
  it('lists ETEL and the fictional body, both acting, sorted by name', async () => {
    const list = await bodies();
    const etel = list.find((b) => b.slug === 'etel');
    expect(etel).toEqual({
      slug: 'etel',
      name: 'Eesti Turvaettevõtete Liit',
      ceasedOn: null,
      fictional: false,
    });
    const fictional = list.filter((b) => b.fictional);
    expect(fictional.length).toBeGreaterThan(0);
    expect(fictional.every((b) => b.ceasedOn === null)).toBe(true);
    const names = list.map((b) => b.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('et').compare));
  });

  it('names the bodies in English when asked in English', async () => {
    const etel = (await bodies('en')).find((b) => b.slug === 'etel');
    expect(etel?.name).toBe('Estonian Security Companies Association');
  });

  it('shows the day ETEL ceased once it has', async () => {
    const ceased = await asConsole(
      'registryAdmin',
      '/admin/bodies/etel/cease',
      v.parse(BodyCease, { ceasedOn: '2024-05-14' }),
    );
    expect(ceased.status).toBe(200);
    const list = await bodies();
    expect(list.find((b) => b.slug === 'etel')?.ceasedOn).toBe('2024-05-14');
    expect(list.filter((b) => b.slug !== 'etel').every((b) => b.ceasedOn === null)).toBe(true);
  });

  it('refuses ETEL’s processor: only the registry’s admins see the bodies', async () => {
    const answer = await asConsole('etelProcessor', '/admin/bodies');
    expect(answer.status).toBe(403);
  });
});
