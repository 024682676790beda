// A website the body did not register gets no token, but it is told so at once: the popup posts
// the error the widget knows (`origin_not_allowed`) instead of nothing, which left the widget
// waiting five minutes before "timed out". The message is parsed with the very schema the widget
// uses, so the API cannot drift into saying something the widget does not understand.
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PopupMessage } from '../../contract/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

const start = (origin: string, lang: string) =>
  app.request(
    `/auth/widget/start?${new URLSearchParams({ body: 'etel', origin, handoff: 'h'.repeat(43), lang })}`,
  );

/** The message and target origin of the page's one postMessage call, if it makes one. */
function postedBy(html: string) {
  const call = /window\.opener\.postMessage\((.*), (".*?")\);/.exec(html);
  if (!call) return undefined;
  return {
    message: v.parse(PopupMessage, JSON.parse(call[1] as string)),
    target: JSON.parse(call[2] as string),
  };
}

describe('the sign-in popup on a website the body did not register', () => {
  it('tells the page at once that it may not sign in here, and gives nothing else', async () => {
    const res = await start('https://not-etel.example', 'en');
    expect(res.status).toBe(403);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
    const html = await res.text();
    expect(postedBy(html)).toEqual({
      message: { type: 'kutse:login-error', error: 'origin_not_allowed' },
      // No secret in it, so to whichever page opened the popup: that page is the unregistered one.
      target: '*',
    });
    expect(html).not.toMatch(/token/i);
    expect(html).toContain('This website is not registered for signing in with Kutse.');
  });
});
