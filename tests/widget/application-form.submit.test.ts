// <kutse-application-form>, the last steps: payment and invoice, the certificate, the review with
// what is missing, submitting once, and a session that ends midway.
import { expect, oneEvent } from '@open-wc/testing';
import type { ApplicationView } from '../../contract/applications.ts';
import type { ApplicationSubmittedDetail } from '../../widget/src/application-form/application-form.ts';
import { $, $$, aForm, choose, onStep, press, type } from './application-form.fixtures.ts';
import { aDocumentView, anApplication } from './fixtures/applications.ts';
import { loadAxe } from './fixtures/axe.ts';
import { json, problem } from './fixtures/fake-api.ts';
import { fakeApiForEachTest } from './fixtures/fake-applications-api.ts';
import { visibleText, waitUntil } from './fixtures/screen.ts';

/** A draft with everything answered, apart from what `missing` says. */
const aCompleteDraft = (overrides: Partial<ApplicationView> = {}): ApplicationView => {
  const application = anApplication();
  return anApplication('et', {
    prerequisites: application.prerequisites.map((p) => ({ ...p, confirmed: true })),
    examSession: { id: 1, startsAt: '2026-03-12T10:00:00+02:00', place: 'Tallinn, Pärnu mnt 67' },
    documents: [
      aDocumentView(),
      aDocumentView({ id: crypto.randomUUID(), type: 'criminal-record-extract', fileName: 'tõend.pdf' }),
      aDocumentView({
        id: crypto.randomUUID(),
        type: 'identity-document',
        fileName: 'pass.pdf',
        variant: 'passport',
      }),
      aDocumentView({ id: crypto.randomUUID(), type: 'payment-order', fileName: 'makse.pdf' }),
    ],
    delivery: 'none',
    publicConsent: true,
    ...overrides,
  });
};

describe('<kutse-application-form>: payment, certificate, review and submitting', () => {
  const api = fakeApiForEachTest();

  before(loadAxe);

  /** Signed in with a draft whose first incomplete step is `step` (by a missing field of it). */
  const resumedAt = async (field: string, overrides: Partial<ApplicationView> = {}) => {
    api.applications = [aCompleteDraft({ missing: [{ field, detail: `Puudu: ${field}` }], ...overrides })];
    api.signInBeforehand();
    return aForm(api);
  };

  it('shows how to pay, each value with a copy button, and the payment order’s upload', async () => {
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      const el = await resumedAt('invoice.payerName');
      await onStep(el, 'Tasumine');
      const text = visibleText(el);
      for (const shown of [
        'Eesti Turvaettevõtete Liit',
        'EE552200001120063926',
        'Swedbank',
        '31,00 €',
        '1213 1295 2',
        // The text to pay with, and the body's instruction it follows beside it.
        'Turvajuht, tase 5 – Mari Maasikas',
        'Selgitusse lisada taotletav kutsekvalifikatsioon ja taotleja nimi.',
      ])
        expect(text).to.include(shown);
      expect($(el, '[data-document="payment-order"]').textContent).to.include('makse.pdf');
      const copyReference = $$<HTMLButtonElement>(el, 'dl.payment button').find(
        (button) => button.getAttribute('aria-label') === 'Kopeeri: Viitenumber',
      );
      copyReference?.click();
      await waitUntil(() => visibleText(el).includes('Viitenumber on kopeeritud.'));
      const copyExplanation = $$<HTMLButtonElement>(el, 'dl.payment button').find(
        (button) => button.getAttribute('aria-label') === 'Kopeeri: Selgitus',
      );
      copyExplanation?.click();
      await waitUntil(() => visibleText(el).includes('Selgitus on kopeeritud.'));
      expect(copied).to.deep.equal(['121312952', 'Turvajuht, tase 5 – Mari Maasikas']);
    } finally {
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('checks invoice details beside each field, saves them when valid, and forgets them when unticked', async () => {
    const el = await resumedAt('invoice.payerName');
    await onStep(el, 'Tasumine');
    await choose(el, 'wantsInvoice');
    expect(api.requests('PATCH')).to.have.length(0);
    await type($<HTMLInputElement>(el, 'input[name="registryCode"]'), '1234');
    await type($<HTMLInputElement>(el, 'input[name="invoiceEmail"]'), 'raamatupidamine');
    await press(el, 'next');
    await onStep(el, 'Tasumine');
    const summary = $(el, '[part="error-summary"]').textContent ?? '';
    expect(summary).to.include('Sisestage maksja nimi.');
    expect(summary).to.include('Registrikood on 8 numbrit.');
    expect(summary).to.include('Sisestage e-posti aadress');
    const registryCode = $<HTMLInputElement>(el, 'input[name="registryCode"]');
    expect(registryCode.getAttribute('aria-invalid')).to.equal('true');
    expect(registryCode.getAttribute('aria-describedby')).to.equal('registryCode-hint registryCode-error');
    expect($(el, '#payerName-error').textContent).to.include('Sisestage maksja nimi.');
    await expect(el).to.be.accessible();

    await type($<HTMLInputElement>(el, 'input[name="payerName"]'), 'Turvafirma OÜ');
    await type(registryCode, '12345678');
    await type($<HTMLInputElement>(el, 'input[name="invoiceEmail"]'), 'arved@turvafirma.ee');
    await waitUntil(() => api.requests('PATCH').length > 0, 'invoice not saved');
    const last = () => api.requests('PATCH').at(-1)?.body;
    expect(last()).to.deep.equal({
      invoice: { payerName: 'Turvafirma OÜ', registryCode: '12345678', email: 'arved@turvafirma.ee' },
    });
    expect(el.shadowRoot?.querySelector('#registryCode-error')).to.equal(null);

    await choose(el, 'wantsInvoice');
    await waitUntil(() => (last() as { invoice?: unknown }).invoice === null, 'invoice not forgotten');
  });

  it('offers the delivery options with their cost and the consent to publish, saving each choice', async () => {
    const el = await resumedAt('delivery', { delivery: null, publicConsent: false });
    await onStep(el, 'Tunnistus');
    const text = visibleText(el);
    expect(text).to.include('Paberil tunnistust pole vaja: kutseregistri kanne on tunnistus.');
    expect(text).to.include('6,20 €');
    expect(text).to.include('Saate seda hiljem muuta.');
    await press(el, 'next');
    expect($(el, '#delivery-error').textContent).to.include('Valige, kuidas soovite tunnistuse kätte saada.');
    await choose(el, 'delivery', 'post');
    await choose(el, 'publicConsent');
    await waitUntil(() => api.requests('PATCH').length === 2);
    expect(api.requests('PATCH').map((p) => p.body)).to.deep.equal([
      { delivery: 'post' },
      { publicConsent: true },
    ]);
    await press(el, 'next');
    await onStep(el, 'Ülevaade ja esitamine');
  });

  it('reads everything back on the review, lists what is missing, and leads to the step that fixes it', async () => {
    api.applications = [aCompleteDraft()];
    api.on('GET', /\/applications\/[^/]+$/, () =>
      json({
        ...api.application,
        missing: [{ field: 'documents.criminal-record-extract.issuedOn', detail: 'Tõend on liiga vana.' }],
      }),
    );
    api.signInBeforehand();
    const el = await aForm(api);
    await onStep(el, 'Ülevaade ja esitamine');
    await waitUntil(() => visibleText(el).includes('Tõend on liiga vana.'));
    const text = visibleText(el);
    for (const shown of [
      'Kutse taotlemine',
      'kinnitatud 4/4',
      'Mari Maasikas',
      'mari@example.ee',
      'tõend.pdf',
      'Ainult registrikanne',
    ])
      expect(text).to.include(shown);
    const change = $$<HTMLButtonElement>(el, '.review button');
    expect(change.length).to.be.greaterThan(5);
    expect(change.every((button) => button.textContent?.trim() === 'Muuda')).to.equal(true);
    await expect(el).to.be.accessible();

    const fix = $$<HTMLButtonElement>(el, '.missing button')[0];
    expect(fix?.textContent).to.include('Dokumendid');
    fix?.click();
    await onStep(el, 'Dokumendid');
  });

  it('submits once on a double click, with an Idempotency-Key, then confirms and fires kutse-application-submitted', async () => {
    api.applications = [aCompleteDraft()];
    api.signInBeforehand();
    const el = await aForm(api);
    await onStep(el, 'Ülevaade ja esitamine');
    await waitUntil(() => visibleText(el).includes('Kõik vajalik on olemas'));
    const submit = $<HTMLButtonElement>(el, '[data-action="submit"]');
    const submitted = oneEvent(el, 'kutse-application-submitted');
    submit.click();
    submit.click();
    const event = (await submitted) as CustomEvent<ApplicationSubmittedDetail>;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ id: api.application.id, state: 'submitted' });
    const sent = api.requests('POST', '/submit');
    expect(sent).to.have.length(1);
    expect(sent[0]?.headers.get('idempotency-key')).to.match(/^[0-9a-f-]{36}$/);

    await waitUntil(() => visibleText(el).includes('Taotlus on esitatud'));
    const text = visibleText(el);
    expect(text).to.include('Esitatud 01.02.2026.');
    expect(text).to.include('Viitenumber: 1213 1295 2');
    expect(el.shadowRoot?.activeElement?.id).to.equal('confirmation-title');
    await expect(el).to.be.accessible();
  });

  it('sends the same Idempotency-Key again when a failed submission is retried', async () => {
    api.applications = [aCompleteDraft()];
    api.signInBeforehand();
    const el = await aForm(api);
    await onStep(el, 'Ülevaade ja esitamine');
    api.on('POST', /\/submit$/, () => problem(503, 'Service Unavailable', 'Proovi hiljem.'));
    await press(el, 'submit');
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error-summary"]'));
    expect($(el, '[part="error-summary"]').textContent).to.include('Taotlust ei õnnestunud esitada.');
    api.on('POST', /\/submit$/, (sent) => api.answer(sent));
    await press(el, 'submit');
    await waitUntil(() => visibleText(el).includes('Taotlus on esitatud'));
    const keys = api.requests('POST', '/submit').map((sent) => sent.headers.get('idempotency-key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('shows the API’s reasons when it refuses to submit', async () => {
    api.applications = [aCompleteDraft()];
    api.signInBeforehand();
    const el = await aForm(api);
    await onStep(el, 'Ülevaade ja esitamine');
    api.on('POST', /\/submit$/, () =>
      problem(422, 'Unprocessable', 'Taotlusest on puudu andmeid.', [
        { in: 'body', field: 'examSession', detail: 'Eksamiaeg on täis.' },
      ]),
    );
    await press(el, 'submit');
    await waitUntil(() => visibleText(el).includes('Eksamiaeg on täis.'));
    expect(el.shadowRoot?.activeElement?.id).to.equal('missing');
    expect($(el, '.missing button').textContent).to.include('Eksamiaeg');
  });

  it('keeps the API’s reasons when the review’s older read of the application arrives after them', async () => {
    api.applications = [aCompleteDraft()];
    api.signInBeforehand();
    // The read the review step makes on arrival, held until the submit has been refused.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let late: Response | undefined;
    api.on('GET', /\/applications\/[^/]+$/, async (sent) => {
      await held;
      late = await api.answer(sent);
      return late;
    });
    const el = await aForm(api);
    await onStep(el, 'Ülevaade ja esitamine');
    api.on('POST', /\/submit$/, () =>
      problem(422, 'Unprocessable', undefined, [
        { in: 'body', field: 'examSession', detail: 'Eksamiaeg on täis.' },
      ]),
    );
    await press(el, 'submit');
    await waitUntil(() => visibleText(el).includes('Eksamiaeg on täis.'));
    release();
    // The form has read the late answer once its body is taken, and drawn what followed.
    await waitUntil(() => late?.bodyUsed === true, 'the held read was never answered');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(visibleText(el)).to.include('Eksamiaeg on täis.');
  });

  it('keeps what was typed when the session ends, and saves it after signing in again', async () => {
    const el = await resumedAt('invoice.payerName');
    await onStep(el, 'Tasumine');
    api.on('PATCH', /applications/, () => problem(401, 'Unauthorized', 'Token expired'));
    await choose(el, 'wantsInvoice');
    await type($<HTMLInputElement>(el, 'input[name="payerName"]'), 'Turvafirma OÜ');
    await type($<HTMLInputElement>(el, 'input[name="invoiceEmail"]'), 'arved@turvafirma.ee');
    await waitUntil(() => visibleText(el).includes('Teie seanss on lõppenud.'), 'no sign-in offered');
    expect($<HTMLInputElement>(el, 'input[name="payerName"]').value).to.equal('Turvafirma OÜ');

    api.on('PATCH', /applications/, (sent) => api.answer(sent));
    await press(el, 'sign-in');
    api.completeSignIn();
    await waitUntil(
      () => api.application.invoice?.payerName === 'Turvafirma OÜ',
      'not saved after signing in',
    );
    expect($<HTMLInputElement>(el, 'input[name="invoiceEmail"]').value).to.equal('arved@turvafirma.ee');
    await onStep(el, 'Tasumine');
  });
});
