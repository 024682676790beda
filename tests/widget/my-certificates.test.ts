// <kutse-my-certificates>: the holder's certificates with their status in words, publishing and
// hiding, the sealed PDF and the credential, ordering and asking, and the requests' threads — in
// both languages, by keyboard and screen reader, and accessible in every state.
import { expect, fixture, html } from '@open-wc/testing';
import '../../widget/src/my-certificates/define.ts';
import type { KutseMyCertificates } from '../../widget/src/my-certificates/my-certificates.ts';
import { loadAxe } from './fixtures/axe.ts';
import { aCertificate, fakeCertificatesApiForEachTest } from './fixtures/fake-certificates-api.ts';
import { shows, waitUntil } from './fixtures/screen.ts';

const api = fakeCertificatesApiForEachTest();

const mine = (lang = '') =>
  fixture<KutseMyCertificates>(
    html`<kutse-my-certificates body="etel" api=${api.origin} lang=${lang}></kutse-my-certificates>`,
  );
/** In a 320 px column, as on the narrowest phone WCAG 1.4.10 (reflow) asks for. */
const narrow = async (lang: string) =>
  (
    await fixture<HTMLElement>(
      html`<div style="width: 320px"><kutse-my-certificates body="etel" api=${api.origin} lang=${lang}></kutse-my-certificates></div>`,
    )
  ).firstElementChild as KutseMyCertificates;
/** Nothing inside is wider than the element: no sideways scrolling at 320 px. */
const overflowing = (el: Element) =>
  $$(el, '*')
    .filter((e) => e.getBoundingClientRect().right > el.getBoundingClientRect().right + 1)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
/** The element's shadow root, or a part inside it as it is. */
const root = (el: Element): ParentNode => el.shadowRoot ?? el;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const button = (el: Element, name: string, within: ParentNode | undefined = el.shadowRoot ?? undefined) => {
  const found = [...(within?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
    (b) => b.textContent?.replace(/\s+/g, ' ').trim() === name,
  );
  if (!found) throw new Error(`no button “${name}”`);
  return found;
};
const certificateOf = (el: Element, number: string) => {
  const found = $$(el, '[part="certificate"]').find((li) => li.textContent?.includes(number));
  if (!found) throw new Error(`no certificate ${number}`);
  return found;
};
const announced = (el: Element) => $(el, '[role="status"][aria-live="polite"]').textContent?.trim() ?? '';

describe('<kutse-my-certificates>', () => {
  before(loadAxe);

  it('asks to sign in when nobody is, keeping its place, and is accessible', async () => {
    const el = await mine();
    await shows(el, 'Oma kutsetunnistuste nägemiseks logige sisse.');
    expect(el.getBoundingClientRect().height).to.be.at.least(12 * 16 - 1);
    await expect(el).to.be.accessible();
  });

  it('lists valid and invalid certificates with their status in words, in both languages', async () => {
    await api.account.signIn();
    const el = await mine();
    await shows(el, 'Turvatöötaja, tase 3');
    expect($$(el, '[part="status"]').map((s) => s.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Olek: Kehtiv',
      'Olek: Aegunud',
    ]);
    const expired = certificateOf(el, 'ETEL-J5-0009');
    expect(expired.textContent).to.include('Duplikaati saab tellida ainult kehtivast tunnistusest.');
    expect(expired.textContent).to.include('Teie kutsetunnistus ETEL-J5-0009 on aegunud.');
    expect(expired.textContent).to.include('Eesti Turvaettevõtete Liit');
    expect(() => button(el, 'Telli duplikaat', expired)).to.throw();
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await shows(el, 'Status: Expired');
    await expect(el).to.be.accessible();
  });

  it('says when there are no certificates', async () => {
    api.certificates = [];
    await api.account.signIn();
    const el = await mine('en');
    await shows(el, 'You have no certificates in the registry.');
    await expect(el).to.be.accessible();
  });

  it('hides and publishes with a switch that says its state and announces the change', async () => {
    await api.account.signIn();
    const el = await mine();
    await shows(el, 'Turvatöötaja, tase 3');
    const toggle = () => $<HTMLButtonElement>(certificateOf(el, 'ETEL-T3-0001'), '[role="switch"]');
    expect(toggle().getAttribute('aria-checked')).to.equal('true');
    toggle().click();
    await waitUntil(() => toggle().getAttribute('aria-checked') === 'false');
    expect(api.requests('PUT', '/ETEL-T3-0001/visibility')[0]?.body).to.deep.equal({ public: false });
    await waitUntil(() => announced(el) === 'Tunnistus ETEL-T3-0001 on nüüd peidetud.');
    toggle().click();
    await waitUntil(() => toggle().getAttribute('aria-checked') === 'true');
    await waitUntil(() => announced(el) === 'Tunnistus ETEL-T3-0001 on nüüd avalik.');
    expect(api.certificates[0]?.public).to.equal(true);
  });

  it('orders a duplicate: delivery with its cost, then the amount, account and reference', async () => {
    await api.account.signIn();
    const el = await mine();
    await shows(el, 'Turvatöötaja, tase 3');
    const opener = button(el, 'Telli duplikaat', certificateOf(el, 'ETEL-T3-0001'));
    opener.click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog')?.open === true);
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.textContent).to.include('Saatmine postiga (Eesti)');
    expect(dialog.textContent?.replace(/\s+/g, ' ')).to.include('6,20 €');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, 'input[value="3"]').click();
    button(el, 'Telli', dialog).click();
    await shows(el, 'Tellimus on esitatud. Tasuge see pangaülekandega:');
    expect(api.requests('POST', '/ETEL-T3-0001/orders')[0]?.body).to.deep.equal({
      kind: 'duplicate',
      deliveryOptionId: 3,
    });
    const paying = dialog.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(paying).to.include('6,20 €');
    expect(paying).to.include('EE382200221020145685');
    expect(paying).to.include('1234 561');
    await expect(el).to.be.accessible();
    button(el, 'Sulge', dialog).click();
    await waitUntil(() => !el.shadowRoot?.querySelector('dialog'));
    expect(el.shadowRoot?.activeElement).to.equal(opener);
    expect(certificateOf(el, 'ETEL-T3-0001').textContent).to.include('Duplikaat');
  });

  it('shows the API’s refusal next to the field it names', async () => {
    api.certificates = [
      aCertificate({
        deliveryOptions: [
          {
            id: 99,
            label: 'Kuller',
            cost: { netCents: 0, vatRatePercent: 24, vatCents: 0, grossCents: 0, currency: 'EUR' },
          },
        ],
      }),
    ];
    await api.account.signIn();
    const el = await mine();
    await shows(el, 'Turvatöötaja, tase 3');
    api.certificates = [aCertificate()];
    button(el, 'Telli trükis').click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog')?.open === true);
    button(el, 'Telli', $(el, 'dialog')).click();
    await shows(el, 'Valige üks selle kutse andja kättetoimetamise viisidest.');
    expect($(el, 'fieldset').getAttribute('aria-invalid')).to.equal('true');
  });

  it('asks a question, refusing an empty one, and the thread reads and replies', async () => {
    await api.account.signIn();
    const el = await mine();
    await shows(el, 'Turvajuht, tase 5');
    button(el, 'Küsi küsimust', certificateOf(el, 'ETEL-J5-0009')).click();
    await waitUntil(() => el.shadowRoot?.querySelector('dialog')?.open === true);
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    button(el, 'Saada küsimus', dialog).click();
    await shows(el, 'Kirjutage siia midagi.');
    expect($(el, '#question').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    $<HTMLTextAreaElement>(el, '#question').value = 'Kas saan tunnistuse uuendada?';
    button(el, 'Saada küsimus', dialog).click();
    await shows(el, 'Küsimus on saadetud.');
    button(el, 'Sulge', dialog).click();
    await waitUntil(() => !el.shadowRoot?.querySelector('dialog'));

    const [request] = api.certificates[1]?.requests ?? [];
    if (!request) throw new Error('no request made');
    const thread = api.threads[request.id];
    if (!thread) throw new Error('no thread');
    api.threads[request.id] = {
      ...thread,
      messages: [
        {
          id: 'm1',
          fromOwner: false,
          author: 'Piret Põder',
          text: 'Jah, esitage taotlus.',
          sentAt: '2026-02-01T12:00:00Z',
        },
      ],
    };
    const details = $<HTMLDetailsElement>(certificateOf(el, 'ETEL-J5-0009'), 'details');
    $(details, 'summary').click();
    await shows(el, 'Jah, esitage taotlus.');
    const reply = $<HTMLTextAreaElement>(details, 'textarea');
    reply.value = 'Aitäh!';
    button(el, 'Saada', details).click();
    await waitUntil(() => details.textContent?.includes('Aitäh!'));
    expect(api.requests('POST', `/owner-requests/${request.id}/messages`)[0]?.body).to.deep.equal({
      body: 'Aitäh!',
    });
    await waitUntil(() => announced(el) === 'Sõnum on saadetud.');
    await expect(el).to.be.accessible();
  });

  it('downloads the sealed PDF with the token, and links the credential to LinkedIn', async () => {
    await api.account.signIn();
    const el = await mine('en');
    await shows(el, 'Turvatöötaja, tase 3');
    const card = certificateOf(el, 'ETEL-T3-0001');
    button(el, 'Download the sealed PDF', card).click();
    await waitUntil(() => announced(el) === 'The sealed PDF of ETEL-T3-0001 has been downloaded.');
    expect(api.requests('GET', '/ETEL-T3-0001/sealed.pdf')[0]?.authorization).to.match(/^Bearer /);
    button(el, 'Digital credential', card).click();
    await shows(el, 'Add to LinkedIn');
    const links = $$<HTMLAnchorElement>(card, '.credential a').map((a) => [a.textContent?.trim(), a.href]);
    expect(links).to.deep.equal([
      ['Credential (JSON)', 'https://kutse.example.ee/credentials/0123456789abcdef0123456789abcdef'],
      ['Add to LinkedIn', 'https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME'],
    ]);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['et', 'en']) {
    it(`fits 320 px and passes axe in every state (${lang})`, async function () {
      // Three axe runs on a two-core machine.
      this.timeout(15_000);
      await api.account.signIn();
      const el = await narrow(lang);
      await shows(el, 'Turvatöötaja, tase 3');
      await waitUntil(() => $$(el, '[part="certificate"]').length === 2);
      expect(overflowing(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      button(el, lang === 'et' ? 'Telli trükis' : 'Order a print').click();
      await waitUntil(() => el.shadowRoot?.querySelector('dialog')?.open === true);
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, 'input[value="3"]').click();
      button(el, lang === 'et' ? 'Telli' : 'Order', $(el, 'dialog')).click();
      await shows(el, lang === 'et' ? 'Viitenumber' : 'Reference number');
      expect(overflowing($(el, 'dialog'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});
