// <kutse-status-tracker>'s list: each application with its state in words, its timeline, its facts,
// what the body asks for or a draft misses, in both languages, and on a narrow screen.
import { expect } from '@open-wc/testing';
import { aMessage, aSubmittedApplication, type Language } from './fixtures/applications.ts';
import { loadAxe } from './fixtures/axe.ts';
import { fakeApiForEachTest } from './fixtures/fake-applications-api.ts';
import { control, shows } from './fixtures/screen.ts';
import {
  $,
  $$,
  anAttachment,
  badge,
  ids,
  list,
  openMessages,
  place,
  sentTo,
  text,
  tracker,
  trackerApi,
} from './status-tracker.fixtures.ts';

describe('<kutse-status-tracker> the list', () => {
  const api = fakeApiForEachTest(trackerApi);

  before(loadAxe);

  it('says when there are no applications, in both languages', async () => {
    api.applications = [];
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Teil pole selle kutse andja juures taotlusi.');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await shows(el, 'You have no applications with this awarding body.');
    await expect(el).to.be.accessible();
  });

  it('shows each application with its state and a timeline of states and dates, in order', async () => {
    api.applications = [
      aSubmittedApplication('et', {
        state: 'exam_booked',
        examSession: { id: 1, startsAt: '2026-03-12T10:00:00+02:00', place },
        history: [
          { from: null, to: 'draft', at: '2026-02-01T09:00:00Z', reason: null },
          { from: 'draft', to: 'submitted', at: '2026-02-03T10:00:00Z', reason: null },
          {
            from: 'submitted',
            to: 'returned',
            at: '2026-02-05T08:00:00Z',
            reason: 'Lisage karistusregistri tõend.',
          },
          { from: 'returned', to: 'resubmitted', at: '2026-02-06T12:00:00Z', reason: null },
          { from: 'resubmitted', to: 'admitted', at: '2026-02-10T12:00:00Z', reason: null },
          { from: 'admitted', to: 'exam_booked', at: '2026-02-11T12:00:00Z', reason: null },
        ],
      }),
    ];
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Turvajuht, tase 5');
    expect(text($(el, 'h2'))).to.equal('Turvajuht, tase 5 — Kutse taotlemine');
    expect(badge(el)).to.equal('Olek: Eksamile registreeritud');
    const steps = $$(el, '[part="timeline"] li').map(text);
    expect(steps).to.deep.equal([
      'Mustand 01.02.2026',
      'Esitatud 03.02.2026',
      'Tagastatud täiendamiseks 05.02.2026 Lisage karistusregistri tõend.',
      'Uuesti esitatud 06.02.2026',
      'Vastu võetud 10.02.2026',
      'Eksamile registreeritud 11.02.2026',
    ]);
    expect($(el, '[part="timeline"] ol').tagName).to.equal('OL');
    const facts = text($(el, '[part="facts"]'));
    expect(facts).to.include('Eksam neljapäev, 12. märts 2026, kell 10:00, Tallinn, Pärnu mnt 67');
    expect(facts).to.include('Viitenumber 1213 1295 2');
    await expect(el).to.be.accessible();
  });

  it('names every state in words, in Estonian and in English', async () => {
    const states = [
      'draft',
      'submitted',
      'returned',
      'resubmitted',
      'admitted',
      'exam_booked',
      'assessed',
      'granted',
      'refused',
      'withdrawn',
      'rejected',
    ];
    const manyIn = (language: Language) =>
      states.map((state) => aSubmittedApplication(language, { id: crypto.randomUUID(), state }));
    // The fake names them in the language asked for, as the API does from the catalogue.
    api.applications = manyIn('et');
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Turvajuht, tase 5');
    expect(states.map((_, index) => badge(el, index))).to.deep.equal(
      [
        'Mustand',
        'Esitatud',
        'Tagastatud täiendamiseks',
        'Uuesti esitatud',
        'Vastu võetud',
        'Eksamile registreeritud',
        'Hinnatud',
        'Kutse antud',
        'Kutset ei antud',
        'Tagasi võetud',
        'Tagasi lükatud',
      ].map((word) => `Olek: ${word}`),
    );
    await expect(el).to.be.accessible();

    el.lang = 'en';
    await shows(el, 'Security Manager, Level 5');
    expect(sentTo(api, 'GET', list).at(-1)?.query.get('lang')).to.equal('en');
    expect(states.map((_, index) => badge(el, index))).to.deep.equal(
      [
        'Draft',
        'Submitted',
        'Returned for completion',
        'Resubmitted',
        'Admitted',
        'Exam booked',
        'Assessed',
        'Qualification granted',
        'Qualification refused',
        'Withdrawn',
        'Rejected',
      ].map((word) => `Status: ${word}`),
    );
    expect(text($(el, '[part="timeline"] li'))).to.equal('Draft 1 Feb 2026');
    await expect(el).to.be.accessible();
  });

  it('shows what the body asks for on a returned application, and what a draft misses', async () => {
    api.applications = [
      aSubmittedApplication('et', {
        id: ids.returned,
        state: 'returned',
        canEdit: true,
        missing: [{ field: 'documents.criminal-record-extract', detail: 'Karistusregistri tõend puudub.' }],
        history: [
          { from: null, to: 'draft', at: '2026-02-01T09:00:00Z', reason: null },
          { from: 'draft', to: 'submitted', at: '2026-02-03T10:00:00Z', reason: null },
          { from: 'submitted', to: 'returned', at: '2026-02-04T08:00:00Z', reason: 'Vana põhjus.' },
          { from: 'returned', to: 'resubmitted', at: '2026-02-05T08:00:00Z', reason: null },
          { from: 'resubmitted', to: 'returned', at: '2026-02-06T08:00:00Z', reason: 'Tõend on aegunud.' },
        ],
      }),
      aSubmittedApplication('et', {
        id: ids.draft,
        state: 'draft',
        submittedAt: null,
        canEdit: true,
        missing: [{ field: 'examSession', detail: 'Valige eksamiaeg.' }],
        history: [{ from: null, to: 'draft', at: '2026-02-01T09:00:00Z', reason: null }],
      }),
    ];
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Turvajuht, tase 5');
    const [returned, draft] = $$(el, '[part="todo"]').map(text);
    expect(returned).to.equal(
      'Kutse andja palub täiendada Tõend on aegunud. Karistusregistri tõend puudub. Täiendage taotlust taotlusvormis ja esitage see uuesti.',
    );
    expect(draft).to.include('Puudu Valige eksamiaeg.');
    expect(draft).to.include('Saate seda jätkata taotlusvormis');
    expect(text($$(el, '[part="facts"]')[1] as HTMLElement)).to.include('Tasuda 31,00 €');
    await expect(el).to.be.accessible();
  });

  it('says who submitted an application on the applicant’s behalf, and nothing of their own', async () => {
    api.applications = [
      aSubmittedApplication('et', { submittedBy: { name: 'Andres Kivi', on: 'staff' } }),
      aSubmittedApplication('et', {
        id: ids.returned,
        submittedBy: { name: 'Kaido Valvur', on: 'employer' },
      }),
      aSubmittedApplication('et', { id: ids.draft, submittedBy: null }),
    ];
    await api.signIn();
    const el = await tracker(api);
    await shows(el, 'Taotluse esitas teie eest Andres Kivi (Eesti Turvaettevõtete Liit)');
    const said = $$(el, '[part="application"]').map(text);
    expect(said[1]).to.include('Taotluse esitas teie eest Kaido Valvur (tööandja)');
    expect(said[2]).not.to.include('Taotluse esitas');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await shows(el, 'Submitted on your behalf by Andres Kivi (Estonian Security Companies Association)');
    expect(text($$(el, '[part="application"]')[1] as HTMLElement)).to.include(
      'Submitted on your behalf by Kaido Valvur (your employer)',
    );
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px wide screen, messages and confirmation open', async () => {
    api.applications = [
      aSubmittedApplication('et', {
        unreadMessages: 1,
        examSession: { id: 1, startsAt: '2026-03-12T10:00:00+02:00', place },
        qualification: { slug: 'x', name: 'Elektripaigaldiste käidukorraldaja-ekspertkonsultant, tase 7' },
      }),
    ];
    api.messages[ids.submitted] = [
      aMessage({
        attachments: [anAttachment({ fileName: 'väga-pikk-faili-nimi-ilma-tühikuteta-2026.pdf' })],
      }),
    ];
    await api.signIn();
    const el = await tracker(api);
    el.style.width = '320px';
    await shows(el, 'Elektripaigaldiste');
    await openMessages(el, 'Sõnumid (1 lugemata)');
    control(el, 'button', 'Võta taotlus tagasi').click();
    await shows(el, 'Kas võtta taotlus tagasi?');
    const right = el.getBoundingClientRect().right;
    for (const node of $$(el, '*')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right, `${node.tagName}.${node.className}`).to.be.at.most(right + 0.5);
    }
  });
});
