// <kutse-application-form>, the first steps: language, the closed state, kinds, prerequisites and
// fees, signing in and starting a draft, resuming one, the exam date and re-certification.
import { expect } from '@open-wc/testing';
import { $, $$, aForm, choose, onStep, press, type } from './application-form.fixtures.ts';
import { anApplication } from './fixtures/applications.ts';
import { loadAxe } from './fixtures/axe.ts';
import { json } from './fixtures/fake-api.ts';
import { fakeApiForEachTest } from './fixtures/fake-applications-api.ts';
import { aCatalogue, aSession } from './fixtures/qualification-detail.ts';
import { visibleText, waitUntil } from './fixtures/screen.ts';

const allConfirmed = (application = anApplication()) =>
  application.prerequisites.map((p) => ({ ...p, confirmed: true }));

describe('<kutse-application-form>: kind, prerequisites, signing in', () => {
  const api = fakeApiForEachTest();

  before(loadAxe);

  it('speaks Estonian by default: the open kinds as radios, and the steps as an ordered list', async () => {
    const el = await aForm(api);
    await onStep(el, 'Taotluse liik');
    const text = visibleText(el);
    expect(text).to.include('Taotlus: Turvajuht, tase 5');
    expect(text).to.include('Millist taotlust soovite esitada?');
    expect($$<HTMLInputElement>(el, 'input[name="kind"]').map((input) => input.value)).to.deep.equal([
      'first',
      'recertification',
    ]);
    expect(text).to.include('Kutse taotlemine');
    const current = $$(el, 'ol[part="steps"] li[aria-current="step"]');
    expect(current).to.have.length(1);
    expect(current[0]?.textContent).to.include('Taotluse liik');
    expect($(el, '[data-action="next"]').textContent?.trim()).to.equal('Edasi');
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en", the catalogue asked for in English', async () => {
    const el = await aForm(api, 'en');
    await onStep(el, 'Kind of application');
    const text = visibleText(el);
    expect(text).to.include('Application: Security Manager, Level 5');
    expect(text).to.include('First application');
    expect(api.requests('GET', '/qualifications/turvajuht-5')[0]?.query.get('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('says applications are closed, naming the body, its e-mail and when they open', async () => {
    api.on('GET', /qualifications/, () => {
      const catalogue = aCatalogue();
      return json({
        ...catalogue,
        kinds: catalogue.kinds.map((kind, i) => ({
          ...kind,
          status: i === 0 ? 'not_yet_open' : 'closed',
          openFrom: '2026-09-01T00:00:00+03:00',
        })),
      });
    });
    const el = await aForm(api);
    await waitUntil(() => visibleText(el).includes('Taotluste vastuvõtt on suletud'));
    const text = visibleText(el);
    expect(text).to.include('Eesti Turvaettevõtete Liit ei võta praegu selle kutse taotlusi vastu.');
    expect(text).to.include('Taotlemine avaneb 01.09.2026.');
    expect($<HTMLAnchorElement>(el, 'a[href^="mailto:"]').href).to.equal('mailto:info@etel.ee');
    expect($$(el, 'input[name="kind"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks for a kind before going on: the error beside the radios and in a summary that takes focus', async () => {
    const el = await aForm(api);
    await press(el, 'next');
    await el.updateComplete;
    expect(stepStill(el)).to.equal(true);
    const summary = $(el, '[part="error-summary"]');
    expect(summary.textContent).to.include('Valige taotluse liik.');
    expect(el.shadowRoot?.activeElement).to.equal(summary);
    const group = $(el, 'fieldset#kind');
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    expect(group.getAttribute('aria-describedby')).to.equal('kind-error');
    expect($(el, '#kind-error').textContent).to.include('Valige taotluse liik.');
    await expect(el).to.be.accessible();

    await choose(el, 'kind', 'first');
    await press(el, 'next');
    await onStep(el, 'Eeltingimused ja tasu');
    expect(el.shadowRoot?.activeElement?.id).to.equal('step-title');
  });

  it('lists the prerequisites to confirm and the fees with VAT, in each language’s money format', async () => {
    const el = await aForm(api);
    await choose(el, 'kind', 'first');
    await press(el, 'next');
    await onStep(el, 'Eeltingimused ja tasu');
    const boxes = $$<HTMLInputElement>(el, 'input[name="prerequisite"]');
    expect(boxes.map((box) => box.value)).to.deep.equal(['1', '2', '3', '4']);
    expect(visibleText(el)).to.include('haridustase – keskharidus');
    const fees = $(el, 'table.fees').textContent?.replace(/\s+/g, ' ') ?? '';
    for (const shown of ['Eksamitasu', '25,00 €', '24%', '6,00 €', '31,00 €', 'taotluse esitamisel'])
      expect(fees).to.include(shown);

    await press(el, 'next');
    expect($(el, '#prerequisites-error').textContent).to.include('Kinnitage kõik eeltingimused');

    const english = await aForm(api, 'en');
    await choose(english, 'kind', 'first');
    await press(english, 'next');
    await onStep(english, 'Prerequisites and fees');
    expect($(english, 'table.fees').textContent).to.include('€31.00');
    expect($(english, 'table.fees').textContent).to.include('when you apply');
  });

  it('signs in from a click, starts the draft, saves the confirmed prerequisites and shows the prefill', async () => {
    const el = await aForm(api);
    await choose(el, 'kind', 'first');
    await press(el, 'next');
    for (const box of $$<HTMLInputElement>(el, 'input[name="prerequisite"]')) box.click();
    await press(el, 'next');
    await onStep(el, 'Sisselogimine');
    expect(api.requests('POST')).to.have.length(0);

    await press(el, 'sign-in');
    api.completeSignIn();
    await waitUntil(() => api.requests('PATCH').length === 1, 'prerequisites not saved');
    const [start] = api.requests('POST', '/bodies/etel/applications');
    expect(start?.body).to.deep.equal({ qualification: 'turvajuht-5', kind: 'first' });
    expect(start?.headers.get('authorization')).to.equal('Bearer token-1');
    expect(api.requests('PATCH')[0]?.body).to.deep.equal({ confirmedPrerequisites: [1, 2, 3, 4] });

    await waitUntil(() => visibleText(el).includes('Mari Maasikas'));
    expect(visibleText(el)).to.include('49403136526');
    expect($$(el, 'input[name="personalCode"], input[name="name"]')).to.have.length(0);
    const email = $<HTMLInputElement>(el, 'input[name="email"]');
    expect(email.value).to.equal('mari@example.ee');

    await type($<HTMLInputElement>(el, 'input[name="phone"]'), '+372 5123 4567');
    await waitUntil(() => api.requests('PATCH').length === 2, 'contact not saved');
    expect(api.requests('PATCH')[1]?.body).to.deep.equal({
      contact: { email: 'mari@example.ee', phone: '+372 5123 4567' },
    });
    await waitUntil(() => visibleText(el).includes('Muudatused on salvestatud.'));
    expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');

    await type(email, 'not an address');
    expect($(el, '#email-error').textContent).to.include('Sisestage e-posti aadress');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-error');
    await press(el, 'next');
    expect(visibleText(el)).to.include('Sisselogimine');
    expect(email.value).to.equal('not an address');
  });

  it('goes straight on when someone is already signed in on the page', async () => {
    api.signInBeforehand();
    const el = await aForm(api);
    await choose(el, 'kind', 'first');
    await press(el, 'next');
    for (const box of $$<HTMLInputElement>(el, 'input[name="prerequisite"]')) box.click();
    await press(el, 'next');
    await waitUntil(() => visibleText(el).includes('Mari Maasikas'));
    expect($$(el, '[data-action="sign-in"]')).to.have.length(0);
    expect(api.requests('POST', '/bodies/etel/applications')).to.have.length(1);
  });

  it('resumes a saved draft after signing in: every answer restored, at the first step still lacking something', async () => {
    api.applications = [
      anApplication('et', {
        prerequisites: allConfirmed(),
        applicant: { ...anApplication().applicant, phone: '+372 5555 5555' },
        examSession: { id: 2, startsAt: '2026-04-16T10:00:00+03:00', place: 'Tallinn, Pärnu mnt 67' },
        missing: [{ field: 'documents.criminal-record-extract', detail: 'Lisa karistusregistri tõend.' }],
      }),
    ];
    const el = await aForm(api);
    await choose(el, 'kind', 'first');
    await press(el, 'next');
    await press(el, 'next'); // not all ticked: stays
    for (const box of $$<HTMLInputElement>(el, 'input[name="prerequisite"]')) box.click();
    await press(el, 'next');
    await press(el, 'sign-in');
    api.completeSignIn();

    await onStep(el, 'Dokumendid');
    await waitUntil(() => visibleText(el).includes('Jätkate pooleli jäänud taotlust.'));
    expect(api.requests('POST', '/bodies/etel/applications')).to.have.length(0);
    await press(el, 'back');
    await onStep(el, 'Eksamiaeg');
    expect($<HTMLInputElement>(el, 'input[name="examSession"][value="2"]').checked).to.equal(true);
    await press(el, 'back');
    await onStep(el, 'Sisselogimine');
    expect($<HTMLInputElement>(el, 'input[name="phone"]').value).to.equal('+372 5555 5555');
  });

  it('resumes the draft the API answers with 200 when starting, in English', async () => {
    const draft = anApplication('en', {
      prerequisites: allConfirmed(anApplication('en')),
      missing: [{ field: 'examSession', detail: 'Choose an exam session.' }],
    });
    api.on('POST', /\/applications$/, () => json(draft, 200));
    api.on('PATCH', /\/applications\//, () => json(draft));
    const el = await aForm(api, 'en');
    await choose(el, 'kind', 'first');
    await press(el, 'next');
    for (const box of $$<HTMLInputElement>(el, 'input[name="prerequisite"]')) box.click();
    await press(el, 'next');
    await press(el, 'sign-in');
    api.completeSignIn();
    await onStep(el, 'Exam date');
    await waitUntil(() => visibleText(el).includes('Continuing your saved application.'));
  });

  it('shows a full session and one whose registration closed, but lets neither be chosen', async () => {
    api.on('GET', /qualifications/, () =>
      json({
        ...aCatalogue(),
        examSessions: [
          aSession('et', { id: 1, freePlaces: 0, registrationOpen: false }),
          aSession('et', { id: 2, startsAt: '2026-04-16T10:00:00+03:00', freePlaces: 5 }),
          aSession('et', {
            id: 3,
            startsAt: '2026-05-14T10:00:00+03:00',
            freePlaces: 3,
            registrationOpen: false,
          }),
        ],
      }),
    );
    api.applications = [
      anApplication('et', {
        prerequisites: allConfirmed(),
        missing: [{ field: 'examSession', detail: 'Vali eksamiaeg.' }],
      }),
    ];
    api.signInBeforehand();
    const el = await aForm(api);
    await onStep(el, 'Eksamiaeg');
    const radios = $$<HTMLInputElement>(el, 'input[name="examSession"]');
    expect(radios.map((radio) => radio.disabled)).to.deep.equal([true, false, true]);
    const text = visibleText(el);
    expect(text).to.include('Kohad on täis');
    expect(text).to.include('5 vaba kohta');
    expect(text).to.include('Registreerimine on lõppenud');
    expect(text).to.include('Tallinn, Pärnu mnt 67');

    await press(el, 'next');
    expect($(el, '#examSession-error').textContent).to.include('Valige eksamiaeg.');
    await choose(el, 'examSession', '2');
    await waitUntil(() => api.requests('PATCH').length === 1);
    expect(api.requests('PATCH')[0]?.body).to.deep.equal({ examSession: 2 });
    await expect(el).to.be.accessible();
  });

  it('asks a re-certification for the certificate it renews, and says where its window stands', async () => {
    const recertification = aCatalogue().kinds[1];
    api.applications = [
      anApplication('et', {
        kind: { slug: 'recertification', kind: 'recertification', title: recertification?.title ?? '' },
        prerequisites:
          recertification?.prerequisites.map((text, i) => ({ position: i + 1, text, confirmed: true })) ?? [],
        examSession: { id: 1, startsAt: '2026-03-12T10:00:00+02:00', place: 'Tallinn, Pärnu mnt 67' },
        certificates: [
          {
            number: 'TJ-2021-0042',
            qualification: { slug: 'turvajuht-5', name: 'Turvajuht, tase 5' },
            issuedOn: '2021-01-15',
            validUntil: '2026-01-15',
            status: 'expired',
          },
        ],
        recertification: {
          status: 'open',
          certificate: 'TJ-2021-0042',
          opensOn: null,
          closesOn: '2026-07-15',
          closedOn: null,
        },
        missing: [{ field: 'renews', detail: 'Vali taastõendatav tunnistus.' }],
      }),
    ];
    api.signInBeforehand();
    const el = await aForm(api);
    await onStep(el, 'Eksamiaeg');
    const text = visibleText(el);
    expect(text).to.include('Taastõendada saab kuni 15.07.2026.');
    expect(text).to.include('Tunnistus nr TJ-2021-0042');
    expect(text).to.include('kehtib kuni 15.01.2026');
    await press(el, 'next');
    expect($(el, '#renews-error').textContent).to.include('Valige tunnistus, mida taastõendate.');
    await choose(el, 'renews', 'TJ-2021-0042');
    await waitUntil(() =>
      api.requests('PATCH').some((p) => (p.body as { renews?: string }).renews === 'TJ-2021-0042'),
    );
    await press(el, 'next');
    await onStep(el, 'Dokumendid');
  });
});

/** Still on the first step. */
const stepStill = (el: Element) =>
  el.shadowRoot?.querySelector('#step-title')?.textContent?.includes('Taotluse liik');
