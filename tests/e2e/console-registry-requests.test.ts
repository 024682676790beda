// A certificate owner's question answered by the registry, in real Chromium: ETEL has ceased to act,
// so Jaan Ääremaa's question about ETEL-T3-0001 (asked through the API's own route, in his session)
// goes to the registry. Helle Kask, the registry's admin and nobody's staff, signs in to the console
// through the identity provider, lands on "Register: päringud", and with the keyboard alone opens
// the question and answers it; Jaan's thread then has the answer, handled by "Kutsekoda
// (register)". axe finds nothing on the list or the request, in Estonian or English. Screenshots at
// 390 and 1280 px go to KUTSE_SCREENSHOTS when it is set.
//
// The stack of the other end-to-end tests (stack.ts) keeps its database to itself; ceasing ETEL
// needs the database, so this file serves the API on a test database of its own (own-api.ts) with
// the local identity provider on another site, [::1].
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallinnDay } from '../../contract/calendar.ts';
import { awardingBodies } from '../../db/schema/index.ts';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { axeViolations } from './axe.ts';
import { focusedMatches, tabTo } from './keys.ts';
import { type OwnApi, registryAdminPage, startOwnApi } from './own-api.ts';
import { screenshot } from './screenshot.ts';
import { ownerConsoleSession } from './signing-in.ts';

let own: OwnApi;
beforeAll(async () => {
  own = await startOwnApi();
}, 240_000);
afterAll(async () => {
  await own?.close();
});

const QUESTION = 'ETEL lõpetas tegevuse. Kas mu turvatöötaja tunnistus kehtib edasi?';
const ANSWER = 'Jah, tunnistus kehtib edasi. Kutseregister hoiab ETEL-i välja antud tunnistusi.';

describe('the registry’s requests in the console', () => {
  it('lets Helle Kask answer, with the keyboard, a question routed to the registry after ETEL ceased', async () => {
    await own.database.db
      .update(awardingBodies)
      .set({ ceasedOn: tallinnDay(new Date()) })
      .where(eq(awardingBodies.slug, 'etel'));
    const owner = await ownerConsoleSession(own.browser, own.urls, SEED_PEOPLE.securityOfficer.personalCode);
    const asked = (await owner.call('/me/certificates/ETEL-T3-0001/questions', { question: QUESTION })) as {
      id: string;
    };
    const before = (await owner.call(`/me/owner-requests/${asked.id}`)) as { handledBy: string };
    expect(before.handledBy).toBe('Kutsekoda (register)');

    const { page, problems } = await registryAdminPage(own);
    const views = page.getByRole('navigation', { name: 'Konsooli vaated' });
    await views.getByRole('link', { name: 'Register: päringud' }).waitFor();
    expect(await views.getByRole('link').allTextContents()).toEqual([
      'Register: päringud',
      'Register: kutseandjad',
    ]);

    // The keyboard alone: the view's link, then the request's, then the answer.
    await tabTo(page, 'nav.views a', 'Register: päringud');
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: 'Küsimus: ETEL-T3-0001' });
    await link.waitFor();
    await page.getByRole('heading', { level: 1, name: 'Registrile suunatud päringud' }).waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'registry-requests-et-1280');

    await tabTo(page, 'li.request a', 'Küsimus: ETEL-T3-0001');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Küsimus: ETEL-T3-0001' }).waitFor();
    expect(page.url()).toContain(`/console/registry/requests/${asked.id}?lang=et`);
    await page.getByText(QUESTION).waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);

    await tabTo(page, 'textarea#answer');
    await page.keyboard.type(ANSWER);
    await page.keyboard.press('Tab');
    expect(await focusedMatches(page, 'button[type="submit"]', 'Saada vastus')).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('kutse-console-request ol.thread').getByText(ANSWER).waitFor();
    expect(await page.locator('kutse-console-request ol.thread li.from-body .meta').textContent()).toMatch(
      /Helle Kask\s*\(käsitleja\)/,
    );
    expect(await page.locator('kutse-console-request h1 + p .badge').textContent()).toBe('Töös');
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'registry-request-et-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'registry-request-et-390');
    await page.goBack();
    await page.getByRole('link', { name: 'Küsimus: ETEL-T3-0001' }).waitFor();
    await screenshot(page, 'registry-requests-et-390');

    // In English, the same two pages.
    await page.getByRole('link', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Requests routed to the registry' }).waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'registry-requests-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'registry-requests-en-1280');
    await page.getByRole('link', { name: 'Question: ETEL-T3-0001' }).click();
    await page.locator('kutse-console-request ol.thread').getByText(ANSWER).waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'registry-request-en-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'registry-request-en-390');
    expect(problems).toEqual([]);

    const thread = (await owner.call(`/me/owner-requests/${asked.id}`)) as {
      handledBy: string;
      state: string;
      messages: { fromOwner: boolean; author: string; text: string }[];
    };
    expect(thread.handledBy).toBe('Kutsekoda (register)');
    expect(thread.state).toBe('in_progress');
    expect(thread.messages).toEqual([
      expect.objectContaining({ fromOwner: false, author: 'Helle Kask', text: ANSWER }),
    ]);
  }, 120_000);
});
