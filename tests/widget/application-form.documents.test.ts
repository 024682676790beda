// <kutse-application-form>, the documents step: checks before the upload (the rules, the file's
// first bytes, its size), the API's refusals beside their fields, progress, replace and remove.
import { expect } from '@open-wc/testing';
import type { KutseApplicationForm } from '../../widget/src/application-form/application-form.ts';
import { $, aForm, onStep, pick, type } from './application-form.fixtures.ts';
import { aDocumentView, anApplication, aPdf } from './fixtures/applications.ts';
import { loadAxe } from './fixtures/axe.ts';
import { json, problem } from './fixtures/fake-api.ts';
import { fakeApiForEachTest, gate } from './fixtures/fake-applications-api.ts';
import { aCatalogue } from './fixtures/qualification-detail.ts';
import { visibleText, waitUntil } from './fixtures/screen.ts';

/** A problem+json refusal of an upload, as the API words it. */
const refusal = (status: number, field: string, detail: string) =>
  problem(status, 'Refused', detail, [{ in: 'query', field, detail }]);

describe('<kutse-application-form>: documents', () => {
  const api = fakeApiForEachTest();

  before(loadAxe);

  /** A signed-in applicant whose draft (exam on 12 March 2026) lacks documents: the form opens on them. */
  const onDocuments = async (lang: 'et' | 'en' | '' = '') => {
    const application = anApplication('et');
    api.applications = [
      anApplication(lang === 'en' ? 'en' : 'et', {
        prerequisites: application.prerequisites.map((p) => ({ ...p, confirmed: true })),
        examSession: { id: 1, startsAt: '2026-03-12T10:00:00+02:00', place: 'Tallinn, Pärnu mnt 67' },
        missing: [{ field: 'documents.criminal-record-extract', detail: 'Lisa tõend.' }],
      }),
    ];
    api.signInBeforehand();
    const el = await aForm(api, lang);
    await onStep(el, lang === 'en' ? 'Documents' : 'Dokumendid');
    return el;
  };

  const block = (el: KutseApplicationForm, slug: string) => $(el, `[data-document="${slug}"]`);
  const inBlock = <T extends HTMLElement>(el: KutseApplicationForm, slug: string, selector: string) => {
    const found = block(el, slug).querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector} in ${slug}`);
    return found;
  };
  const extract = 'criminal-record-extract';

  it('shows each document the kind asks for, with what it accepts and its rules (the payment order on the payment step)', async () => {
    const el = await onDocuments();
    const text = block(el, extract).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.include('karistusregistri tõend');
    expect(text).to.include('kohustuslik');
    expect(text).to.include('Tõend on tehtud mitte üle 6 kuu enne eksami toimumist.');
    expect(text).to.include('PDF, JPEG või PNG, kuni 10 MB');
    expect(el.shadowRoot?.querySelector('[data-document="payment-order"]')).to.equal(null);
    const file = inBlock<HTMLInputElement>(el, extract, 'input[type="file"]');
    expect(file.labels?.[0]?.textContent).to.include('karistusregistri tõend');
    expect(file.accept).to.equal('application/pdf,image/jpeg,image/png');
    await expect(el).to.be.accessible();
  });

  it('offers the blank of a form the body wants signed, optional, and marks a requirement that is example data', async () => {
    const catalogue = aCatalogue();
    const [first, ...others] = catalogue.kinds;
    if (!first) throw new Error('fixture changed');
    const documents = first.documents.map((d) =>
      d.slug === 'application-form'
        ? { ...d, required: false, templateUrl: 'https://naidis.example/avaldus.pdf', demoValue: true }
        : d,
    );
    api.on('GET', /\/qualifications\//, () =>
      json({ ...catalogue, kinds: [{ ...first, documents }, ...others] }),
    );
    const el = await onDocuments();
    const form = block(el, 'application-form');
    const link = inBlock<HTMLAnchorElement>(el, 'application-form', 'a');
    expect(link.href).to.equal('https://naidis.example/avaldus.pdf');
    expect(link.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Laadige alla tühi vorm: avaldus (avaneb uues aknas)',
    );
    const legend = form.querySelector('legend')?.textContent ?? '';
    expect(legend).to.include('vabatahtlik');
    expect(legend).to.include('näidisandmed');
    // A requirement the body gives itself has neither the link nor the mark.
    expect(block(el, extract).querySelector('a')).to.equal(null);
    expect(block(el, extract).textContent).not.to.include('näidisandmed');
    await expect(el).to.be.accessible();
  });

  it('refuses an extract made 7 months before the exam with the rule’s words, beside the date, and sends nothing', async () => {
    const el = await onDocuments();
    const issuedOn = inBlock<HTMLInputElement>(el, extract, 'input[name="issuedOn"]');
    await type(issuedOn, '2025-08-12');
    pick(inBlock<HTMLInputElement>(el, extract, 'input[type="file"]'), aPdf());
    const error = `doc-${extract}-issuedOn-error`;
    await waitUntil(() => el.shadowRoot?.getElementById(error), 'no error beside the date');
    expect(el.shadowRoot?.getElementById(error)?.textContent).to.include(
      'Tõend peab olema tehtud mitte üle 6 kuu enne eksamit, st 12.09.2025 või hiljem.',
    );
    expect(issuedOn.getAttribute('aria-invalid')).to.equal('true');
    expect(issuedOn.getAttribute('aria-describedby')).to.include(error);
    expect(api.requests('PUT')).to.have.length(0);
    // The file waits for a better date; the date typed stays.
    expect(visibleText(el)).to.include('Valitud fail tõend.pdf on veel üles laadimata.');
    expect(issuedOn.value).to.equal('2025-08-12');

    await type(issuedOn, '2026-01-20');
    inBlock<HTMLButtonElement>(el, extract, '.pending button').click();
    await waitUntil(() => api.requests('PUT').length === 1);
    expect(api.requests('PUT')[0]?.query.get('issuedOn')).to.equal('2026-01-20');
  });

  it('refuses a file named .pdf that is not a PDF, at once, keeping the other fields', async () => {
    const el = await onDocuments();
    const issuedOn = inBlock<HTMLInputElement>(el, extract, 'input[name="issuedOn"]');
    await type(issuedOn, '2026-01-20');
    const file = inBlock<HTMLInputElement>(el, extract, 'input[type="file"]');
    pick(file, aPdf('tõend.pdf', '<html>not a pdf</html>'));
    await waitUntil(() => file.getAttribute('aria-invalid') === 'true', 'the file was not refused');
    expect(el.shadowRoot?.getElementById(`doc-${extract}-file-error`)?.textContent).to.include(
      'Selle faili sisu pole PDF, JPEG või PNG.',
    );
    expect(file.getAttribute('aria-describedby')).to.include(`doc-${extract}-file-error`);
    expect(api.requests('PUT')).to.have.length(0);
    expect(issuedOn.value).to.equal('2026-01-20');
    expect($(el, '[part="error-summary"]').textContent).to.include('Selle faili sisu pole');
  });

  it('refuses a file larger than the type allows before sending it', async () => {
    const el = await onDocuments();
    const big = new File(['%PDF-', new Uint8Array(10 * 1024 * 1024)], 'suur.pdf', {
      type: 'application/pdf',
    });
    pick(inBlock<HTMLInputElement>(el, 'application-form', 'input[type="file"]'), big);
    await waitUntil(() => el.shadowRoot?.getElementById('doc-application-form-file-error'));
    expect(el.shadowRoot?.getElementById('doc-application-form-file-error')?.textContent).to.include(
      'Fail on liiga suur: suurim lubatud suurus on 10 MB.',
    );
    expect(api.requests('PUT')).to.have.length(0);
  });

  it('shows the API’s refusal beside the field it names: a rule (422) by the date, a type (415) by the file', async () => {
    const el = await onDocuments();
    api.on('PUT', /documents/, () => refusal(422, 'issuedOn', 'Serveri sõnul on tõend liiga vana.'));
    const issuedOn = inBlock<HTMLInputElement>(el, extract, 'input[name="issuedOn"]');
    await type(issuedOn, '2026-01-20');
    pick(inBlock<HTMLInputElement>(el, extract, 'input[type="file"]'), aPdf());
    await waitUntil(() => el.shadowRoot?.getElementById(`doc-${extract}-issuedOn-error`));
    expect(el.shadowRoot?.getElementById(`doc-${extract}-issuedOn-error`)?.textContent).to.include(
      'Serveri sõnul on tõend liiga vana.',
    );
    expect(api.requests('PUT')[0]?.query.get('lang')).to.equal('et');

    api.on('PUT', /documents/, () => refusal(415, 'file', 'See pole lubatud failitüüp.'));
    pick(inBlock<HTMLInputElement>(el, 'application-form', 'input[type="file"]'), aPdf('avaldus.pdf'));
    await waitUntil(() => el.shadowRoot?.getElementById('doc-application-form-file-error'));
    expect(el.shadowRoot?.getElementById('doc-application-form-file-error')?.textContent).to.include(
      'See pole lubatud failitüüp.',
    );
    expect(issuedOn.value).to.equal('2026-01-20');
  });

  it('uploads with progress, then shows the file with Replace and Remove; removing it sends a DELETE', async () => {
    const el = await onDocuments();
    const held = gate();
    api.on('PUT', /documents/, async (sent) => {
      await held.opened;
      return api.answer(sent);
    });
    await type(inBlock<HTMLInputElement>(el, extract, 'input[name="issuedOn"]'), '2026-01-20');
    pick(inBlock<HTMLInputElement>(el, extract, 'input[type="file"]'), aPdf());
    await waitUntil(() => block(el, extract).querySelector('progress')?.value === 100, 'no progress shown');
    const progress = inBlock<HTMLProgressElement>(el, extract, 'progress');
    expect(progress.labels?.[0]?.textContent).to.include('Faili tõend.pdf üleslaadimine');
    expect(block(el, extract).textContent).to.include('100%');
    await expect(el).to.be.accessible();

    held.release();
    await waitUntil(() => block(el, extract).querySelector('.file-name'), 'the file is not shown');
    const shown = block(el, extract).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(shown).to.include('tõend.pdf');
    expect(shown).to.include('PDF');
    expect(shown).to.match(/\d kB/);
    expect(inBlock<HTMLInputElement>(el, extract, 'input[type="file"]').labels?.[0]?.textContent).to.include(
      'Asenda fail',
    );
    await waitUntil(() => visibleText(el).includes('Fail tõend.pdf on üles laaditud.'));
    const [put] = api.requests('PUT');
    expect(put?.path).to.equal(`/bodies/etel/applications/${api.application.id}/documents/${extract}`);
    expect(put?.query.get('name')).to.equal('tõend.pdf');
    expect(put?.headers.get('authorization')).to.equal('Bearer token-1');
    expect(put?.body).to.be.instanceOf(File);

    const remove = inBlock<HTMLButtonElement>(el, extract, '.uploaded button');
    expect(remove.getAttribute('aria-label')).to.equal('Eemalda fail tõend.pdf');
    remove.click();
    await waitUntil(() => api.requests('DELETE').length === 1);
    await waitUntil(() => !block(el, extract).querySelector('.file-name'));
    expect(el.shadowRoot?.activeElement?.id).to.equal(`doc-${extract}-file`);
    await waitUntil(() => visibleText(el).includes('Fail tõend.pdf on eemaldatud.'));
  });

  it('asks which kind of identity document before sending it, then sends the kind along', async () => {
    const el = await onDocuments();
    const slug = 'identity-document';
    pick(inBlock<HTMLInputElement>(el, slug, 'input[type="file"]'), aPdf('pass.pdf'));
    await waitUntil(() => el.shadowRoot?.getElementById(`doc-${slug}-variant-error`));
    expect(el.shadowRoot?.getElementById(`doc-${slug}-variant-error`)?.textContent).to.include(
      'Vali dokumendi liik: pass, ID-kaart.',
    );
    const select = inBlock<HTMLSelectElement>(el, slug, 'select[name="variant"]');
    select.value = 'passport';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    inBlock<HTMLButtonElement>(el, slug, '.pending button').click();
    await waitUntil(() => api.requests('PUT').length === 1);
    expect(api.requests('PUT')[0]?.query.get('variant')).to.equal('passport');
  });

  it('takes a file dropped on the drop zone', async () => {
    const el = await onDocuments();
    const transfer = new DataTransfer();
    transfer.items.add(aPdf('avaldus.pdf'));
    const zone = inBlock(el, 'application-form', '.dropzone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    await waitUntil(() => api.requests('PUT').length === 1);
    expect(api.requests('PUT')[0]?.query.get('name')).to.equal('avaldus.pdf');
  });

  it('restores the uploaded files and their facts of a resumed draft', async () => {
    const application = anApplication();
    api.applications = [
      anApplication('et', {
        prerequisites: application.prerequisites.map((p) => ({ ...p, confirmed: true })),
        examSession: { id: 1, startsAt: '2026-03-12T10:00:00+02:00', place: 'Tallinn, Pärnu mnt 67' },
        documents: [aDocumentView({ type: extract, fileName: 'vana-tõend.pdf', issuedOn: '2026-01-05' })],
        missing: [{ field: 'documents.application-form', detail: 'Lisa avaldus.' }],
      }),
    ];
    api.signInBeforehand();
    const el = await aForm(api);
    await onStep(el, 'Dokumendid');
    expect(block(el, extract).textContent).to.include('vana-tõend.pdf');
    expect(inBlock<HTMLInputElement>(el, extract, 'input[name="issuedOn"]').value).to.equal('2026-01-05');
  });

  it('speaks English in the documents step, the rule’s message included', async () => {
    const el = await onDocuments('en');
    await type(inBlock<HTMLInputElement>(el, extract, 'input[name="issuedOn"]'), '2025-08-12');
    pick(inBlock<HTMLInputElement>(el, extract, 'input[type="file"]'), aPdf('extract.pdf'));
    await waitUntil(() => el.shadowRoot?.getElementById(`doc-${extract}-issuedOn-error`));
    expect(el.shadowRoot?.getElementById(`doc-${extract}-issuedOn-error`)?.textContent).to.include(
      'The extract must be made no more than 6 months before the exam, i.e. on 12/09/2025 or later.',
    );
    expect(block(el, extract).textContent).to.include('PDF, JPEG or PNG, up to 10 MB');
    await expect(el).to.be.accessible();
  });

  it('keeps a file that could not be sent because the network failed, with a way to try again', async () => {
    const el = await onDocuments();
    api.on('PUT', /documents/, () => {
      throw new TypeError('offline');
    });
    pick(inBlock<HTMLInputElement>(el, 'application-form', 'input[type="file"]'), aPdf('avaldus.pdf'));
    await waitUntil(() => el.shadowRoot?.getElementById('doc-application-form-file-error'));
    expect(visibleText(el)).to.include('Faili üleslaadimine ebaõnnestus.');
    api.on('PUT', /documents/, (sent) => api.answer(sent));
    inBlock<HTMLButtonElement>(el, 'application-form', '.pending button').click();
    await waitUntil(() => block(el, 'application-form').querySelector('.file-name'));
  });
});
