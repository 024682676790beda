import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../widget/src/account/define.ts';
import type { PopupMessage } from '../../contract/sign-in.ts';
import type { KutseAccount, SignedInDetail, SignedOutDetail } from '../../widget/src/account/account.ts';
import { sessionFor } from '../../widget/src/shared/session.ts';
import { loadAxe } from './fixtures/axe.ts';
import { json, networkDown, problem } from './fixtures/fake-api.ts';
import { type FakeApplicationsApi, installFakeApi } from './fixtures/fake-applications-api.ts';
import { control, shows, visibleText, waitUntil } from './fixtures/screen.ts';

const person = { givenName: 'Märt-Ärni', familyName: 'Žukov-O’Neill' };
const fullName = 'Märt-Ärni Žukov-O’Neill';
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
/** What the popup posts on success: the API's own type, so a message it could not send fails here. */
const loginMessage = (
  token = 'token-1',
  expiresAt = inMinutes(10),
): Extract<PopupMessage, { type: 'kutse:login' }> => ({
  type: 'kutse:login',
  token,
  expiresAt,
  person,
});

/** SHA-256, base64url, as the widget hashes its handoff secret. */
async function sha256(text: string) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

describe('<kutse-account>', () => {
  let fake: FakeApplicationsApi;

  before(loadAxe);
  /** The fake API's origin: the element's `api`. */
  let api: string;
  let opened: string[][];
  /** Puts back window.setTimeout and clearTimeout where a test watched them. */
  let restoreTimers: (() => void) | undefined;

  const sentTo = (path: string) => fake.sent.filter((request) => request.path === path);

  /** What the popup's last page posts to its opener, from `origin` and `source`. */
  const post = (data: unknown, origin = api, source: Window = fake.popup) => fake.post(data, origin, source);

  const account = () => fixture<KutseAccount>(html`<kutse-account body="etel" api=${api}></kutse-account>`);

  const signInWithMessage = async (el: KutseAccount, message = loginMessage()) => {
    control(el, 'button', 'Logi sisse').click();
    await shows(el, 'Sisselogimine käib hüpikaknas…');
    post(message);
    await shows(el, `${message.person.givenName} ${message.person.familyName}`);
  };

  beforeEach(async () => {
    // A new API origin per test is a new session: nothing carries over from the previous test.
    fake = await installFakeApi({ person });
    api = fake.origin;
    opened = fake.opened;
  });

  afterEach(async () => {
    restoreTimers?.();
    restoreTimers = undefined;
    // Stops this test's timers (refresh, polling) before the next test's stubs take over.
    await fake.restore();
  });

  it('offers to sign in, accessibly', async () => {
    const el = await account();
    await shows(el, 'Logi sisse');
    expect(control(el, 'button', 'Logi sisse').getAttribute('part')).to.equal('button');
    await expect(el).to.be.accessible();
  });

  it('opens the API’s sign-in page in a popup, with a fresh handoff secret', async () => {
    const el = await account();
    await shows(el, 'Logi sisse');
    control(el, 'button', 'Logi sisse').click();
    expect(opened).to.have.length(1);
    const [url, name, features] = opened[0] ?? [];
    expect(name).to.equal('kutse-login');
    expect(features).to.equal('popup,width=480,height=720');
    const start = new URL(url ?? '');
    expect(start.origin + start.pathname).to.equal(`${api}/auth/widget/start`);
    expect(start.searchParams.get('body')).to.equal('etel');
    expect(start.searchParams.get('origin')).to.equal(location.origin);
    expect(start.searchParams.get('lang')).to.equal('et');
    expect(url).to.include(`origin=${encodeURIComponent(location.origin)}`);
    expect(start.searchParams.get('handoff')).to.match(/^[A-Za-z0-9_-]{43}$/);

    await shows(el, 'Sisselogimine käib hüpikaknas…');
    expect(control(el, 'button', 'Katkesta')).to.exist;
    await expect(el).to.be.accessible();

    control(el, 'button', 'Katkesta').click();
    await shows(el, 'Sisselogimine katkestati.');
    control(el, 'button', 'Logi sisse').click();
    const second = new URL(opened[1]?.[0] ?? '').searchParams.get('handoff');
    expect(second).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.to.equal(start.searchParams.get('handoff'));
  });

  it('signs in when the popup posts the token, and shows the name as given', async () => {
    const el = await account();
    await shows(el, 'Logi sisse');
    const button = control(el, 'button', 'Logi sisse');
    button.focus();
    button.click();
    await shows(el, 'Sisselogimine käib hüpikaknas…');
    const signedIn = oneEvent(el, 'kutse-signed-in');
    post(loginMessage());
    const event = (await signedIn) as CustomEvent<SignedInDetail>;
    expect(event.detail.person).to.deep.equal(person);
    expect(event.bubbles && event.composed).to.equal(true);
    await shows(el, `Sisse logitud: ${fullName}`);
    expect(visibleText(el, 'status')).to.equal(`Sisse logitud: ${fullName}`);
    expect(sessionFor(api).token()).to.equal('token-1');
    // One button all along: keyboard focus stayed on it from "Logi sisse" to "Logi välja".
    expect(el.shadowRoot?.activeElement).to.equal(control(el, 'button', 'Logi välja'));
    expect(el.shadowRoot?.querySelector('[part="status"]')?.getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
  });

  it('ignores messages from another origin, another window or of another shape', async () => {
    const el = await account();
    await shows(el, 'Logi sisse');
    control(el, 'button', 'Logi sisse').click();
    await shows(el, 'Sisselogimine käib hüpikaknas…');

    post(loginMessage('from-the-host-page'), location.origin);
    post(loginMessage('from-a-look-alike'), `${api}.evil.example`);
    post(loginMessage('from-another-frame'), api, fake.aWindow());
    post(loginMessage('from-this-window'), api, window);
    post({ ...loginMessage('without-a-person'), person: undefined });
    post({ ...loginMessage('bad-expiry'), expiresAt: 'soon' });
    post({ type: 'kutse:login-error' });
    post('kutse:login');
    // dispatchEvent runs the widget's listener before it returns: each message has been judged.
    await el.updateComplete;
    expect(visibleText(el)).to.include('Sisselogimine käib hüpikaknas…');
    expect(sessionFor(api).token()).to.equal(undefined);

    post(loginMessage('the-real-one'));
    await shows(el, fullName);
    expect(sessionFor(api).token()).to.equal('the-real-one');
  });

  it('collects the token through the handoff when no message comes (202, then 200)', async function () {
    this.timeout(8000);
    // The polls' 1 s timers that are still to run: none once signed in means polling has stopped,
    // seen without waiting a poll's interval to find that no request came.
    const pollsDue = new Set<number>();
    const realSetTimeout = window.setTimeout;
    const realClearTimeout = window.clearTimeout;
    window.setTimeout = ((callback: () => void, delay?: number, ...rest: unknown[]) => {
      if (delay !== 1_000) return realSetTimeout(callback, delay, ...rest);
      const id = realSetTimeout(() => {
        pollsDue.delete(id);
        callback();
      }, delay);
      pollsDue.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) pollsDue.delete(id);
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
    restoreTimers = () => {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    };
    let polls = 0;
    fake.on('POST', /\/handoff$/, () => {
      polls += 1;
      return polls === 1 ? json({ status: 'pending' }, 202) : json(fake.grant('token-by-handoff'));
    });
    const el = await account();
    await shows(el, 'Logi sisse');
    control(el, 'button', 'Logi sisse').click();
    const inUrl = new URL(opened[0]?.[0] ?? '').searchParams.get('handoff');

    await waitUntil(() => visibleText(el).includes(fullName), 'never signed in', { timeout: 4000 });
    expect(sessionFor(api).token()).to.equal('token-by-handoff');
    const requests = sentTo('/auth/widget/handoff');
    expect(requests).to.have.length(2);
    for (const request of requests) {
      expect(request.method).to.equal('POST');
      // The page posts the secret; the popup's URL carried only its SHA-256.
      const { handoff } = request.body as { handoff: string };
      expect(handoff).to.match(/^[A-Za-z0-9_-]{43}$/);
      expect(await sha256(handoff)).to.equal(inUrl);
    }
    // Polling has stopped: no poll is left to run.
    expect(pollsDue.size).to.equal(0);
    expect(sentTo('/auth/widget/handoff')).to.have.length(2);
  });

  it('stops waiting when the API no longer knows the attempt (410)', async function () {
    this.timeout(6000);
    fake.on('POST', /\/handoff$/, () => problem(410, 'Gone', 'This sign-in is unknown.'));
    const el = await account();
    await shows(el, 'Logi sisse');
    control(el, 'button', 'Logi sisse').click();
    await waitUntil(() => visibleText(el).includes('Sisselogimine jäi pooleli või aegus.'), 'no error', {
      timeout: 3000,
    });
    expect(control(el, 'button', 'Logi sisse')).to.exist;
  });

  it('says why when the popup reports a failure', async () => {
    const el = await account();
    await shows(el, 'Logi sisse');
    control(el, 'button', 'Logi sisse').click();
    await shows(el, 'Sisselogimine käib hüpikaknas…');
    // What the API's popup posts on a website the body did not register.
    const notAllowed: PopupMessage = { type: 'kutse:login-error', error: 'origin_not_allowed' };
    post(notAllowed);
    await shows(el, 'kutse andja pole seda lehte Kutses registreerinud');
    expect(control(el, 'button', 'Logi sisse')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('asks to allow popups when the browser blocked the popup', async () => {
    fake.popupBlocked = true;
    const el = await account();
    await shows(el, 'Logi sisse');
    control(el, 'button', 'Logi sisse').click();
    await shows(el, 'Lubage selle saidi hüpikaknad ja proovige uuesti.');
    expect(control(el, 'button', 'Logi sisse')).to.exist;
    expect(sentTo('/auth/widget/handoff')).to.have.length(0);
  });

  it('signs out with the token, and forgets it even when the request fails', async () => {
    fake.on('POST', /\/logout$/, () => networkDown(new URL('/auth/widget/logout', api)));
    const el = await account();
    await shows(el, 'Logi sisse');
    await signInWithMessage(el);

    const signedOut = oneEvent(el, 'kutse-signed-out');
    control(el, 'button', 'Logi välja').click();
    expect(((await signedOut) as CustomEvent<SignedOutDetail>).detail.reason).to.equal('signed-out');
    await shows(el, 'Olete välja logitud.');
    expect(control(el, 'button', 'Logi sisse')).to.exist;
    expect(sessionFor(api).token()).to.equal(undefined);
    await waitUntil(() => sentTo('/auth/widget/logout').length === 1);
    const [logout] = sentTo('/auth/widget/logout');
    expect(logout?.method).to.equal('POST');
    expect(logout?.headers.get('authorization')).to.equal('Bearer token-1');
  });

  it('renews the token a minute before it expires', async function () {
    this.timeout(6000);
    const el = await account();
    await shows(el, 'Logi sisse');
    // Expires in 61 s: the refresh is due in a second.
    await signInWithMessage(el, loginMessage('token-1', new Date(Date.now() + 61_000).toISOString()));
    expect(sentTo('/auth/widget/refresh')).to.have.length(0);

    await waitUntil(() => sessionFor(api).token() === 'token-2', 'never refreshed', { timeout: 3000 });
    const [refresh] = sentTo('/auth/widget/refresh');
    expect(refresh?.method).to.equal('POST');
    expect(refresh?.headers.get('authorization')).to.equal('Bearer token-1');
    expect(visibleText(el)).to.include(fullName);
  });

  it('says the session has ended when the API refuses to renew it (401)', async function () {
    this.timeout(6000);
    fake.on('POST', /\/refresh$/, () => problem(401, 'Unauthorized', 'The session has ended.'));
    const el = await account();
    await shows(el, 'Logi sisse');
    await signInWithMessage(el, loginMessage('token-1', new Date(Date.now() + 61_000).toISOString()));

    const signedOut = oneEvent(el, 'kutse-signed-out');
    expect(((await signedOut) as CustomEvent<SignedOutDetail>).detail.reason).to.equal('expired');
    await shows(el, 'Teie seanss on lõppenud — logige uuesti sisse.');
    expect(sessionFor(api).token()).to.equal(undefined);
    expect(control(el, 'button', 'Logi sisse')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en", and asks for the English sign-in page', async () => {
    const el = await fixture<KutseAccount>(
      html`<kutse-account lang="en" body="etel" api=${api}></kutse-account>`,
    );
    await shows(el, 'Sign in');
    control(el, 'button', 'Sign in').click();
    expect(new URL(opened[0]?.[0] ?? '').searchParams.get('lang')).to.equal('en');
    await shows(el, 'Signing in in the pop-up window…');
    expect(control(el, 'button', 'Cancel')).to.exist;
    post(loginMessage());
    await shows(el, `Signed in as ${fullName}`);
    control(el, 'button', 'Sign out').click();
    await shows(el, 'You have signed out.');
  });

  it('follows the page’s language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><kutse-account body="etel" api=${api}></kutse-account></div>`,
    );
    const el = wrapper.querySelector('kutse-account') as KutseAccount;
    await shows(el, 'Sign in');
    wrapper.lang = 'et';
    await shows(el, 'Logi sisse');
  });

  it('shares one session between the elements of a page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <kutse-account body="etel" api=${api}></kutse-account>
        <kutse-account body="etel" api=${api} lang="en"></kutse-account>
      </div>
    `);
    const [first, second] = [...wrapper.querySelectorAll('kutse-account')] as [KutseAccount, KutseAccount];
    await shows(first, 'Logi sisse');
    await shows(second, 'Sign in');

    control(first, 'button', 'Logi sisse').click();
    await shows(second, 'Signing in in the pop-up window…');
    post(loginMessage());
    await shows(first, `Sisse logitud: ${fullName}`);
    await shows(second, `Signed in as ${fullName}`);
    expect(opened).to.have.length(1);

    // An element added later finds the person already signed in, without an event of its own.
    let lateEvents = 0;
    const late = document.createElement('kutse-account');
    late.setAttribute('body', 'etel');
    late.setAttribute('api', api);
    late.addEventListener('kutse-signed-in', () => lateEvents++);
    wrapper.append(late);
    await shows(late, fullName);
    expect(lateEvents).to.equal(0);

    control(second, 'button', 'Sign out').click();
    await shows(first, 'Olete välja logitud.');
    await shows(late, 'Olete välja logitud.');
    expect(sentTo('/auth/widget/logout')).to.have.length(1);
  });

  it('fits a 320 px wide screen with a long name', async () => {
    const el = await account();
    el.style.width = '320px';
    await shows(el, 'Logi sisse');
    await signInWithMessage(el, {
      ...loginMessage(),
      person: { givenName: 'Maria-Ülle-Õnnela', familyName: 'Žukovskaja-O’Neill-Tšaikovskaja-Pärtelpoeg' },
    });
    const width = el.getBoundingClientRect().right;
    for (const part of ['status', 'button']) {
      const box = el.shadowRoot?.querySelector(`[part="${part}"]`)?.getBoundingClientRect();
      expect(box?.right, part).to.be.at.most(width + 0.5);
    }
  });

  it('talks to the API the widget came from when no api attribute is given', async () => {
    const el = await fixture<KutseAccount>(html`<kutse-account body="etel"></kutse-account>`);
    await shows(el, 'Logi sisse');
    control(el, 'button', 'Logi sisse').click();
    sessionFor().cancel();
    expect(opened[0]?.[0]).to.match(new RegExp(`^${location.origin}/auth/widget/start\\?`));
  });

  it('explains a missing body attribute instead of offering a sign-in that cannot work', async () => {
    const el = await fixture<KutseAccount>(html`<kutse-account api=${api}></kutse-account>`);
    await shows(el, 'Vidinal puudub atribuut body.');
    expect(el.shadowRoot?.querySelector('button')).to.equal(null);
  });
});
