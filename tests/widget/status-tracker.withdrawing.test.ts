// <kutse-status-tracker> withdrawing an application: asked in place, the reason sent, the page
// told; nothing sent when cancelled or refused, and not offered where it cannot be done.
import { expect, oneEvent } from '@open-wc/testing';
import type { ApplicationWithdrawnDetail } from '../../widget/src/status-tracker/status-tracker.ts';
import { aSubmittedApplication } from './fixtures/applications.ts';
import { loadAxe } from './fixtures/axe.ts';
import { problem } from './fixtures/fake-api.ts';
import { fakeApiForEachTest } from './fixtures/fake-applications-api.ts';
import { control, shows, waitUntil } from './fixtures/screen.ts';
import {
  $,
  $$,
  announced,
  badge,
  ids,
  list,
  sentTo,
  text,
  tracker,
  trackerApi,
} from './status-tracker.fixtures.ts';

describe('<kutse-status-tracker> withdrawing', () => {
  const api = fakeApiForEachTest(trackerApi);
  const withdraw = `${list}/${ids.submitted}/withdraw`;

  before(loadAxe);

  /** Signed in, the tracker on the page, the confirmation asked for. */
  const confirming = async (lang = '') => {
    await api.signIn();
    const el = await tracker(api, lang);
    await shows(el, lang === 'en' ? 'Security Manager, Level 5' : 'Turvajuht, tase 5');
    control(el, 'button', lang === 'en' ? 'Withdraw application' : 'Võta taotlus tagasi').click();
    await shows(el, lang === 'en' ? 'Withdraw this application?' : 'Kas võtta taotlus tagasi?');
    return el;
  };

  it('asks in place, sends the reason, updates the state and tells the page', async () => {
    const el = await confirming();
    const reason = $<HTMLTextAreaElement>(el, '[part="withdraw"] textarea');
    expect(el.shadowRoot?.activeElement).to.equal(reason);
    expect($(el, '[part="withdraw"]').getAttribute('role')).to.equal('group');
    await expect(el).to.be.accessible();

    reason.value = 'Leidsin teise töö.';
    reason.dispatchEvent(new Event('input'));
    const withdrawn = oneEvent(el, 'kutse-application-withdrawn');
    control(el, 'button', 'Võta tagasi').click();
    const event = (await withdrawn) as CustomEvent<ApplicationWithdrawnDetail>;
    expect(event.detail).to.deep.equal({ id: ids.submitted });
    expect(event.bubbles && event.composed).to.equal(true);

    const [post] = sentTo(api, 'POST', withdraw);
    expect(post?.body).to.deep.equal({ reason: 'Leidsin teise töö.' });
    expect(post?.headers.get('authorization')).to.equal('Bearer token-1');
    await waitUntil(() => badge(el) === 'Olek: Tagasi võetud');
    expect(text($$(el, '[part="timeline"] li').at(-1) as HTMLElement)).to.include('Leidsin teise töö.');
    expect($$(el, '[part="withdraw"], [part="withdraw-button"]')).to.have.length(0);
    await waitUntil(() => announced(el) === 'Taotlus on tagasi võetud.');
    expect(el.shadowRoot?.activeElement).to.equal($(el, 'h2'));
  });

  it('sends nothing when cancelled, and returns focus to the button', async () => {
    const el = await confirming();
    control(el, 'button', 'Katkesta').click();
    await waitUntil(() => $$(el, '[part="withdraw"]').length === 0);
    expect(el.shadowRoot?.activeElement).to.equal(control(el, 'button', 'Võta taotlus tagasi'));
    expect(sentTo(api, 'POST', withdraw)).to.have.length(0);
    expect(badge(el)).to.equal('Olek: Esitatud');
  });

  it('is accessible in English, and Escape cancels', async () => {
    const el = await confirming('en');
    expect(control(el, 'button', 'Withdraw')).to.exist;
    await expect(el).to.be.accessible();
    $(el, '[part="withdraw"] textarea').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await waitUntil(() => $$(el, '[part="withdraw"]').length === 0);
    expect(sentTo(api, 'POST', withdraw)).to.have.length(0);
  });

  it('keeps the confirmation and the reason when the API refuses', async () => {
    api.on('POST', /\/withdraw$/, () => problem(409, 'Conflict', 'Hinnatud taotlust ei saa tagasi võtta.'));
    const el = await confirming();
    const reason = $<HTMLTextAreaElement>(el, '[part="withdraw"] textarea');
    reason.value = 'Muu põhjus';
    reason.dispatchEvent(new Event('input'));
    control(el, 'button', 'Võta tagasi').click();
    await shows(el, 'Taotlust ei õnnestunud tagasi võtta. Hinnatud taotlust ei saa tagasi võtta.');
    expect($<HTMLTextAreaElement>(el, '[part="withdraw"] textarea').value).to.equal('Muu põhjus');
    expect(badge(el)).to.equal('Olek: Esitatud');
  });

  it('is not offered when the application cannot be withdrawn', async () => {
    api.applications = [aSubmittedApplication('et', { state: 'granted', canWithdraw: false })];
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Kutse antud');
    expect($$(el, '[part="withdraw-button"]')).to.have.length(0);
  });
});
