// <kutse-application-form> and an application the awarding body returned for completion: resumed
// before any draft, the body's reason at the top, the kind fixed, a document replaced, and sent in
// again with "Esita uuesti".
import { expect, oneEvent } from '@open-wc/testing';
import type { ApplicationSubmittedDetail } from '../../widget/src/application-form/application-form.ts';
import { $, $$, aForm, onStep, pick, press, stepTitle, type } from './application-form.fixtures.ts';
import { anApplication, aPdf } from './fixtures/applications.ts';
import { loadAxe } from './fixtures/axe.ts';
import { fakeApiForEachTest } from './fixtures/fake-applications-api.ts';
import { aReturnedApplication, resubmitsReturned } from './fixtures/returned-application.ts';
import { visibleText, waitUntil } from './fixtures/screen.ts';

const extract = 'criminal-record-extract';

describe('<kutse-application-form>: an application returned for completion', () => {
  const api = fakeApiForEachTest();

  before(loadAxe);

  /** Mari, signed in, with a draft begun since (listed first, as the newest) and the returned one. */
  const withReturned = async (lang: 'et' | 'en' | '' = '') => {
    const language = lang === 'en' ? 'en' : 'et';
    api.applications = [
      anApplication(language, {
        id: '9a7c5e3b-1d2f-4a6b-8c0d-2e4f6a8b0c13',
        missing: [{ field: 'examSession', detail: 'Valige eksamiaeg.' }],
      }),
      aReturnedApplication(language),
    ];
    resubmitsReturned(api);
    api.signInBeforehand(language);
    return aForm(api, lang);
  };

  /** From the step on screen to the review, by Next. */
  const toReview = async (el: Awaited<ReturnType<typeof withReturned>>, review = 'Ülevaade ja esitamine') => {
    for (let i = 0; i < 8 && !stepTitle(el).endsWith(review); i++) await press(el, 'next');
    await onStep(el, review);
  };

  it('resumes it before the newer draft, on the documents step, saying what the body asked for', async () => {
    const el = await withReturned();
    await onStep(el, 'Dokumendid');
    const notice = $(el, '#returned');
    expect(notice.textContent).to.include('Kutse andja tagastas taotluse täiendamiseks');
    // The reason as the processor wrote it, on its own lines (what is rendered, hence innerText).
    // biome-ignore lint/performance/useDomNodeTextContent: the line break is shown only as rendered.
    expect(notice.innerText).to.include(
      'Karistusregistri tõend on loetamatu.\nPalun lisage uus, loetav tõend.',
    );
    expect(notice.textContent).to.include('Täiendage taotlust ja esitage see uuesti.');
    // Said to a screen reader too, and the focus on the step's heading as on any resumed step.
    await waitUntil(() =>
      $(el, '[part="status"]').textContent?.includes('Karistusregistri tõend on loetamatu'),
    );
    expect($(el, '[part="status"]').textContent).to.include('Kutse andja tagastas taotluse täiendamiseks');
    expect(el.shadowRoot?.activeElement?.id).to.equal('step-title');
    // The documents already sent are there, each with a way to replace it.
    expect($(el, `[data-document="${extract}"]`).textContent).to.include('hägune-tõend.pdf');
    expect(api.requests('POST', '/bodies/etel/applications')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keeps the notice on every step, the kind fixed and the contact details editable', async () => {
    const el = await withReturned();
    await onStep(el, 'Dokumendid');
    await press(el, 'back');
    await onStep(el, 'Eksamiaeg');
    expect(visibleText(el)).to.include('Kutse andja tagastas taotluse täiendamiseks');
    await press(el, 'back');
    await onStep(el, 'Sisselogimine');
    await type($<HTMLInputElement>(el, 'input[name="phone"]'), '+372 5123 4567');
    await waitUntil(() => api.requests('PATCH').length > 0, 'the phone was not saved');
    expect(api.requests('PATCH').at(-1)?.path).to.include(aReturnedApplication().id);
    expect(api.requests('PATCH').at(-1)?.body).to.deep.equal({
      contact: { email: 'mari@example.ee', phone: '+372 5123 4567' },
    });
    await press(el, 'back');
    await press(el, 'back');
    await onStep(el, 'Taotluse liik');
    expect($$(el, 'input[name="kind"]')).to.have.length(0);
    const text = visibleText(el);
    expect(text).to.include('Kutse taotlemine');
    expect(text).to.include('Esitatud taotluse liiki ei saa muuta.');
    await expect(el).to.be.accessible();

    await toReview(el);
    expect(el.shadowRoot?.querySelector('#change-kind')).to.equal(null);
    expect(el.shadowRoot?.querySelector('#change-documents')).not.to.equal(null);
  });

  it('takes the new document, then submits again once with “Esita uuesti” and confirms it was sent again', async () => {
    const el = await withReturned();
    await onStep(el, 'Dokumendid');
    const block = $(el, `[data-document="${extract}"]`);
    const issuedOn = block.querySelector<HTMLInputElement>('input[name="issuedOn"]');
    if (issuedOn) await type(issuedOn, '2026-01-28');
    const file = block.querySelector<HTMLInputElement>('input[type="file"]');
    expect(file?.labels?.[0]?.textContent).to.include('Asenda fail');
    if (file) pick(file, aPdf('uus-tõend.pdf'));
    await waitUntil(() => visibleText(el).includes('Fail uus-tõend.pdf on üles laaditud.'), 'not uploaded');
    const [put] = api.requests('PUT');
    expect(put?.path).to.equal(`/bodies/etel/applications/${aReturnedApplication().id}/documents/${extract}`);
    const returned = api.applications.find((a) => a.id === aReturnedApplication().id);
    expect(returned?.documents.find((d) => d.type === extract)?.fileName).to.equal('uus-tõend.pdf');

    await toReview(el);
    await waitUntil(() => visibleText(el).includes('Kõik vajalik on olemas'));
    const submit = $<HTMLButtonElement>(el, '[data-action="submit"]');
    expect(submit.textContent?.trim()).to.equal('Esita uuesti');
    await expect(el).to.be.accessible();
    const submitted = oneEvent(el, 'kutse-application-submitted');
    submit.click();
    submit.click();
    const event = (await submitted) as CustomEvent<ApplicationSubmittedDetail>;
    expect(event.detail).to.deep.equal({ id: aReturnedApplication().id, state: 'resubmitted' });
    const sent = api.requests('POST', '/submit');
    expect(sent).to.have.length(1);
    expect(sent[0]?.path).to.include(aReturnedApplication().id);
    expect(sent[0]?.headers.get('idempotency-key')).to.match(/^[0-9a-f-]{36}$/);

    await waitUntil(() => visibleText(el).includes('Taotlus on uuesti esitatud'));
    const text = visibleText(el);
    // The day it was sent in again, not the first submission's.
    expect(text).to.include('Esitatud 10.02.2026.');
    expect(text).not.to.include('Kutse andja tagastas taotluse täiendamiseks');
    expect(el.shadowRoot?.activeElement?.id).to.equal('confirmation-title');
    await expect(el).to.be.accessible();
  });

  it('speaks English: the notice, the fixed kind, “Submit again” and the confirmation', async () => {
    const el = await withReturned('en');
    await onStep(el, 'Documents');
    const notice = $(el, '#returned').textContent;
    expect(notice).to.include('The awarding body returned your application for completion');
    // The reason is the body's own words, in the language it wrote them.
    expect(notice).to.include('Karistusregistri tõend on loetamatu.');
    expect(notice).to.include('Complete the application and submit it again.');
    await expect(el).to.be.accessible();
    await toReview(el, 'Review and submit');
    const submit = $<HTMLButtonElement>(el, '[data-action="submit"]');
    await waitUntil(() => submit.textContent?.trim() === 'Submit again');
    await press(el, 'submit');
    await waitUntil(() => visibleText(el).includes('Application submitted again'));
    await expect(el).to.be.accessible();
  });
});
