// <kutse-status-tracker> before anyone is signed in: it explains, offers the sign-in, shows the
// list once signed in here or elsewhere on the page, and asks again when the token is refused.
import { expect } from '@open-wc/testing';
import { sessionFor } from '../../widget/src/shared/session.ts';
import { loadAxe } from './fixtures/axe.ts';
import { problem } from './fixtures/fake-api.ts';
import { fakeApiForEachTest } from './fixtures/fake-applications-api.ts';
import { control, shows, visibleText } from './fixtures/screen.ts';
import { list, sentTo, tracker, trackerApi } from './status-tracker.fixtures.ts';

describe('<kutse-status-tracker> signed out', () => {
  const api = fakeApiForEachTest(trackerApi);

  before(loadAxe);

  it('explains and offers to sign in, in Estonian', async () => {
    const el = await tracker(api);
    await shows(el, 'Oma taotluste ja nende käigu nägemiseks logige sisse.');
    await expect(el).to.be.accessible();
    control(el, 'button', 'Logi sisse').click();
    // Synchronously, inside the click: a popup opened later is blocked.
    expect(api.opened).to.have.length(1);
    expect(sessionFor(api.origin).state.status).to.equal('signing-in');
    await shows(el, 'Sisselogimine käib hüpikaknas…');
    api.completeSignIn();
    await shows(el, 'Turvajuht, tase 5');
    expect(sentTo(api, 'GET', list)).to.have.length(1);
  });

  it('explains and offers to sign in, in English', async () => {
    const el = await tracker(api, 'en');
    await shows(el, 'Sign in to see your applications');
    expect(control(el, 'button', 'Sign in')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the list as soon as the person signs in elsewhere on the page, with the token', async () => {
    const el = await tracker(api);
    await shows(el, 'Logi sisse');
    await api.signIn();
    await shows(el, 'Turvajuht, tase 5');
    const [request] = sentTo(api, 'GET', list);
    expect(request?.headers.get('authorization')).to.equal('Bearer token-1');
    expect(request?.query.get('lang')).to.equal('et');
    expect(request?.headers.get('if-none-match')).to.equal(null);
  });

  it('asks to sign in again when the API no longer accepts the token, and forgets the list', async () => {
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Turvajuht, tase 5');
    api.on('GET', /\/applications$/, () => problem(401, 'Unauthorized', 'The token has expired.'));
    document.dispatchEvent(new Event('visibilitychange'));
    await shows(el, 'Teie seanss on lõppenud — oma taotluste nägemiseks logige uuesti sisse.');
    expect(visibleText(el)).not.to.include('Turvajuht');
    expect(control(el, 'button', 'Logi sisse')).to.exist;
    await expect(el).to.be.accessible();
  });
});
