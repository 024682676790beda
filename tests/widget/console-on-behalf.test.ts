// <kutse-console-on-behalf>: staff apply for a person. The personal code checked beside its field,
// the person found (or added with their name), then the applicant's own form in staff mode — no
// sign-in step, every call on the console's session with its CSRF token to the on-behalf routes —,
// documents uploaded with progress, submitted, and a link to the application's page.
import { expect, fixture, html } from '@open-wc/testing';
import type { KutseApplicationForm } from '../../widget/src/application-form/application-form.ts';
import type { KutseConsoleOnBehalf } from '../../widget/src/console/on-behalf/console-on-behalf.ts';
import { defineOnBehalf } from '../../widget/src/console/on-behalf/define.ts';
import { consoleClient } from '../../widget/src/console/shared/console-client.ts';
import { en } from '../../widget/src/console/shared/strings.en.ts';
import { et } from '../../widget/src/console/shared/strings.ts';
import { $, $$, choose, onStep, pick, press, type } from './application-form.fixtures.ts';
import { anApplication, aPdf } from './fixtures/applications.ts';
import { loadAxe } from './fixtures/axe.ts';
import { problem } from './fixtures/fake-api.ts';
import { fakeApiForEachTest, gate } from './fixtures/fake-applications-api.ts';
import {
  aPerson,
  CSRF,
  type FakeOnBehalfApi,
  installFakeOnBehalfApi,
} from './fixtures/fake-on-behalf-api.ts';
import { visibleText, waitUntil } from './fixtures/screen.ts';

const ETEL = { slug: 'etel', name: 'Eesti Turvaettevõtete Liit', role: 'processor' as const };
const JAAN = aPerson();
const EXTRACT = 'criminal-record-extract';

/** The view's own text (it has no part="base"), whitespace collapsed. */
const shown = (el: Element) =>
  ((el.shadowRoot?.querySelector('h1')?.parentNode as ShadowRoot | null)?.textContent ?? '').replace(
    /\s+/g,
    ' ',
  );

describe('<kutse-console-on-behalf>', () => {
  const api = fakeApiForEachTest(installFakeOnBehalfApi) as FakeOnBehalfApi;

  before(async function () {
    await defineOnBehalf();
    await loadAxe.call(this);
  });

  async function aView(
    language: 'et' | 'en' = 'et',
    body: typeof ETEL | { slug: string; name: string; role: 'assessor' } = ETEL,
  ) {
    const el = await fixture<KutseConsoleOnBehalf>(html`<kutse-console-on-behalf
      .client=${consoleClient({ csrfToken: CSRF, language, origin: api.origin })}
      .csrfToken=${CSRF}
      .strings=${language === 'en' ? en : et}
      .language=${language}
      .body=${body}
      .origin=${api.origin}
    ></kutse-console-on-behalf>`);
    await el.updateComplete;
    return el;
  }

  const codeInput = (el: Element) => $<HTMLInputElement>(el, '#personal-code');
  const find = async (el: KutseConsoleOnBehalf, code: string) => {
    await type(codeInput(el), code);
    $(el, '[data-action="find"]').click();
    await el.updateComplete;
  };

  /** Finds Jaan and opens Turvajuht 5's form for him. */
  async function formFor(el: KutseConsoleOnBehalf): Promise<KutseApplicationForm> {
    api.registry.set(JAAN.personalCode ?? '', JAAN);
    await find(el, JAAN.personalCode ?? '');
    await waitUntil(() => el.shadowRoot?.querySelector('#qualification'), 'no qualification to choose');
    $(el, 'form.choose button').click();
    await waitUntil(() =>
      el.shadowRoot?.querySelector('kutse-application-form')?.shadowRoot?.querySelector('h2'),
    );
    return $<KutseApplicationForm>(el, 'kutse-application-form');
  }

  /** The form for Jaan, resuming the draft staff began for him, on the documents it lacks. */
  async function onDocuments() {
    const complete = anApplication('et', {
      applicant: {
        givenName: 'Jaan',
        familyName: 'Kask',
        personalCode: JAAN.personalCode,
        email: 'jaan@example.ee',
        phone: null,
      },
      prerequisites: anApplication().prerequisites.map((p) => ({ ...p, confirmed: true })),
      examSession: { id: 1, startsAt: '2026-03-12T10:00:00+02:00', place: 'Tallinn, Pärnu mnt 67' },
      missing: [{ field: `documents.${EXTRACT}`, detail: 'Lisage karistusregistri väljavõte.' }],
      submittedBy: { name: 'Andres Kivi', on: 'staff' },
      delivery: 'none',
    });
    // Starting the kind again resumes the draft staff began for him.
    api.applications = [complete];
    const el = await aView();
    const form = await formFor(el);
    await choose(form, 'kind', 'first');
    await press(form, 'next');
    for (const box of $$<HTMLInputElement>(form, 'input[name="prerequisite"]')) if (!box.checked) box.click();
    await press(form, 'next');
    await onStep(form, 'Dokumendid');
    return { el, form, complete };
  }

  it('says beside the field what is wrong with a personal code, and asks the API nothing', async () => {
    const el = await aView();
    expect(shown(el)).to.include('Esita taotlus isiku eest');
    await find(el, '3800108571');
    const input = codeInput(el);
    expect(el.shadowRoot?.getElementById('personal-code-error')?.textContent).to.equal(
      'Isikukood on 11 numbrit.',
    );
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.include('personal-code-error');
    expect(el.shadowRoot?.activeElement).to.equal(input);
    await expect(el).to.be.accessible();

    await find(el, '38001085717');
    expect(el.shadowRoot?.getElementById('personal-code-error')?.textContent).to.include('kontrollnumber');
    await find(el, '38013085718');
    expect(el.shadowRoot?.getElementById('personal-code-error')?.textContent).to.include('sünnikuupäeva');
    expect(api.requests('POST', /people/)).to.have.length(0);
  });

  it('finds the person in the registry and opens the applicant’s form for them, with no sign-in step', async () => {
    const el = await aView();
    const form = await formFor(el);
    expect(shown(el)).to.include('Jaan Kask');
    expect(shown(el)).to.include('Leitud kutseregistrist');
    const [asked] = api.requests('POST', '/staff/bodies/etel/on-behalf/people');
    expect(asked?.body).to.deep.equal({ personalCode: JAAN.personalCode });
    expect(asked?.headers.get('x-csrf-token')).to.equal(CSRF);
    // Only the qualifications open for applying are offered.
    expect($$<HTMLOptionElement>(el, '#qualification option').map((o) => o.value)).to.deep.equal([
      'turvajuht-5',
    ]);
    expect($$(form, 'ol[part="steps"] .name').map((name) => name.textContent)).to.include(
      'Isik ja kontaktandmed',
    );
    expect(visibleText(form)).not.to.include('Sisselogimine');
    await expect(el).to.be.accessible();
  });

  it('adds someone the registry does not have: asks for their name, shows the birth date the code holds', async () => {
    const el = await aView();
    await find(el, '49001010023');
    await waitUntil(() => el.shadowRoot?.querySelector('#given-name'), 'no name asked for');
    expect(shown(el)).to.include('Selle isikukoodiga isikut kutseregistris veel pole');
    expect(shown(el)).to.include('01.01.1990');
    expect(el.shadowRoot?.activeElement?.id).to.equal('given-name');
    $(el, '[data-action="find"]').click();
    await el.updateComplete;
    expect(el.shadowRoot?.getElementById('given-name-error')?.textContent).to.equal('Sisestage nimi.');
    expect(el.shadowRoot?.getElementById('family-name-error')?.textContent).to.equal('Sisestage nimi.');
    await expect(el).to.be.accessible();

    await type($<HTMLInputElement>(el, '#given-name'), 'Liis');
    await type($<HTMLInputElement>(el, '#family-name'), 'Lepp');
    await type($<HTMLInputElement>(el, '#email'), 'liis@example.ee');
    $(el, '[data-action="find"]').click();
    await waitUntil(() => shown(el).includes('Lisatud kutseregistrisse'), 'not added');
    expect(api.added).to.deep.equal([
      { personalCode: '49001010023', givenName: 'Liis', familyName: 'Lepp', email: 'liis@example.ee' },
    ]);
    expect(shown(el)).to.include('Liis Lepp');
  });

  it('fills in the application for the person, uploads a document with progress, submits, and links to its page', async function () {
    this.timeout(20_000);
    const { el, form, complete } = await onDocuments();
    const [start] = api.requests('POST', /\/applications$/);
    expect(start?.path).to.equal(`/staff/bodies/etel/on-behalf/people/${JAAN.id}/applications`);
    expect(start?.headers.get('x-csrf-token')).to.equal(CSRF);

    const held = gate();
    api.on('PUT', /documents/, async (sent) => {
      await held.opened;
      return api.answer(sent);
    });
    const block = $(form, `[data-document="${EXTRACT}"]`);
    await type(
      block.querySelector<HTMLInputElement>('input[name="issuedOn"]') as HTMLInputElement,
      '2026-01-20',
    );
    pick(block.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, aPdf('tõend.pdf'));
    await waitUntil(() => block.querySelector('progress')?.value === 100, 'no progress shown');
    await expect(el).to.be.accessible();
    held.release();
    await waitUntil(() => block.querySelector('.file-name'), 'the file is not shown');
    const [put] = api.requests('PUT');
    expect(put?.path).to.equal(
      `/staff/bodies/etel/on-behalf/applications/${complete.id}/documents/${EXTRACT}`,
    );
    expect(put?.headers.get('x-csrf-token')).to.equal(CSRF);
    expect(put?.headers.get('authorization')).to.equal(null);

    api.application = { ...api.application, missing: [] };
    for (const step of ['Tasumine', 'Tunnistus', 'Ülevaade ja esitamine']) {
      await press(form, 'next');
      await onStep(form, step);
    }
    await press(form, 'submit');
    await waitUntil(() => el.shadowRoot?.querySelector('#submitted-title'), 'no confirmation');
    const [submit] = api.requests('POST', /\/submit$/);
    expect(submit?.path).to.equal(`/staff/bodies/etel/on-behalf/applications/${complete.id}/submit`);
    expect(submit?.headers.get('idempotency-key')).to.have.length.greaterThan(8);
    expect(shown(el)).to.include('Taotlus on esitatud isiku Jaan Kask eest');
    expect(el.shadowRoot?.activeElement?.id).to.equal('submitted-title');
    const link = $<HTMLAnchorElement>(el, 'a.button');
    expect(new URL(link.href).pathname).to.equal(`/console/bodies/etel/applications/${complete.id}`);
    await expect(el).to.be.accessible();
  });

  it('says on the document when the console session has ended, where an applicant would be asked to sign in', async function () {
    this.timeout(15_000);
    const { form } = await onDocuments();
    api.on('PUT', /documents/, () => problem(401, 'Unauthorized', 'Sign in.'));
    const block = $(form, `[data-document="${EXTRACT}"]`);
    await type(
      block.querySelector<HTMLInputElement>('input[name="issuedOn"]') as HTMLInputElement,
      '2026-01-20',
    );
    pick(block.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement, aPdf('tõend.pdf'));
    await waitUntil(
      () =>
        form.shadowRoot
          ?.getElementById(`doc-${EXTRACT}-file-error`)
          ?.textContent?.includes('Konsooli seanss on lõppenud'),
      'the ended session is not said',
    );
    expect(form.shadowRoot?.querySelector('[data-action="sign-in"]')).to.equal(null);
  });

  it('speaks English: its own words, the form’s and the API’s, asked for in English', async () => {
    const el = await aView('en');
    expect(shown(el)).to.include('Apply on someone’s behalf');
    await find(el, '123');
    expect(el.shadowRoot?.getElementById('personal-code-error')?.textContent).to.equal(
      'A personal code is 11 digits.',
    );
    const form = await formFor(el);
    await onStep(form, 'Kind of application');
    expect($$(form, 'ol[part="steps"] .name').map((name) => name.textContent)).to.include(
      'Person and contact details',
    );
    expect(api.requests('POST', /people/)[0]?.query.get('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('tells an assessor that only managers and processors apply for someone', async () => {
    const el = await aView('et', { slug: 'etel', name: ETEL.name, role: 'assessor' });
    expect(shown(el)).to.include('Isiku eest saavad taotluse esitada kutseandja haldur ja menetleja.');
    expect(el.shadowRoot?.querySelector('#personal-code')).to.equal(null);
  });
});
