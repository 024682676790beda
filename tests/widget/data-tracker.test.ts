// <kutse-data-tracker>: who read or changed the signed-in person's data, as its reader sees it —
// each entry in words (what, when on Tallinn's clock, who, at which body, why), newest first, more
// on request, and nothing of theirs once signed out. The fake answers GET /me/data-tracker with
// entries parsed by the contract's schema, as many as the request's limit, as the API does.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import * as v from 'valibot';
import '../../widget/src/data-tracker/define.ts';
import { DataTracker, type TrackerEvent } from '../../contract/data-tracker.ts';
import { ProblemSchema } from '../../contract/problem.ts';
import type { KutseDataTracker } from '../../widget/src/data-tracker/data-tracker.ts';
import { sessionFor } from '../../widget/src/shared/session.ts';
import { loadAxe } from './fixtures/axe.ts';
import { type FakeApplicationsApi, gate, installFakeApi } from './fixtures/fake-applications-api.ts';
import { control, shows, visibleText, waitUntil } from './fixtures/screen.ts';

const etel = { slug: 'etel', nameEt: 'Eesti Turvaettevõtete Liit', nameEn: 'Estonian Security Association' };

const anEvent = (overrides: Partial<TrackerEvent> = {}): TrackerEvent => ({
  at: '2026-03-10T08:05:00Z',
  action: 'application.read',
  entity: 'application',
  entityId: '5b0f7c2e-1d3a-4e5f-8a9b-0c1d2e3f4a5b',
  purpose: 'application processing',
  byThemselves: false,
  actor: { name: 'Mari Kask', role: 'processor' },
  body: etel,
  ...overrides,
});

/** Newest first, as the API orders them. */
const someEvents = (): TrackerEvent[] => [
  anEvent(),
  anEvent({
    at: '2026-03-09T12:00:00Z',
    action: 'certificate.verified',
    entity: 'certificate',
    purpose: 'verification',
    actor: null,
  }),
  anEvent({
    at: '2026-03-01T07:30:00Z',
    action: 'person.login',
    entity: 'person',
    purpose: null,
    byThemselves: true,
    actor: { name: 'Jaan Ääremaa', role: 'person' },
  }),
];

type Answer = (limit: number) => Response | Promise<Response>;

/** The data tracker's fake over the applications fake, whose sign-in it uses. */
class FakeTracker {
  events: TrackerEvent[] = someEvents();
  readonly limits: number[] = [];
  readonly authorizations: (string | null)[] = [];
  answer: Answer = (limit) => this.#json({ events: this.events.slice(0, limit) });
  readonly #wrapped = window.fetch;
  readonly api: FakeApplicationsApi;

  constructor(api: FakeApplicationsApi) {
    this.api = api;
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.origin !== api.origin || url.pathname !== '/me/data-tracker') return this.#wrapped(input, init);
      const limit = Number(url.searchParams.get('limit') ?? 100);
      this.limits.push(limit);
      this.authorizations.push(new Headers(init?.headers).get('authorization'));
      return this.answer(limit);
    };
  }

  #json(body: unknown) {
    return new Response(JSON.stringify(v.parse(DataTracker, body)), {
      headers: { 'content-type': 'application/json' },
    });
  }

  problem(status: number, detail: string) {
    const body = v.parse(ProblemSchema, {
      type: 'about:blank',
      title: 'Error',
      status,
      detail,
      instance: '/me/data-tracker',
      requestId: 'test',
    });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/problem+json' },
    });
  }

  async restore() {
    window.fetch = this.#wrapped;
    await this.api.restore();
  }
}

const open = (fake: FakeTracker, lang = 'et') =>
  fixture<KutseDataTracker>(
    html`<kutse-data-tracker body="etel" api=${fake.api.origin} lang=${lang}></kutse-data-tracker>`,
  );

const entries = (el: Element) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="entry"]') ?? [])];
// biome-ignore lint/performance/useDomNodeTextContent: what is rendered, as the reader sees it.
const said = (entry: HTMLElement | undefined) => (entry?.innerText ?? '').replace(/\s+/g, ' ').trim();

describe('<kutse-data-tracker>', () => {
  let fake: FakeTracker;

  before(loadAxe);

  beforeEach(async () => {
    fake = new FakeTracker(await installFakeApi({ person: { givenName: 'Jaan', familyName: 'Ääremaa' } }));
  });

  afterEach(async () => {
    await fake.restore();
  });

  it('asks to sign in, then shows who used the data, with the token, in Estonian', async () => {
    const el = await open(fake);
    await shows(el, 'Et näha, kes teie andmeid on kasutanud, logige sisse.');
    await expect(el).to.be.accessible();
    control(el, 'button', 'Logi sisse').click();
    fake.api.completeSignIn();
    await shows(el, 'Vaadati teie taotlust');
    expect(fake.authorizations).to.deep.equal(['Bearer token-1']);
    const [read, verified, login] = entries(el);
    expect(said(read)).to.equal(
      'Vaadati teie taotlust 10. märts 2026, 10:05 Kes Mari Kask (menetleja) Asutus Eesti Turvaettevõtete Liit Eesmärk Taotluse menetlemine',
    );
    expect(said(verified)).to.equal(
      'Kontrolliti teie kutsetunnistuse ehtsust 9. märts 2026, 14:00 Kes Sisse logimata kasutaja Asutus Eesti Turvaettevõtete Liit Eesmärk Kutsetunnistuse ehtsuse kontroll',
    );
    // One's own signing in has no purpose to state.
    expect(said(login)).to.equal(
      'Sisselogimine 1. märts 2026, 09:30 Kes Teie ise Asutus Eesti Turvaettevõtete Liit',
    );
    expect(read?.querySelector('time')?.getAttribute('datetime')).to.equal('2026-03-10T08:05:00Z');
    await expect(el).to.be.accessible();
  });

  it('says it all in English, times on Tallinn’s clock', async () => {
    await fake.api.signIn('en');
    const el = await open(fake, 'en');
    await shows(el, 'Your application was viewed');
    expect(said(entries(el)[0])).to.equal(
      'Your application was viewed 10 Mar 2026, 10:05 Who Mari Kask (processor) Organisation Estonian Security Association Purpose Processing the application',
    );
    expect(said(entries(el)[2])).to.include('Who You');
    expect(visibleText(el)).to.include('Who has used my data');
    await expect(el).to.be.accessible();
  });

  it('still says an action it has no sentence for, by what it concerned', async () => {
    fake.events = [
      anEvent({ action: 'certificate.credential', entity: 'certificate', body: null, purpose: 'credential' }),
      anEvent({ action: 'document.list', entity: 'document', actor: { name: 'Uus Roll', role: 'auditor' } }),
    ];
    await fake.api.signIn();
    const el = await open(fake);
    await shows(el, 'Muudeti teie andmeid: kutsetunnistus');
    expect(said(entries(el)[0])).to.include('Asutus Kutseregister Eesmärk credential');
    expect(said(entries(el)[1])).to.include('Vaadati teie andmeid: dokument');
    expect(said(entries(el)[1])).to.include('Uus Roll (auditor)');
  });

  it('says so when nobody has used the data', async () => {
    fake.events = [];
    await fake.api.signIn();
    const el = await open(fake);
    await shows(el, 'Teie andmeid pole keegi vaadanud ega muutnud.');
    expect(entries(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows twenty at first and more on request, the first new one focused, until all are shown', async function () {
    this.timeout(15_000);
    fake.events = Array.from({ length: 45 }, (_, i) =>
      anEvent({ at: new Date(Date.UTC(2026, 2, 10, 12, 0) - i * 3_600_000).toISOString() }),
    );
    await fake.api.signIn();
    const el = await open(fake);
    await waitUntil(() => entries(el).length === 20, 'the first twenty');
    expect(fake.limits).to.deep.equal([21]);
    control(el, 'button', 'Näita rohkem').click();
    await waitUntil(() => entries(el).length === 40, 'forty');
    await waitUntil(() => el.shadowRoot?.activeElement === entries(el)[20], 'the 21st entry focused');
    await shows(el, 'Näidatakse 40 kirjet.');
    control(el, 'button', 'Näita rohkem').click();
    await waitUntil(() => entries(el).length === 45, 'all 45');
    await shows(el, 'Näidatakse 45 kirjet. Kõik kirjed on näidatud.');
    expect(() => control(el, 'button', 'Näita rohkem')).to.throw();
    expect(fake.limits).to.deep.equal([21, 41, 61]);
    await expect(el).to.be.accessible();
  });

  it('keeps its place while loading, and offers to try again when loading fails', async () => {
    const held = gate();
    const answer = fake.answer;
    fake.answer = async () => {
      await held.opened;
      return fake.problem(503, 'Teenus on hetkel kättesaamatu.');
    };
    await fake.api.signIn();
    const el = await open(fake);
    await shows(el, 'Laadin andmejälgija kirjeid…');
    // Three placeholder entries keep the list's room: the host page below does not jump.
    expect(el.getBoundingClientRect().height).to.be.greaterThan(220);
    await expect(el).to.be.accessible();
    held.release();
    await shows(el, 'Andmejälgija kirjeid ei õnnestunud laadida. Teenus on hetkel kättesaamatu.');
    fake.answer = answer;
    control(el, 'button', 'Proovi uuesti').click();
    await shows(el, 'Vaadati teie taotlust');
    expect(visibleText(el)).not.to.include('ei õnnestunud');
  });

  it('forgets the entries when the person signs out', async () => {
    await fake.api.signIn();
    const el = await open(fake);
    await shows(el, 'Mari Kask');
    await sessionFor(fake.api.origin).signOut();
    await shows(el, 'logige sisse');
    expect(visibleText(el)).not.to.include('Mari Kask');
    expect(entries(el)).to.have.length(0);
  });

  describe('at 320 px', () => {
    before(() => setViewport({ width: 320, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['et', 'en'] as const)
      it(`fits without scrolling sideways and has nothing for axe, signed out, listed and failed (${lang})`, async function () {
        this.timeout(15_000);
        const el = await open(fake, lang);
        await shows(el, lang === 'et' ? 'Logi sisse' : 'Sign in');
        await expect(el).to.be.accessible();
        await fake.api.signIn(lang);
        await shows(
          el,
          lang === 'et' ? 'Kontrolliti teie kutsetunnistuse ehtsust' : 'Your certificate was verified',
        );
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        await expect(el).to.be.accessible();
        fake.answer = () => fake.problem(503, lang === 'et' ? 'Teenus puhkab.' : 'The service is resting.');
        await sessionFor(fake.api.origin).signOut();
        await fake.api.signIn(lang);
        await shows(el, lang === 'et' ? 'Teenus puhkab.' : 'The service is resting.');
        await expect(el).to.be.accessible();
      });
  });
});
