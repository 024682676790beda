// The console's router in Chromium: /console opens the body's list, every view has its own URL, a
// click on a console link changes the view without a page load, back and forward work, the body
// switcher goes to the other body's list, and the page's title and focus follow the view.
import { expect } from '@open-wc/testing';
import type { KutseConsole } from '../../widget/src/console/shell/console-shell.ts';
import { loadAxe } from './fixtures/axe.ts';
import {
  anApplicationFile,
  closeConsole,
  FakeConsoleApi,
  openConsole,
  viewOf,
} from './fixtures/fake-console-api.ts';
import { waitUntil } from './fixtures/screen.ts';

const LIST = '/console/bodies/etel/applications';

describe('the console’s routing', () => {
  let api: FakeConsoleApi;
  let shell: KutseConsole | undefined;
  before(loadAxe);

  beforeEach(() => {
    api = new FakeConsoleApi();
    api.files = [anApplicationFile(), anApplicationFile({ state: 'returned' })];
  });

  afterEach(() => {
    closeConsole(shell);
    api.restore();
  });

  const here = () => `${location.pathname}${location.search}`;
  const shown = (tag: 'kutse-console-list' | 'kutse-console-application') => {
    try {
      return viewOf(shell as KutseConsole, tag);
    } catch {
      return undefined;
    }
  };
  const heading = (tag: 'kutse-console-list' | 'kutse-console-application') =>
    shown(tag)?.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();

  it('opens the body’s list from /console, as a link of its own', async () => {
    shell = await openConsole('/console?lang=et');
    await waitUntil(() => heading('kutse-console-list')?.startsWith('Taotlused'));
    expect(here()).to.equal(`${LIST}?lang=et`);
  });

  it('opens an application from the list without a page load, and comes back with the filters', async () => {
    shell = await openConsole(`${LIST}?state=returned&lang=et`);
    await waitUntil(() => shown('kutse-console-list')?.querySelectorAll('tbody a').length === 1);
    const marker = Symbol.for('same page');
    (window as unknown as Record<symbol, boolean>)[marker] = true;
    const returned = api.files[1];
    const link = shown('kutse-console-list')?.querySelector('tbody a') as HTMLAnchorElement;
    // A real link: a middle click or "open in a new tab" gets the application's own URL.
    expect(link.getAttribute('href')).to.equal(`${LIST}/${returned?.id}?lang=et`);
    link.click();
    await waitUntil(
      () =>
        heading('kutse-console-application') ===
        `${returned?.applicant.givenName} ${returned?.applicant.familyName}`,
    );
    expect(here()).to.equal(`${LIST}/${returned?.id}?lang=et`);
    expect((window as unknown as Record<symbol, boolean>)[marker]).to.equal(true);
    expect(document.title).to.equal(
      `${returned?.applicant.givenName} ${returned?.applicant.familyName}: Turvajuht, tase 5 — Kutse konsool`,
    );
    // The new view takes the focus, so a screen reader starts reading it.
    await waitUntil(() => shell?.shadowRoot?.activeElement?.tagName === 'MAIN');

    // "Back to the list" is the list it came from, filters and all.
    const back = shown('kutse-console-application')?.querySelector('a.back') as HTMLAnchorElement;
    expect(back.getAttribute('href')).to.equal(`${LIST}?state=returned&lang=et`);

    history.back();
    await waitUntil(() => heading('kutse-console-list')?.startsWith('Taotlused'));
    expect(here()).to.equal(`${LIST}?state=returned&lang=et`);
    history.forward();
    await waitUntil(() => heading('kutse-console-application') !== undefined);
    expect(here()).to.equal(`${LIST}/${returned?.id}?lang=et`);
  });

  it('goes to the body’s overview and back by the views’ links, each the current page when shown', async () => {
    shell = await openConsole(`${LIST}?lang=et`);
    const views = () => shell?.shadowRoot?.querySelector('nav.views') as HTMLElement;
    const view = (name: string) =>
      [...views().querySelectorAll('a')].find((a) => a.textContent?.trim() === name) as HTMLAnchorElement;
    expect(views().getAttribute('aria-label')).to.equal('Konsooli vaated');
    expect(view('Taotlused').getAttribute('aria-current')).to.equal('page');
    view('Ülevaade').click();
    await waitUntil(() => shell?.shadowRoot?.querySelector('kutse-console-dashboard') !== null);
    expect(here()).to.equal('/console/bodies/etel/dashboard?lang=et');
    expect(view('Ülevaade').getAttribute('aria-current')).to.equal('page');
    await waitUntil(() => api.to(/\/dashboard$/).length === 1);
    await waitUntil(() => document.title.startsWith('Ülevaade'));
    history.back();
    await waitUntil(() => heading('kutse-console-list')?.startsWith('Taotlused'));
  });

  it('opens a deep link to an application directly', async () => {
    const file = api.files[0];
    shell = await openConsole(`${LIST}/${file?.id}?lang=en`, { language: 'en' });
    await waitUntil(
      () =>
        heading('kutse-console-application') !== undefined &&
        !heading('kutse-console-application')?.startsWith('Loading'),
    );
    expect(shown('kutse-console-application')?.textContent).to.include('Timeline');
    expect(shown('kutse-console-application')?.querySelector('a.back')?.getAttribute('href')).to.equal(
      `${LIST}?lang=en`,
    );
  });

  it('switches between the bodies a person works for', async () => {
    shell = await openConsole(`${LIST}?lang=et`, {
      bodies: [
        { slug: 'etel', name: 'Eesti Turvaettevõtete Liit', role: 'processor' },
        { slug: 'kokad', name: 'Kokkade Liit', role: 'assessor' },
      ],
    });
    const select = shell.shadowRoot?.querySelector('select#body') as HTMLSelectElement;
    expect(shell.shadowRoot?.querySelector('label[for="body"]')?.textContent).to.equal('Kutseandja');
    expect(select.value).to.equal('etel');
    select.value = 'kokad';
    select.dispatchEvent(new Event('change'));
    // Choosing is not yet switching (arrow keys go through the list).
    expect(here()).to.equal(`${LIST}?lang=et`);
    (shell.shadowRoot?.querySelector('form.switcher') as HTMLFormElement | null)?.requestSubmit();
    await waitUntil(() => heading('kutse-console-list')?.includes('Kokkade Liit'));
    expect(here()).to.equal('/console/bodies/kokad/applications?lang=et');
    // An assessor reads: no selection column, no bulk actions.
    await waitUntil(() => (shown('kutse-console-list')?.querySelectorAll('tbody tr').length ?? 0) > 0);
    expect(shown('kutse-console-list')?.querySelector('tbody input[type="checkbox"]')).to.equal(null);
  });

  it('shows one body by its name, a skip link to the main content, and passes axe', async () => {
    shell = await openConsole(`${LIST}?lang=et`);
    await waitUntil(() => (shown('kutse-console-list')?.querySelectorAll('tbody tr').length ?? 0) === 2);
    const root = shell.shadowRoot as ShadowRoot;
    expect(root.querySelector('select#body')).to.equal(null);
    expect(root.querySelector('header')?.textContent).to.include('Eesti Turvaettevõtete Liit');
    const skip = root.querySelector('.skip') as HTMLButtonElement;
    expect(skip.textContent).to.equal('Liigu põhisisu juurde');
    skip.click();
    expect(root.activeElement?.tagName).to.equal('MAIN');
    await expect(shell).to.be.accessible();
  });

  it('says when a URL is no page of the console', async () => {
    shell = await openConsole('/console/nothing-here?lang=et');
    expect(shell.shadowRoot?.querySelector('main')?.textContent).to.include(
      'Sellist lehte konsoolis ei ole.',
    );
  });

  it('signs out with the CSRF token, and says so when it did not work', async () => {
    // Signing out that works loads the signed-out page (the e2e test follows it); here it fails.
    api.intercept = (sent) =>
      sent.path.endsWith('/logout') ? new Response(null, { status: 503 }) : undefined;
    shell = await openConsole(`${LIST}?lang=et`);
    const root = shell.shadowRoot as ShadowRoot;
    (
      [...root.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Logi välja'),
      ) as HTMLButtonElement
    ).click();
    await waitUntil(() =>
      root.querySelector('[role="alert"]')?.textContent?.includes('Väljalogimine ei õnnestunud'),
    );
    expect(api.to(/logout$/, 'POST')[0]?.headers.get('x-csrf-token')).to.equal('csrf-of-the-session');
  });
});
