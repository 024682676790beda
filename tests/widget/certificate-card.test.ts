// <kutse-certificate-card> in Chromium, against a fake of the card route whose answers pass the
// contract (fixtures/fake-certificates-public.ts): every status in both languages, a hidden
// certificate, failures, the box it keeps while loading, axe at 320 px.

import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CertificateStatus } from '../../contract/certificates.ts';
import '../../widget/src/certificate-card/define.ts';
import type { KutseCertificateCard } from '../../widget/src/certificate-card/certificate-card.ts';
import { loadAxe } from './fixtures/axe.ts';
import {
  aCertificate,
  cardProblem,
  type FakeCards,
  fakeCards,
  hiddenCard,
  networkDown,
  publicCard,
} from './fixtures/fake-certificates-public.ts';
import { control, shows, visibleText } from './fixtures/screen.ts';

const aCard = (lang = '', number = 'ETEL-J5-0002') =>
  fixture<KutseCertificateCard>(
    html`<kutse-certificate-card certificate=${number} lang=${lang}></kutse-certificate-card>`,
  );
const base = (el: Element) => el.shadowRoot?.querySelector('[part="base"]') as HTMLElement;
const height = (el: Element) => el.getBoundingClientRect().height;

const EXPECTED: Record<'et' | 'en', Record<CertificateStatus, string>> = {
  et: {
    valid: 'Kehtiv',
    expired: 'Kehtivus lõppenud',
    revoked: 'Kehtetuks tunnistatud',
    replaced: 'Asendatud',
  },
  en: { valid: 'Valid', expired: 'Expired', revoked: 'Revoked', replaced: 'Replaced' },
};
const statuses = Object.keys(EXPECTED.et) as CertificateStatus[];

describe('<kutse-certificate-card>', () => {
  let api: FakeCards;

  // The narrowest phone the issue names: axe and the heights are checked there.
  before(async function narrowAndAxe(this: Mocha.Context) {
    await setViewport({ width: 320, height: 800 });
    await loadAxe.call(this);
  });
  after(() => setViewport({ width: 800, height: 600 }));

  beforeEach(() => {
    api = fakeCards(({ language }) => publicCard(aCertificate(language)));
  });

  afterEach(() => {
    api.restore();
  });

  for (const language of ['et', 'en'] as const) {
    for (const status of statuses) {
      it(`shows a ${status} certificate in ${language === 'et' ? 'Estonian' : 'English'}, with its symbol, and passes axe`, async () => {
        api.answer(({ language: asked }) => publicCard(aCertificate(asked, { status })));
        const el = await aCard(language);
        await shows(el, 'ETEL-J5-0002');
        const statusPart = el.shadowRoot?.querySelector('[part="status"]');
        expect(statusPart?.querySelector('svg[aria-hidden="true"]')).to.exist;
        expect(statusPart?.textContent).to.include(EXPECTED[language][status]);
        expect(base(el).classList.contains(status)).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('names holder, qualification and level, body, number, dates and links to verification (Estonian)', async () => {
    const el = await aCard();
    await shows(el, 'Turvajuht, tase 5');
    const text = visibleText(el);
    for (const said of [
      'KUTSETUNNISTUS',
      'EKR tase 5',
      'Omanik Kädi O’Connež-Šuslik',
      'Kutse andja Eesti Turvaettevõtete Liit',
      'Number ETEL-J5-0002',
      'Välja antud 24.09.2021',
      'Kehtib kuni 24.09.2026',
      'Kontrolli',
    ])
      expect(text).to.include(said);
    const link = el.shadowRoot?.querySelector<HTMLAnchorElement>('[part="verify-link"]');
    expect(link?.href).to.equal('https://kutse.example.ee/verify/ETEL-J5-0002');
    expect(api.requests[0]?.pathname).to.equal('/certificates/ETEL-J5-0002/card');
    expect(api.requests[0]?.searchParams.get('lang')).to.equal('et');
  });

  it('says "indefinite" for a certificate without an end, in either language', async () => {
    api.answer(({ language }) => publicCard(aCertificate(language, { validUntil: null })));
    const et = await aCard('et');
    await shows(et, 'Kehtib kuni tähtajatu');
    const en = await aCard('en');
    await shows(en, 'Valid until indefinite');
    expect(visibleText(en)).to.include('Issued 24 Sept 2021');
  });

  it('follows a change of language, asking the API for the names in it', async () => {
    const el = await aCard('et');
    await shows(el, 'Turvajuht, tase 5');
    el.setAttribute('lang', 'en');
    await shows(el, 'Security Manager, level 5');
    expect(api.requests.at(-1)?.searchParams.get('lang')).to.equal('en');
  });

  it('shows a certificate that is not public as such, with none of its data, and passes axe', async () => {
    api.answer(() => hiddenCard());
    const el = await aCard();
    await shows(el, 'Tunnistus ei ole avalik');
    expect(visibleText(el)).not.to.include('ETEL');
    expect(el.shadowRoot?.querySelector('[part="details"], [part="verify-link"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const en = await aCard('en');
    await shows(en, 'This certificate is not public');
    await expect(en).to.be.accessible();
  });

  it('says the network failed, and loads again on "Proovi uuesti"', async () => {
    api.answer(networkDown);
    const el = await aCard();
    await shows(el, 'Kontrollige internetiühendust');
    expect(el.shadowRoot?.querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
    api.answer(({ language }) => publicCard(aCertificate(language)));
    control(el, 'button', 'Proovi uuesti').click();
    await shows(el, 'Turvajuht, tase 5');
  });

  it('tells a fault of the service from a malformed number, which no retry can fix', async () => {
    api.answer(() => cardProblem(503));
    const down = await aCard('en');
    await shows(down, 'The service has a temporary problem');
    expect(() => control(down, 'button', 'Try again')).not.to.throw();

    api.answer(() => cardProblem(400));
    const wrong = await aCard('et', 'not a number');
    await shows(wrong, 'Tunnistuse number on vigane');
    expect(visibleText(wrong)).to.include('„not a number“ ei ole kutsetunnistuse number.');
    expect(wrong.shadowRoot?.querySelector('button')).to.equal(null);
  });

  it('keeps the same height from loading to loaded, for a certificate and a hidden one', async () => {
    const loaded: [() => Response, string][] = [
      [() => publicCard(aCertificate('et')), 'Kontrolli'],
      [hiddenCard, 'Tunnistus ei ole avalik'],
    ];
    for (const [answer, said] of loaded) {
      let arrive: (response: Response) => void = () => {};
      api.answer(() => new Promise((resolve) => (arrive = resolve)));
      const el = await aCard();
      // The card's labels in their places, none of its data yet.
      expect(visibleText(el)).to.equal(
        'Laadin tunnistust… KUTSETUNNISTUS Omanik Kutse andja Number Välja antud Kehtib kuni',
      );
      expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).to.equal('Laadin tunnistust…');
      expect(base(el).getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      const loading = height(el);
      arrive(answer());
      await shows(el, said);
      expect(base(el).getAttribute('aria-busy')).to.equal('false');
      expect(height(el)).to.be.closeTo(loading, 0.5);
    }
  });

  it('takes the host page’s colours through --kutse-* properties and exposes its parts', async () => {
    const el = await fixture<KutseCertificateCard>(
      html`<kutse-certificate-card certificate="ETEL-J5-0002" style="--kutse-color-success: rgb(1, 2, 3)"></kutse-certificate-card>`,
    );
    await shows(el, 'Kehtiv');
    const statusPart = el.shadowRoot?.querySelector('[part="status"]') as Element;
    expect(getComputedStyle(statusPart).color).to.equal('rgb(1, 2, 3)');
    for (const part of ['base', 'header', 'status', 'details', 'verify-link'])
      expect(el.shadowRoot?.querySelector(`[part="${part}"]`), part).to.exist;
  });

  it('says what is missing when the page gives no certificate number', async () => {
    const el = await fixture(html`<kutse-certificate-card></kutse-certificate-card>`);
    await shows(el, 'Vidinal puudub atribuut certificate.');
    expect(api.requests).to.have.length(0);
    const removed = await aCard();
    await shows(removed, 'Kontrolli');
    removed.removeAttribute('certificate');
    await shows(removed, 'Vidinal puudub atribuut certificate.');
  });
});
