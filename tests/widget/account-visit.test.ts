// A sign-in lasts the visit: the next page of the body's website (same tab) takes it up without a
// popup, a sign-out on any page signs out the others, 30 minutes without a key or pointer on the
// page end it, and a website the body did not register is told so at once. The popup's messages
// here are the API's own type (contract/sign-in.ts): a fixture the API could not send fails
// to type-check.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../widget/src/account/define.ts';
import type { PopupMessage } from '../../contract/sign-in.ts';
import type { KutseAccount, SignedOutDetail } from '../../widget/src/account/account.ts';
import { sessionFor } from '../../widget/src/shared/session.ts';
import { keepSignIn, readSignIn } from '../../widget/src/shared/session-store.ts';
import { loadAxe } from './fixtures/axe.ts';
import { type FakeApplicationsApi, installFakeApi, type Sent } from './fixtures/fake-applications-api.ts';
import { installFakeClock } from './fixtures/fake-clock.ts';
import { control, shows, visibleText, waitUntil } from './fixtures/screen.ts';

const person = { givenName: 'Õie-Ülle', familyName: 'Šmidt-Žukova' };
const fullName = 'Õie-Ülle Šmidt-Žukova';
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const loginMessage = (token = 'token-1', expiresAt = inMinutes(10)): PopupMessage => ({
  type: 'kutse:login',
  token,
  expiresAt,
  person,
});

describe('<kutse-account> over a visit', () => {
  let fake: FakeApplicationsApi;

  before(loadAxe);
  /** The fake API's origin: the element's `api`. */
  let api: string;

  /** A visible same-origin frame, removed with the fake. */
  const frame = () => {
    const realm = fake.aWindow();
    (realm.frameElement as HTMLIFrameElement).hidden = false;
    return realm;
  };

  const sentTo = (path: string) => fake.sent.filter((request) => request.path === path);
  const authorization = (request: Sent) => request.headers.get('authorization');

  const post = (data: PopupMessage, source: Window = fake.popup) => fake.post(data, api, source);

  const account = () => fixture<KutseAccount>(html`<kutse-account body="etel" api=${api}></kutse-account>`);

  const signInWithMessage = async (el: KutseAccount, message = loginMessage()) => {
    control(el, 'button', 'Logi sisse').click();
    await shows(el, 'Sisselogimine käib hüpikaknas…');
    post(message);
    await shows(el, `Sisse logitud: ${fullName}`);
  };

  /**
   * The next page of the visit in this tab: a same-origin frame that loads the widget anew (its
   * own modules, so nothing shared in memory) and shares this page's sessionStorage, as the next
   * page of the same tab does. It talks to the same fake API.
   */
  const nextPage = async (): Promise<KutseAccount> => {
    const realm = frame() as Window & { eval(code: string): unknown };
    realm.fetch = window.fetch;
    await realm.eval(`import('/widget/src/account/define.ts')`);
    const document = realm.document;
    const el = document.createElement('kutse-account') as KutseAccount;
    el.setAttribute('body', 'etel');
    el.setAttribute('api', api);
    document.body.append(el);
    await el.updateComplete;
    return el;
  };

  beforeEach(async () => {
    fake = await installFakeApi({ person });
    api = fake.origin;
  });

  afterEach(async () => {
    await fake.restore();
  });

  it('keeps the sign-in for the next page of the tab, and a sign-out there signs out here', async () => {
    const el = await account();
    await shows(el, 'Logi sisse');
    await signInWithMessage(el);

    const next = await nextPage();
    await shows(next, `Sisse logitud: ${fullName}`);
    expect(fake.opened).to.have.length(1); // no second popup

    const signedOut = oneEvent(el, 'kutse-signed-out');
    control(next, 'button', 'Logi välja').click();
    await shows(next, 'Olete välja logitud.');
    // This page heard it from the other one, and says so as if signed out here.
    expect(((await signedOut) as CustomEvent<SignedOutDetail>).detail.reason).to.equal('signed-out');
    await shows(el, 'Olete välja logitud.');
    expect(sessionFor(api).token()).to.equal(undefined);
    await waitUntil(() => sentTo('/auth/widget/logout').length > 0, 'the API was not told');
    for (const logout of sentTo('/auth/widget/logout'))
      expect(authorization(logout)).to.equal('Bearer token-1');

    // Nothing is kept: the page after finds nobody signed in.
    expect(readSignIn(api, 'etel')).to.equal(undefined);
    await shows(await nextPage(), 'Logi sisse');
  });

  it('takes up a kept sign-in only for its body, while its token holds and the person was active', async () => {
    const grant = { token: 'kept-token', expiresAt: inMinutes(5), person };
    const lastActivity = Date.now() - 60_000;

    keepSignIn(api, 'another-body', { ...grant, lastActivity });
    await shows(await nextPage(), 'Logi sisse');

    keepSignIn(api, 'etel', { ...grant, expiresAt: inMinutes(-1), lastActivity });
    await shows(await nextPage(), 'Logi sisse');
    expect(readSignIn(api, 'etel')).to.equal(undefined); // and forgotten

    keepSignIn(api, 'etel', { ...grant, lastActivity: Date.now() - 31 * 60_000 });
    await shows(await nextPage(), 'Logi sisse');
    expect(readSignIn(api, 'etel')).to.equal(undefined);

    keepSignIn(api, 'etel', {
      ...grant,
      expiresAt: new Date(Date.now() + 61_000).toISOString(),
      lastActivity,
    });
    const next = await nextPage();
    await shows(next, `Sisse logitud: ${fullName}`);
    // Renewed as ever, a minute before it expires, and the new token kept for the page after.
    await waitUntil(() => readSignIn(api, 'etel')?.token === 'token-2', 'never renewed', { timeout: 3000 });
    expect(authorization(sentTo('/auth/widget/refresh')[0] as Sent)).to.equal('Bearer kept-token');
    expect(sentTo('/auth/widget/start')).to.have.length(0);
    expect(fake.opened).to.have.length(0);
  });

  it('signs out after 30 minutes without a key or pointer on the page, and says so', async () => {
    const clock = installFakeClock();
    try {
      const el = await account();
      await clock.until(() => visibleText(el).includes('Logi sisse'), 'the sign-in button');
      control(el, 'button', 'Logi sisse').click();
      post(loginMessage());
      await el.updateComplete;
      expect(visibleText(el)).to.include(`Sisse logitud: ${fullName}`);

      // 20 minutes on, the person presses a key: the refreshes report how long they had been idle.
      await clock.advance(20 * 60_000);
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
      await clock.advance(9 * 60_000);
      const idleReported = sentTo('/auth/widget/refresh').map(
        (r) => (r.body as { idleSeconds: number }).idleSeconds,
      );
      expect(idleReported).to.deep.equal([9 * 60, 18 * 60, 7 * 60]);

      // 29 minutes after that key: still signed in.
      await clock.advance(20 * 60_000);
      await el.updateComplete;
      expect(visibleText(el)).to.include(fullName);

      const signedOut = oneEvent(el, 'kutse-signed-out');
      await clock.advance(61_000);
      expect(((await signedOut) as CustomEvent<SignedOutDetail>).detail.reason).to.equal('expired');
      await el.updateComplete;
      expect(visibleText(el, 'status')).to.equal(
        'Teid logiti välja, sest lehel ei tehtud 30 minutit midagi. Logige uuesti sisse.',
      );
      expect(control(el, 'button', 'Logi sisse')).to.exist;
      expect(sessionFor(api).token()).to.equal(undefined);
      expect(readSignIn(api, 'etel')).to.equal(undefined);
      // Ended on the server too, with the last token.
      expect(sentTo('/auth/widget/logout').map(authorization)).to.deep.equal([
        `Bearer token-${fake.refreshes + 1}`,
      ]);
      // No refresh after the end.
      const refreshed = sentTo('/auth/widget/refresh').length;
      await clock.advance(20 * 60_000);
      expect(sentTo('/auth/widget/refresh')).to.have.length(refreshed);
    } finally {
      clock.uninstall();
    }
  });

  it('says the idle sign-out in English too', async () => {
    const clock = installFakeClock();
    try {
      const el = await fixture<KutseAccount>(
        html`<kutse-account lang="en" body="etel" api=${api}></kutse-account>`,
      );
      // The English words arrive as a chunk of their own, over the (real) network.
      await clock.until(() => visibleText(el).includes('Sign in'), 'the English words');
      control(el, 'button', 'Sign in').click();
      post(loginMessage());
      await clock.advance(31 * 60_000);
      await el.updateComplete;
      expect(visibleText(el, 'status')).to.equal(
        'You were signed out after 30 minutes without doing anything on the page. Sign in again.',
      );
    } finally {
      clock.uninstall();
    }
  });

  it('says at once that this website may not sign in, but only when its own popup says so', async () => {
    const el = await account();
    await shows(el, 'Logi sisse');
    control(el, 'button', 'Logi sisse').click();
    await shows(el, 'Sisselogimine käib hüpikaknas…');
    const notAllowed: PopupMessage = { type: 'kutse:login-error', error: 'origin_not_allowed' };

    // Another window of the API's (not the popup this page opened) cannot end the attempt.
    post(notAllowed, fake.aWindow());
    await el.updateComplete;
    expect(visibleText(el)).to.include('Sisselogimine käib hüpikaknas…');

    post(notAllowed);
    await shows(
      el,
      'Sellel veebilehel ei saa sisse logida: kutse andja pole seda lehte Kutses registreerinud.',
    );
    expect(control(el, 'button', 'Logi sisse')).to.exist;
    await expect(el).to.be.accessible();
  });
});
