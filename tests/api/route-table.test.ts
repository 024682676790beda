// The API's route table stays one that Hono's fast router (RegExpRouter, one regular expression per
// method) can match. A route it cannot tell apart from another — a fixed word where another route
// has a parameter, e.g. /applications/bulk beside /applications/:application/return — makes Hono
// fall back to its slower TrieRouter for every request of the process, silently.
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

describe('the route table', () => {
  it('is matched by Hono’s RegExpRouter, route by route', () => {
    // The router builds its expression on the first match: each route is tried with all before it,
    // so the first it cannot take is the one named.
    const builds = (count: number) => {
      const router = new RegExpRouter<string>();
      try {
        for (const { method, path } of app.routes.slice(0, count)) router.add(method, path, path);
        router.match('GET', '/');
        return true;
      } catch {
        return false;
      }
    };
    const first = app.routes.findIndex((_, i) => !builds(i + 1));
    expect(first === -1 ? 'none' : `${app.routes[first]?.method} ${app.routes[first]?.path}`).toBe('none');
  });

  it('is served by SmartRouter on RegExpRouter', async () => {
    await app.request('/health');
    expect((app as unknown as { router: { name: string } }).router.name).toBe('SmartRouter + RegExpRouter');
  });
});
