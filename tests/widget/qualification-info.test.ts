import { expect, fixture, html } from '@open-wc/testing';
import '../../widget/src/qualification-info/define.ts';
import type { KutseQualificationInfo } from '../../widget/src/qualification-info/qualification-info.ts';
import { loadAxe } from './fixtures/axe.ts';
import { type FakeApi, fakeApi, json, networkDown, problem } from './fixtures/fake-api.ts';
import {
  aDocument,
  aFee,
  aFirstApplication,
  aQualificationDetail,
  aSession,
} from './fixtures/qualification-detail.ts';
import { control, shows, visibleText } from './fixtures/screen.ts';

/** The API as it answers for Turvajuht, tase 5, in the language the widget asked for. */
const answersTurvajuht = (url: URL) =>
  json(aQualificationDetail(url.searchParams.get('lang') === 'en' ? 'en' : 'et'));

const turvajuht = (lang?: string) =>
  fixture<KutseQualificationInfo>(
    html`<kutse-qualification-info body="etel" qualification="turvajuht-5" lang=${lang ?? ''}></kutse-qualification-info>`,
  );

describe('<kutse-qualification-info>', () => {
  let api: FakeApi;

  before(loadAxe);

  beforeEach(() => {
    api = fakeApi(answersTurvajuht);
  });

  afterEach(() => {
    api.restore();
  });

  it('is accessible once loaded', async () => {
    const el = await turvajuht();
    await shows(el, 'Turvajuht, tase 5');
    await expect(el).to.be.accessible();
  });

  it('is accessible when loading fails', async () => {
    api.answer(networkDown);
    const el = await turvajuht();
    await shows(el, 'Proovi uuesti');
    await expect(el).to.be.accessible();
  });

  it('tells it is loading until the answer arrives', async () => {
    let arrive: (response: Response) => void = () => {};
    api.answer(() => new Promise((resolve) => (arrive = resolve)));
    const el = await turvajuht();
    expect(visibleText(el)).to.include('Laadin kutse andmeid…');
    expect(el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy')).to.equal('true');
    arrive(json(aQualificationDetail()));
    await shows(el, 'Turvajuht, tase 5');
    expect(el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy')).to.equal('false');
  });

  it('speaks Estonian by default: level, validity, status, prerequisites, documents, fees and assessment', async () => {
    const el = await turvajuht();
    await shows(el, 'Turvajuht, tase 5');
    const text = visibleText(el);
    expect(text).to.include('Eesti Turvaettevõtete Liit');
    expect(text).to.include('EKR tase 5');
    expect(text).to.include('Kehtib 5 aastat');
    expect(text).to.include('Kutse taotlemine Avatud kuni 31.12.2026');
    expect(text).to.include('haridustase – keskharidus');
    expect(text).to.include('karistusregistri tõend isiku kehtiva karistuse puudumise kohta');
    expect(text).to.include('Tõend on tehtud mitte üle 6 kuu enne eksami toimumist.');
    expect(text).to.include('arve saaja rekvisiidid valikuline');
    expect(text).to.include('PDF, JPEG või PNG, kuni 10 MB');
    expect(text).to.match(/Eksamitasu.*25,00\s€.*31,00\s€ sh käibemaks 6,00\s€ \(24\s?%\)/);
    expect(text).to.include('Test — valikvastustega test');
    expect(text).to.include('Vestlus — juhtumianalüüs');
    expect(api.requests[0]?.pathname).to.equal('/bodies/etel/qualifications/turvajuht-5');
    expect(api.requests[0]?.searchParams.get('lang')).to.equal('et');
  });

  it('lists the next exam sessions with date, place and free places', async () => {
    const el = await turvajuht();
    await shows(el, 'Eksamiajad');
    const sessions = visibleText(el, 'sessions');
    expect(sessions).to.include('neljapäev, 12. märts 2026');
    expect(sessions).to.include('kell 10:00');
    expect(sessions).to.include('Tallinn, Pärnu mnt 67');
    expect(sessions).to.include('7 vaba kohta 20-st');
    expect(sessions).to.include('Registreerimine kuni 26.02.2026');
  });

  it('speaks English with lang="en", and the API is asked in English', async () => {
    const el = await turvajuht('en');
    await shows(el, 'Security Manager, Level 5');
    const text = visibleText(el);
    expect(text).to.include('EQF level 5');
    expect(text).to.include('Valid for 5 years');
    expect(text).to.include('First application Open until 31 Dec 2026');
    expect(text).to.include('Prerequisites');
    expect(text).to.include('invoice recipient’s details optional');
    expect(text).to.match(/Exam fee.*€25\.00.*€31\.00 incl\. VAT €6\.00 \(24%\)/);
    expect(text).to.include('Thursday, 12 March 2026');
    expect(api.requests[0]?.searchParams.get('lang')).to.equal('en');
  });

  it('follows the language of the page around it, and changes when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><kutse-qualification-info body="etel" qualification="turvajuht-5"></kutse-qualification-info></div>`,
    );
    const el = wrapper.querySelector('kutse-qualification-info') as KutseQualificationInfo;
    await shows(el, 'Valid for 5 years');
    wrapper.lang = 'et';
    await shows(el, 'Kehtib 5 aastat');
    expect(api.requests.map((url) => url.searchParams.get('lang'))).to.deep.equal(['en', 'et']);
  });

  it('shows a closed application window as closed, with the day it ended', async () => {
    api.answer(() =>
      json(
        aQualificationDetail('et', {
          kinds: [aFirstApplication('et', { status: 'closed', openUntil: '2024-06-30T23:59:59+03:00' })],
        }),
      ),
    );
    const el = await turvajuht();
    await shows(el, 'Suletud (lõppes 30.06.2024)');
  });

  it('shows a window that has not opened yet with its opening day', async () => {
    api.answer(() =>
      json(
        aQualificationDetail('et', {
          kinds: [aFirstApplication('et', { status: 'not_yet_open', openFrom: '2027-01-04T00:00:00+02:00' })],
        }),
      ),
    );
    const el = await turvajuht();
    await shows(el, 'Avaneb 04.01.2027');
  });

  it('adds up the fees of a kind that has several, and says when each is due', async () => {
    const postage = aFee('et', {
      label: 'Tunnistuse postikulu',
      netCents: 450,
      vatCents: 108,
      grossCents: 558,
      due: 'before_exam',
    });
    api.answer(() =>
      json(aQualificationDetail('et', { kinds: [aFirstApplication('et', { fees: [aFee(), postage] })] })),
    );
    const el = await turvajuht();
    await shows(el, 'Tunnistuse postikulu');
    const fees = visibleText(el, 'fees');
    expect(fees).to.include('Tasuda taotluse esitamisel');
    expect(fees).to.match(/Tunnistuse postikulu Tasuda enne eksamit 4,50\s€ 5,58\s€/);
    expect(fees).to.match(/Kokku 29,50\s€ 36,58\s€ sh käibemaks 7,08\s€$/);
  });

  it('marks example data as such', async () => {
    const detail = aQualificationDetail('et', {
      kinds: [
        aFirstApplication('et', {
          demoValues: true,
          fees: [aFee('et', { demoValue: true })],
          documents: [aDocument({ label: 'Varasema kutse tõend', demoValue: true }), aDocument()],
        }),
      ],
    });
    api.answer(() =>
      json({
        ...detail,
        body: { ...detail.body, fictional: true },
        qualification: { ...detail.qualification, validityDemoValue: true },
      }),
    );
    const el = await turvajuht();
    await shows(el, 'Näidisasutus: selle kutse andja andmed on välja mõeldud.');
    expect(visibleText(el, 'status')).to.include('näidisandmed');
    expect(visibleText(el, 'fees')).to.include('Eksamitasu näidisandmed');
    expect(visibleText(el, 'header')).to.include('Kehtib 5 aastat näidisandmed');
    expect(visibleText(el, 'documents')).to.include('Varasema kutse tõend näidisandmed');
    expect(visibleText(el, 'documents')).not.to.include('avaldus näidisandmed');
  });

  it('shows a session without free places as full', async () => {
    api.answer(() => json(aQualificationDetail('et', { examSessions: [aSession('et', { freePlaces: 0 })] })));
    const el = await turvajuht();
    await shows(el, 'Eksamiajad');
    const sessions = visibleText(el, 'sessions');
    expect(sessions).to.include('Täis');
    expect(sessions).not.to.include('0 kohta');
  });

  it('says so when no exam sessions have been announced', async () => {
    api.answer(() => json(aQualificationDetail('et', { examSessions: [] })));
    const el = await turvajuht();
    await shows(el, 'Eksamiaegu pole veel välja kuulutatud.');
    expect(el.shadowRoot?.querySelector('[part="sessions"] table')).to.equal(null);
  });

  it('switches between kinds of application with the tabs, by mouse and by arrow keys', async () => {
    const el = await turvajuht();
    await shows(el, 'Turvajuht, tase 5');
    expect(visibleText(el)).not.to.include('täiendõppe tunnistus');

    control(el, 'tab', 'Taastõendamine').click();
    await shows(el, 'täiendõppe tunnistus');
    expect(visibleText(el)).to.include('6 kuu jooksul pärast kutsetunnistuse kehtivuse lõppu');
    expect(visibleText(el)).not.to.include('arve saaja rekvisiidid');

    const selected = control(el, 'tab', 'Taastõendamine');
    selected.focus();
    selected.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    await shows(el, 'arve saaja rekvisiidid');
    expect(el.shadowRoot?.activeElement).to.equal(control(el, 'tab', 'Kutse taotlemine'));
  });

  it('explains an unknown qualification, without offering to try again', async () => {
    api.answer(() => problem(404, 'Not Found', 'No qualification turvajuht-9 at etel'));
    const el = await fixture<KutseQualificationInfo>(
      html`<kutse-qualification-info body="etel" qualification="turvajuht-9"></kutse-qualification-info>`,
    );
    await shows(el, 'Kutset ei leitud');
    expect(visibleText(el)).to.include('turvajuht-9');
    expect(() => control(el, 'button', 'Proovi uuesti')).to.throw();
  });

  it('explains a failure in the reader’s language', async () => {
    api.answer(() => problem(404, 'Not Found', 'No qualification turvajuht-9 at etel'));
    const el = await fixture<KutseQualificationInfo>(
      html`<kutse-qualification-info lang="en" body="etel" qualification="turvajuht-9"></kutse-qualification-info>`,
    );
    await shows(el, 'Qualification not found');
  });

  it('offers to try again when the network fails, and trying again loads it', async () => {
    api.answer(networkDown);
    const el = await turvajuht();
    await shows(el, 'Kutse andmeid ei õnnestunud laadida');
    expect(visibleText(el)).to.include('Kontrollige internetiühendust');

    api.answer(answersTurvajuht);
    control(el, 'button', 'Proovi uuesti').click();
    await shows(el, 'Turvajuht, tase 5');
    expect(el.shadowRoot?.activeElement?.textContent).to.equal('Turvajuht, tase 5');
  });

  it('offers to try again when the service fails', async () => {
    api.answer(() => problem(503, 'Service Unavailable', 'Database is restarting'));
    const el = await turvajuht();
    await shows(el, 'Teenuses on ajutine tõrge');
    expect(control(el, 'button', 'Proovi uuesti')).to.exist;
  });

  it('asks the API given in its api attribute', async () => {
    const el = await fixture<KutseQualificationInfo>(
      html`<kutse-qualification-info api="https://kutse.example.ee" body="etel" qualification="turvajuht-5" sessions="3">
      </kutse-qualification-info>`,
    );
    await shows(el, 'Turvajuht, tase 5');
    expect(api.requests[0]?.origin).to.equal('https://kutse.example.ee');
    expect(api.requests[0]?.searchParams.get('sessions')).to.equal('3');
  });
});
