// Responses that carry a token or someone's data are never stored by a browser or a proxy
// (`Cache-Control: no-store`); the public catalogue keeps its own (http/etag.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleHeaders, ETEL_ORIGIN, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

const cacheControl = (res: Response) => res.headers.get('cache-control');

describe('Cache-Control', () => {
  it('is no-store on a widget’s personal data and on the applicant’s routes', async () => {
    const { authorization } = await widgetHeaders(database, 'applicant');
    const headers = { authorization, origin: ETEL_ORIGIN };
    for (const path of ['/me', '/me/data-tracker', '/bodies/etel/applications']) {
      const res = await app.request(path, { headers });
      expect(res.status, path).toBe(200);
      expect(cacheControl(res), path).toBe('no-store');
    }
  });

  it('is no-store on a refreshed token and on the handoff', async () => {
    const { authorization } = await widgetHeaders(database, 'applicant');
    const refreshed = await app.request('/auth/widget/refresh', {
      method: 'POST',
      headers: { authorization, origin: ETEL_ORIGIN },
    });
    expect(refreshed.status).toBe(200);
    expect(cacheControl(refreshed)).toBe('no-store');
    const handoff = await app.request('/auth/widget/handoff', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ETEL_ORIGIN },
      body: JSON.stringify({ handoff: 'B'.repeat(43) }),
    });
    expect(handoff.status).toBe(410);
    expect(cacheControl(handoff)).toBe('no-store');
  });

  it('is no-store on the console’s session and staff routes, and on refusals', async () => {
    const staff = await consoleHeaders(database, 'etelManager');
    for (const path of ['/auth/session', '/staff/bodies/etel/applications']) {
      const res = await app.request(path, { headers: staff });
      expect(res.status, path).toBe(200);
      expect(cacheControl(res), path).toBe('no-store');
    }
    const refused = await app.request('/me');
    expect(refused.status).toBe(401);
    expect(cacheControl(refused)).toBe('no-store');
  });

  it('is left to the public catalogue’s reads, which set their own short public caching', async () => {
    for (const path of ['/bodies', '/bodies/etel', '/bodies/etel/qualifications/turvajuht-5']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(cacheControl(res), path).toBe('public, max-age=60, stale-while-revalidate=300');
    }
  });
});
