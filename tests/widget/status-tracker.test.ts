import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../widget/src/status-tracker/define.ts';
import type { ApplicationView, DocumentView, MessageView } from '../../contract/applications.ts';
import { sessionFor } from '../../widget/src/shared/session.ts';
import type {
  ApplicationWithdrawnDetail,
  KutseStatusTracker,
} from '../../widget/src/status-tracker/status-tracker.ts';
import { asTheApiWould, checkAnswer, takeBreaches } from './fixtures/api-contract.ts';
import { json, problem } from './fixtures/fake-api.ts';
import { control, shows, visibleText, waitUntil } from './fixtures/screen.ts';

type Language = 'et' | 'en';

const person = { givenName: 'Mari', familyName: 'Maasikas' };
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

const ids = {
  submitted: '0b6f8a52-3c1e-4a8e-9f7d-2a4c6e8b0d11',
  returned: '1c7a9b63-4d2f-4b9f-8e6c-3b5d7f9c1e22',
  draft: '2d8bac74-5e3a-4cae-9d5b-4c6e8a0d2f33',
  document: '3e9cbd85-6f4b-4dbf-8c4a-5d7f9b1e3a44',
};

const words = {
  et: { qualification: 'Turvajuht, tase 5', kind: 'Kutse taotlemine', place: 'Tallinn, Pärnu mnt 67' },
  en: {
    qualification: 'Security Manager, Level 5',
    kind: 'First application',
    place: 'Tallinn, Pärnu mnt 67',
  },
};

/** What the API's list would say in English: the names from the catalogue's translations. */
const inLanguage =
  (lang: string | null) =>
  (application: ApplicationView): ApplicationView =>
    lang === 'en' && application.qualification.name === words.et.qualification
      ? {
          ...application,
          qualification: { ...application.qualification, name: words.en.qualification },
          kind: { ...application.kind, title: words.en.kind },
        }
      : application;

/** A submitted first application for Turvajuht, tase 5, as the API would answer it. */
function anApplication(language: Language = 'et', overrides: Partial<ApplicationView> = {}): ApplicationView {
  const w = words[language];
  return {
    id: ids.submitted,
    state: 'submitted',
    createdAt: '2026-02-01T09:00:00Z',
    updatedAt: '2026-02-03T10:00:00Z',
    submittedAt: '2026-02-03T10:00:00Z',
    qualification: { slug: 'turvajuht-5', name: w.qualification },
    kind: { slug: 'first', kind: 'first', title: w.kind },
    applicant: { ...person, personalCode: '49403136526', email: 'mari@example.ee', phone: null },
    prerequisites: [],
    examSession: null,
    needsExamSession: true,
    certificates: [],
    recertification: null,
    renews: null,
    invoice: null,
    delivery: null,
    publicConsent: false,
    payment: {
      recipient: 'Eesti Turvaettevõtete Liit',
      iban: 'EE552200001120063926',
      bankName: 'Swedbank',
      reference: '121312952',
      explanation: 'Turvajuht, tase 5 – Mari Maasikas',
      explanationHint: 'Selgitusse lisada taotletav kutsekvalifikatsioon ja taotleja nimi.',
      items: [],
      dueNow: { netCents: 2500, vatRatePercent: 24, vatCents: 600, grossCents: 3100, currency: 'EUR' },
    },
    documents: [],
    missing: [],
    canEdit: false,
    canWithdraw: true,
    unreadMessages: 0,
    history: [
      { from: null, to: 'draft', at: '2026-02-01T09:00:00Z', reason: null },
      { from: 'draft', to: 'submitted', at: '2026-02-03T10:00:00Z', reason: null },
    ],
    ...overrides,
  };
}

const aDocument = (overrides: Partial<DocumentView> = {}): DocumentView => ({
  id: ids.document,
  type: null,
  variant: null,
  fileName: 'karistusregistri-tõend.pdf',
  mediaType: 'application/pdf',
  byteSize: 120_000,
  issuedOn: null,
  coversFrom: null,
  coversUntil: null,
  uploadedAt: '2026-02-05T08:00:00Z',
  ...overrides,
});

const aMessage = (overrides: Partial<MessageView> = {}): MessageView => ({
  id: crypto.randomUUID(),
  fromBody: true,
  author: 'ETEL kutsekomisjon',
  text: 'Palun lisage karistusregistri tõend.',
  sentAt: '2026-02-05T08:00:00Z',
  readAt: null,
  attachments: [],
  ...overrides,
});

/** One request the widget made to the API, as the API would see it. */
interface Sent {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

/** An upload the widget started through XMLHttpRequest; the test decides when it progresses and ends. */
interface Upload {
  url: URL;
  headers: Record<string, string>;
  body: unknown;
  progress(loaded: number, total: number): void;
  finish(status: number, answer: unknown): void;
}

/** Stands in for XMLHttpRequest, the one thing fetch cannot do: report upload progress. */
function fakeXhr(uploads: Upload[]) {
  return class FakeXMLHttpRequest {
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    status = 0;
    responseText = '';
    #method = 'POST';
    #url = '';
    #headers: Record<string, string> = {};

    open(method: string, url: string) {
      this.#method = method;
      this.#url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.#headers[name.toLowerCase()] = value;
    }

    send(body: unknown) {
      uploads.push({
        url: new URL(this.#url),
        headers: this.#headers,
        body,
        progress: (loaded, total) =>
          this.upload.onprogress?.(new ProgressEvent('progress', { loaded, total, lengthComputable: true })),
        finish: (status, answer) => {
          checkAnswer(this.#method, new URL(this.#url).pathname, status, answer);
          this.status = status;
          this.responseText = JSON.stringify(answer);
          this.onload?.();
        },
      });
    }
  };
}

describe('<kutse-status-tracker>', () => {
  let api: string;
  let tests = 0;
  let sent: Sent[];
  let uploads: Upload[];
  let frames: HTMLIFrameElement[];
  let popup: Window;
  let originalFetch: typeof window.fetch;
  let originalOpen: typeof window.open;
  let originalXhr: typeof XMLHttpRequest;
  /** What the fake API holds: change it and bump `version` to play a change made by the body. */
  let server: {
    applications: ApplicationView[];
    version: number;
    messages: MessageView[];
    answer?: (request: Sent) => Response | undefined;
  };

  const list = '/bodies/etel/applications';
  const sentTo = (method: string, path: string) =>
    sent.filter((request) => request.method === method && request.path === path);

  const answer = (request: Sent): Response => {
    const special = server.answer?.(request);
    if (special) return special;
    const { method, path } = request;
    if (path === '/auth/widget/handoff') return new Response('{"status":"pending"}', { status: 202 });
    if (path === '/auth/widget/logout') return new Response(null, { status: 204 });
    if (method === 'GET' && path === list) {
      const etag = `"v${server.version}"`;
      if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304 });
      const response = json({ applications: server.applications.map(inLanguage(request.query.get('lang'))) });
      response.headers.set('etag', etag);
      return response;
    }
    const [, id, rest] = path.match(/^\/bodies\/etel\/applications\/([^/]+)\/(.+)$/) ?? [];
    const application = server.applications.find((candidate) => candidate.id === id);
    if (!application) return problem(404, 'Not Found', path);
    if (method === 'POST' && rest === 'withdraw') {
      const reason = (request.body as { reason?: string }).reason ?? null;
      const withdrawn = {
        ...application,
        state: 'withdrawn',
        canWithdraw: false,
        history: [
          ...application.history,
          { from: application.state, to: 'withdrawn', at: new Date().toISOString(), reason },
        ],
      };
      server.applications = server.applications.map((candidate) =>
        candidate.id === id ? withdrawn : candidate,
      );
      server.version += 1;
      return json(withdrawn);
    }
    if (method === 'GET' && rest === 'messages') return json({ messages: server.messages });
    if (method === 'POST' && rest === 'messages') {
      const { text, attachments = [] } = request.body as { text: string; attachments?: string[] };
      const message = aMessage({
        fromBody: false,
        author: 'Mari Maasikas',
        text,
        sentAt: new Date().toISOString(),
        attachments: attachments.map((documentId) => aDocument({ id: documentId, fileName: 'lisa.pdf' })),
      });
      server.messages = [...server.messages, message];
      return json(message, 201);
    }
    if (method === 'GET' && rest?.startsWith('documents/')) {
      return new Response(new Blob(['%PDF-1.4'], { type: 'application/pdf' }), {
        headers: { 'content-disposition': 'attachment' },
      });
    }
    return problem(404, 'Not Found', path);
  };

  /** A real window (MessageEvent insists on one) that plays the sign-in popup: a same-origin iframe's. */
  const aWindow = (): Window => {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    document.body.append(frame);
    frames.push(frame);
    return frame.contentWindow as Window;
  };

  /** What the sign-in popup posts when the person has signed in, as <kutse-account>'s tests do. */
  const finishSignIn = () =>
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: 'kutse:login', token: 'token-1', expiresAt: inMinutes(10), person },
        origin: api,
        source: popup,
      }),
    );

  /** Signs the page in, as <kutse-account> elsewhere on the page would. */
  const signIn = async () => {
    sessionFor(api).signIn({ body: 'etel', language: 'et' });
    finishSignIn();
    await waitUntil(() => sessionFor(api).state.status === 'signed-in', 'not signed in');
  };

  const tracker = (lang = '', pollSeconds?: number) =>
    fixture<KutseStatusTracker>(
      html`<kutse-status-tracker body="etel" api=${api} lang=${lang} poll-seconds=${pollSeconds ?? 20}></kutse-status-tracker>`,
    );

  const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => {
    const found = el.shadowRoot?.querySelector<T>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  const $$ = (el: Element, selector: string) => [
    ...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
  ];
  const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const announced = (el: Element) => text($(el, '[part="announcer"]'));
  const badge = (el: Element, index = 0) => text($$(el, '[part="badge"]')[index] as HTMLElement);

  /** Opens the first application's messages and waits for them. */
  const openMessages = async (el: KutseStatusTracker, label = 'Sõnumid') => {
    const button = $$(el, '[part="messages-button"]')[0] as HTMLButtonElement;
    expect(text(button)).to.equal(label);
    button.click();
    await waitUntil(() => $$(el, '[part="reply"]').length === 1, 'the thread did not open');
    await waitUntil(
      () => !visibleText(el).includes('Laadin sõnumeid…') && !visibleText(el).includes('Loading messages…'),
    );
  };

  const typeReply = (el: Element, value: string) => {
    const textarea = $<HTMLTextAreaElement>(el, '[part="reply"] textarea');
    textarea.value = value;
    textarea.dispatchEvent(new Event('input'));
  };

  beforeEach(async () => {
    // A new API origin per test is a new session: nothing carries over from the previous test.
    tests += 1;
    api = `https://kutse-tracker-${tests}.example.ee`;
    sent = [];
    uploads = [];
    frames = [];
    server = { applications: [anApplication()], version: 1, messages: [] };
    popup = aWindow();
    originalFetch = window.fetch;
    originalOpen = window.open;
    originalXhr = window.XMLHttpRequest;
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      const request: Sent = {
        method: init?.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: new Headers(init?.headers),
        body,
      };
      sent.push(request);
      if (url.origin !== api) throw new TypeError(`unexpected request to ${url.origin}`);
      return asTheApiWould(request.method, request.path, answer(request));
    };
    window.open = () => popup;
    window.XMLHttpRequest = fakeXhr(uploads) as unknown as typeof XMLHttpRequest;
    // The session prepares the popup's handoff hash as it is created: wait for that very digest
    // (not a guessed while), then one task, by which the session has taken the hash.
    const digest = crypto.subtle.digest.bind(crypto.subtle);
    let hashed: Promise<ArrayBuffer> | undefined;
    crypto.subtle.digest = (algorithm, data) => {
      hashed = digest(algorithm, data);
      return hashed;
    };
    try {
      sessionFor(api);
    } finally {
      delete (crypto.subtle as { digest?: unknown }).digest; // back to SubtleCrypto.prototype's
    }
    await hashed;
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  afterEach(async () => {
    await sessionFor(api).signOut();
    window.fetch = originalFetch;
    window.open = originalOpen;
    window.XMLHttpRequest = originalXhr;
    for (const frame of frames) frame.remove();
    const breaches = takeBreaches();
    if (breaches.length > 0) throw new Error(breaches.join('\n'));
  });

  describe('signed out', () => {
    it('explains and offers to sign in, in Estonian', async () => {
      let opened = 0;
      window.open = () => {
        opened += 1;
        return popup;
      };
      const el = await tracker();
      await shows(el, 'Oma taotluste ja nende käigu nägemiseks logige sisse.');
      await expect(el).to.be.accessible();
      control(el, 'button', 'Logi sisse').click();
      // Synchronously, inside the click: a popup opened later is blocked.
      expect(opened).to.equal(1);
      expect(sessionFor(api).state.status).to.equal('signing-in');
      await shows(el, 'Sisselogimine käib hüpikaknas…');
      finishSignIn();
      await shows(el, 'Turvajuht, tase 5');
      expect(sentTo('GET', list)).to.have.length(1);
    });

    it('explains and offers to sign in, in English', async () => {
      const el = await tracker('en');
      await shows(el, 'Sign in to see your applications');
      expect(control(el, 'button', 'Sign in')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the list as soon as the person signs in elsewhere on the page, with the token', async () => {
      const el = await tracker();
      await shows(el, 'Logi sisse');
      await signIn();
      await shows(el, 'Turvajuht, tase 5');
      const [request] = sentTo('GET', list);
      expect(request?.headers.get('authorization')).to.equal('Bearer token-1');
      expect(request?.query.get('lang')).to.equal('et');
      expect(request?.headers.get('if-none-match')).to.equal(null);
    });

    it('asks to sign in again when the API no longer accepts the token, and forgets the list', async () => {
      await signIn();
      const el = await tracker();
      await shows(el, 'Turvajuht, tase 5');
      server.answer = (request) =>
        request.path === list ? problem(401, 'Unauthorized', 'The token has expired.') : undefined;
      document.dispatchEvent(new Event('visibilitychange'));
      await shows(el, 'Teie seanss on lõppenud — oma taotluste nägemiseks logige uuesti sisse.');
      expect(visibleText(el)).not.to.include('Turvajuht');
      expect(control(el, 'button', 'Logi sisse')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('the list', () => {
    it('says when there are no applications, in both languages', async () => {
      server.applications = [];
      await signIn();
      const el = await tracker();
      await shows(el, 'Teil pole selle kutse andja juures taotlusi.');
      await expect(el).to.be.accessible();
      el.lang = 'en';
      await shows(el, 'You have no applications with this awarding body.');
      await expect(el).to.be.accessible();
    });

    it('shows each application with its state and a timeline of states and dates, in order', async () => {
      server.applications = [
        anApplication('et', {
          state: 'exam_booked',
          examSession: { id: 1, startsAt: '2026-03-12T10:00:00+02:00', place: words.et.place },
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
      await signIn();
      const el = await tracker();
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
        states.map((state) => anApplication(language, { id: crypto.randomUUID(), state }));
      server.applications = manyIn('et');
      server.answer = (request) =>
        request.path === list && request.query.get('lang') === 'en'
          ? json({ applications: manyIn('en') })
          : undefined;
      await signIn();
      const el = await tracker();
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
      expect(sentTo('GET', list).at(-1)?.query.get('lang')).to.equal('en');
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
      server.applications = [
        anApplication('et', {
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
        anApplication('et', {
          id: ids.draft,
          state: 'draft',
          submittedAt: null,
          canEdit: true,
          missing: [{ field: 'examSession', detail: 'Valige eksamiaeg.' }],
          history: [{ from: null, to: 'draft', at: '2026-02-01T09:00:00Z', reason: null }],
        }),
      ];
      await signIn();
      const el = await tracker();
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
  });

  describe('messages', () => {
    beforeEach(() => {
      server.applications = [anApplication('et', { unreadMessages: 2 })];
      server.messages = [
        aMessage({ attachments: [aDocument()] }),
        aMessage({ text: 'Ootame tõendit nädala jooksul.', sentAt: '2026-02-06T08:00:00Z' }),
      ];
    });

    it('open behind a button that says how many are unread, the body’s and mine told apart', async () => {
      server.messages = [
        ...server.messages,
        aMessage({
          fromBody: false,
          author: 'Mari Maasikas',
          text: 'Saadan homme.',
          readAt: '2026-02-06T09:00:00Z',
        }),
      ];
      await signIn();
      const el = await tracker();
      await shows(el, 'Sõnumid (2 lugemata)');
      const button = $<HTMLButtonElement>(el, '[part="messages-button"]');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      await openMessages(el, 'Sõnumid (2 lugemata)');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const [request] = sentTo('GET', `${list}/${ids.submitted}/messages`);
      expect(request?.query.get('lang')).to.equal('et');
      expect(request?.headers.get('authorization')).to.equal('Bearer token-1');

      const messages = $$(el, '[part="message"]');
      expect(messages.map((message) => message.className)).to.deep.equal([
        'message from-body',
        'message from-body',
        'message from-me',
      ]);
      expect(text(messages[0] as HTMLElement)).to.match(
        /^ETEL kutsekomisjon Kutse andja .*2026.* Palun lisage karistusregistri tõend\. karistusregistri-tõend\.pdf PDF, 0,1 MB$/,
      );
      expect(text(messages[2] as HTMLElement)).to.include('Mari Maasikas Teie');
      // Reading them marked them read.
      await waitUntil(() => text(button) === 'Sõnumid');
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '.thread-body').hidden).to.equal(true);
    });

    it('are accessible in English too', async () => {
      await signIn();
      const el = await tracker('en');
      await shows(el, 'Messages (2 unread)');
      await openMessages(el, 'Messages (2 unread)');
      expect(visibleText(el)).to.include('Your message to the awarding body');
      await expect(el).to.be.accessible();
    });

    it('refuse an empty reply with an error next to the field, and send nothing', async () => {
      await signIn();
      const el = await tracker();
      await shows(el, 'Sõnumid');
      await openMessages(el, 'Sõnumid (2 lugemata)');
      typeReply(el, '   ');
      control(el, 'button', 'Saada').click();
      await shows(el, 'Kirjutage sõnum.');
      const textarea = $<HTMLTextAreaElement>(el, '[part="reply"] textarea');
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      const error = $(el, `#${textarea.getAttribute('aria-describedby')}`);
      expect(text(error)).to.equal('Kirjutage sõnum.');
      expect(textarea.nextElementSibling).to.equal(error);
      expect(el.shadowRoot?.activeElement).to.equal(textarea);
      expect(sentTo('POST', `${list}/${ids.submitted}/messages`)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('send a reply, showing it and saying so', async () => {
      await signIn();
      const el = await tracker();
      await shows(el, 'Sõnumid');
      await openMessages(el, 'Sõnumid (2 lugemata)');
      typeReply(el, '  Saadan tõendi homme.  ');
      control(el, 'button', 'Saada').click();
      await waitUntil(() => announced(el) === 'Sõnum saadetud.', 'not announced');
      const [post] = sentTo('POST', `${list}/${ids.submitted}/messages`);
      expect(post?.body).to.deep.equal({ text: 'Saadan tõendi homme.' });
      expect(post?.headers.get('content-type')).to.equal('application/json');
      expect(post?.headers.get('authorization')).to.equal('Bearer token-1');
      expect(text($$(el, '[part="message"]').at(-1) as HTMLElement)).to.include('Saadan tõendi homme.');
      expect($<HTMLTextAreaElement>(el, '[part="reply"] textarea').value).to.equal('');
      expect($(el, '[part="announcer"]').getAttribute('aria-live')).to.equal('polite');
    });

    it('upload attachments first, with progress, then send the message with their ids', async () => {
      await signIn();
      const el = await tracker();
      await shows(el, 'Sõnumid');
      await openMessages(el, 'Sõnumid (2 lugemata)');
      typeReply(el, 'Tõendid lisatud.');
      const files = new DataTransfer();
      files.items.add(new File(['%PDF-1.4 tõend'], 'tõend.pdf', { type: 'application/pdf' }));
      files.items.add(new File(['\x89PNG pilt'], 'pilt.png', { type: 'image/png' }));
      const input = $<HTMLInputElement>(el, '[part="reply"] input[type="file"]');
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await shows(el, 'pilt.png');
      control(el, 'button', 'Saada').click();

      await waitUntil(() => uploads.length === 1, 'no upload');
      const first = uploads[0] as Upload;
      expect(first.url.origin + first.url.pathname).to.equal(`${api}${list}/${ids.submitted}/attachments`);
      expect(first.url.searchParams.get('name')).to.equal('tõend.pdf');
      expect(first.url.searchParams.get('lang')).to.equal('et');
      expect(first.headers.authorization).to.equal('Bearer token-1');
      expect(first.body).to.be.instanceOf(File);
      first.progress(5, 10);
      await el.updateComplete;
      const progress = $<HTMLProgressElement>(el, '[part="reply"] progress');
      expect(progress.value / progress.max).to.equal(0.5);
      expect(text($(el, `label[for="${progress.id}"]`))).to.equal('Laadin üles: tõend.pdf');
      await expect(el).to.be.accessible();
      first.finish(201, aDocument({ id: 'aaaaaaaa-0000-4000-8000-000000000001', fileName: 'tõend.pdf' }));

      await waitUntil(() => uploads.length === 2, 'no second upload');
      expect(sentTo('POST', `${list}/${ids.submitted}/messages`)).to.have.length(0);
      (uploads[1] as Upload).finish(
        201,
        aDocument({ id: 'aaaaaaaa-0000-4000-8000-000000000002', fileName: 'pilt.png' }),
      );

      await waitUntil(() => announced(el) === 'Sõnum saadetud.', 'not announced');
      const [post] = sentTo('POST', `${list}/${ids.submitted}/messages`);
      expect(post?.body).to.deep.equal({
        text: 'Tõendid lisatud.',
        attachments: ['aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000002'],
      });
      expect(text($$(el, '[part="message"]').at(-1) as HTMLElement)).to.include('Tõendid lisatud.');
      expect($$(el, '[part="reply"] progress')).to.have.length(0);
      expect(visibleText(el)).not.to.include('pilt.png');
    });

    it('keep the reply and say why when an upload is refused, and do not upload twice on retry', async () => {
      await signIn();
      const el = await tracker();
      await shows(el, 'Sõnumid');
      await openMessages(el, 'Sõnumid (2 lugemata)');
      typeReply(el, 'Lisan tõendi.');
      const files = new DataTransfer();
      files.items.add(new File(['%PDF-1.4'], 'tõend.pdf', { type: 'application/pdf' }));
      files.items.add(new File(['MZ'], 'programm.exe', { type: 'application/octet-stream' }));
      const input = $<HTMLInputElement>(el, '[part="reply"] input[type="file"]');
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await shows(el, 'programm.exe');
      control(el, 'button', 'Saada').click();
      await waitUntil(() => uploads.length === 1);
      (uploads[0] as Upload).finish(201, aDocument({ id: 'aaaaaaaa-0000-4000-8000-000000000001' }));
      await waitUntil(() => uploads.length === 2);
      (uploads[1] as Upload).finish(415, {
        title: 'Unsupported Media Type',
        status: 415,
        detail: 'Fail peab olema PDF, JPEG või PNG.',
        requestId: 'r-1',
      });
      await shows(el, 'Sõnumit ei õnnestunud saata. Fail peab olema PDF, JPEG või PNG.');
      expect($<HTMLTextAreaElement>(el, '[part="reply"] textarea').value).to.equal('Lisan tõendi.');
      expect(sentTo('POST', `${list}/${ids.submitted}/messages`)).to.have.length(0);
      await expect(el).to.be.accessible();

      control(el, 'button', 'Saada').click();
      await waitUntil(() => uploads.length === 3);
      // Only the refused file goes up again.
      expect((uploads[2] as Upload).url.searchParams.get('name')).to.equal('programm.exe');
    });

    it('take at most five files', async () => {
      await signIn();
      const el = await tracker();
      await shows(el, 'Sõnumid');
      await openMessages(el, 'Sõnumid (2 lugemata)');
      const files = new DataTransfer();
      for (let i = 1; i <= 6; i++)
        files.items.add(new File(['%PDF'], `${i}.pdf`, { type: 'application/pdf' }));
      const input = $<HTMLInputElement>(el, '[part="reply"] input[type="file"]');
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await shows(el, 'Lisada saab kuni 5 faili.');
      expect($$(el, '.files li')).to.have.length(5);
      expect(input.disabled).to.equal(true);
    });

    it('download an attachment with the token', async () => {
      const clicked: HTMLAnchorElement[] = [];
      const originalClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      try {
        await signIn();
        const el = await tracker();
        await shows(el, 'Sõnumid');
        await openMessages(el, 'Sõnumid (2 lugemata)');
        control(el, 'button', 'karistusregistri-tõend.pdf').click();
        await waitUntil(() => clicked.length === 1, 'no download');
        const [request] = sentTo('GET', `${list}/${ids.submitted}/documents/${ids.document}`);
        expect(request?.headers.get('authorization')).to.equal('Bearer token-1');
        expect(clicked[0]?.download).to.equal('karistusregistri-tõend.pdf');
        expect(clicked[0]?.href).to.match(/^blob:/);
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
      }
    });
  });

  describe('withdrawing', () => {
    it('asks in place, sends the reason, updates the state and tells the page', async () => {
      await signIn();
      const el = await tracker();
      await shows(el, 'Turvajuht, tase 5');
      control(el, 'button', 'Võta taotlus tagasi').click();
      await shows(el, 'Kas võtta taotlus tagasi?');
      const reason = $<HTMLTextAreaElement>(el, '[part="withdraw"] textarea');
      expect(el.shadowRoot?.activeElement).to.equal(reason);
      expect($(el, '[part="withdraw"]').getAttribute('role')).to.equal('group');
      await expect(el).to.be.accessible();

      reason.value = 'Leidsin teise töö.';
      reason.dispatchEvent(new Event('input'));
      const withdrawn = oneEvent(el, 'kutse-application-withdrawn');
      control(el, 'button', 'Võta tagasi').click();
      const event = (await withdrawn) as CustomEvent<ApplicationWithdrawnDetail>;
      expect(event.detail).to.deep.equal({ id: ids.submitted });
      expect(event.bubbles && event.composed).to.equal(true);

      const [post] = sentTo('POST', `${list}/${ids.submitted}/withdraw`);
      expect(post?.body).to.deep.equal({ reason: 'Leidsin teise töö.' });
      expect(post?.headers.get('authorization')).to.equal('Bearer token-1');
      await waitUntil(() => badge(el) === 'Olek: Tagasi võetud');
      expect(text($$(el, '[part="timeline"] li').at(-1) as HTMLElement)).to.include('Leidsin teise töö.');
      expect($$(el, '[part="withdraw"], [part="withdraw-button"]')).to.have.length(0);
      await waitUntil(() => announced(el) === 'Taotlus on tagasi võetud.');
      expect(el.shadowRoot?.activeElement).to.equal($(el, 'h2'));
    });

    it('sends nothing when cancelled, and returns focus to the button', async () => {
      await signIn();
      const el = await tracker();
      await shows(el, 'Turvajuht, tase 5');
      control(el, 'button', 'Võta taotlus tagasi').click();
      await shows(el, 'Kas võtta taotlus tagasi?');
      control(el, 'button', 'Katkesta').click();
      await waitUntil(() => $$(el, '[part="withdraw"]').length === 0);
      expect(el.shadowRoot?.activeElement).to.equal(control(el, 'button', 'Võta taotlus tagasi'));
      expect(sentTo('POST', `${list}/${ids.submitted}/withdraw`)).to.have.length(0);
      expect(badge(el)).to.equal('Olek: Esitatud');
    });

    it('is accessible in English, and Escape cancels', async () => {
      await signIn();
      const el = await tracker('en');
      await shows(el, 'Security Manager, Level 5');
      control(el, 'button', 'Withdraw application').click();
      await shows(el, 'Withdraw this application?');
      expect(control(el, 'button', 'Withdraw')).to.exist;
      await expect(el).to.be.accessible();
      $(el, '[part="withdraw"] textarea').dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
      await waitUntil(() => $$(el, '[part="withdraw"]').length === 0);
      expect(sentTo('POST', `${list}/${ids.submitted}/withdraw`)).to.have.length(0);
    });

    it('keeps the confirmation and the reason when the API refuses', async () => {
      server.answer = (request) =>
        request.path.endsWith('/withdraw')
          ? problem(409, 'Conflict', 'Hinnatud taotlust ei saa tagasi võtta.')
          : undefined;
      await signIn();
      const el = await tracker();
      await shows(el, 'Turvajuht, tase 5');
      control(el, 'button', 'Võta taotlus tagasi').click();
      await shows(el, 'Kas võtta taotlus tagasi?');
      const reason = $<HTMLTextAreaElement>(el, '[part="withdraw"] textarea');
      reason.value = 'Muu põhjus';
      reason.dispatchEvent(new Event('input'));
      control(el, 'button', 'Võta tagasi').click();
      await shows(el, 'Taotlust ei õnnestunud tagasi võtta. Hinnatud taotlust ei saa tagasi võtta.');
      expect($<HTMLTextAreaElement>(el, '[part="withdraw"] textarea').value).to.equal('Muu põhjus');
      expect(badge(el)).to.equal('Olek: Esitatud');
    });

    it('is not offered when the application cannot be withdrawn', async () => {
      server.applications = [anApplication('et', { state: 'granted', canWithdraw: false })];
      await signIn();
      const el = await tracker();
      await shows(el, 'Kutse antud');
      expect($$(el, '[part="withdraw-button"]')).to.have.length(0);
    });
  });

  describe('updates', () => {
    /** Captures the poller's timers (5–60 s) instead of waiting for them; anything else runs as usual. */
    let timers: { callback: () => void; delay: number }[];
    let originalSetTimeout: typeof window.setTimeout;
    let visibility: DocumentVisibilityState;

    beforeEach(() => {
      timers = [];
      visibility = 'visible';
      originalSetTimeout = window.setTimeout;
      window.setTimeout = ((callback: () => void, delay?: number, ...rest: unknown[]) => {
        if (delay !== undefined && delay >= 5_000 && delay <= 60_000) {
          timers.push({ callback, delay });
          return 1_000_000 + timers.length;
        }
        return originalSetTimeout(callback, delay, ...rest);
      }) as typeof window.setTimeout;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    });

    afterEach(() => {
      window.setTimeout = originalSetTimeout;
      // Back to Document.prototype's getter.
      delete (document as { visibilityState?: unknown }).visibilityState;
    });

    const lastTimer = () => timers.at(-1) as { callback: () => void; delay: number };

    it('polls every poll-seconds with If-None-Match; a 304 changes nothing', async () => {
      await signIn();
      const el = await tracker('', 7);
      await shows(el, 'Turvajuht, tase 5');
      await waitUntil(() => timers.length === 1, 'no poll scheduled');
      expect(lastTimer().delay).to.equal(7_000);
      const before = el.shadowRoot?.querySelector('[part="list"]')?.innerHTML;

      lastTimer().callback();
      await waitUntil(() => sentTo('GET', list).length === 2);
      expect(sentTo('GET', list)[1]?.headers.get('if-none-match')).to.equal('"v1"');
      await waitUntil(() => timers.length === 2, 'polling stopped');
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part="list"]')?.innerHTML).to.equal(before);
      expect(announced(el)).to.equal('');
    });

    it('shows a change and announces it', async () => {
      await signIn();
      const el = await tracker();
      await shows(el, 'Turvajuht, tase 5');
      await waitUntil(() => timers.length === 1);
      expect(lastTimer().delay).to.equal(20_000);

      server.applications = [
        anApplication('et', {
          state: 'admitted',
          history: [
            ...anApplication().history,
            { from: 'submitted', to: 'admitted', at: '2026-02-10T12:00:00Z', reason: null },
          ],
        }),
      ];
      server.version = 2;
      lastTimer().callback();
      await waitUntil(() => badge(el) === 'Olek: Vastu võetud', 'not updated');
      await waitUntil(
        () => announced(el) === 'Taotluse olek muutus: Esitatud → Vastu võetud (Turvajuht, tase 5)',
        'not announced',
      );
      expect($$(el, '[part="timeline"] li').map(text).at(-1)).to.equal('Vastu võetud 10.02.2026');
      // The next round asks with the new ETag.
      await waitUntil(() => timers.length === 2);
      lastTimer().callback();
      await waitUntil(() => sentTo('GET', list).length === 3);
      expect(sentTo('GET', list)[2]?.headers.get('if-none-match')).to.equal('"v2"');
    });

    it('polls no faster than every 5 seconds', async () => {
      await signIn();
      await tracker('', 1);
      await waitUntil(() => timers.length === 1);
      expect(lastTimer().delay).to.equal(5_000);
    });

    it('stops while the page is hidden, asks at once when it is visible again, and stops on removal', async () => {
      await signIn();
      const el = await tracker();
      await shows(el, 'Turvajuht, tase 5');
      await waitUntil(() => timers.length === 1);

      visibility = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      // A timer that fires anyway (it was cleared, but just in case) asks nothing while hidden.
      lastTimer().callback();
      await new Promise((resolve) => originalSetTimeout(resolve, 30));
      expect(sentTo('GET', list)).to.have.length(1);

      visibility = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => sentTo('GET', list).length === 2, 'did not ask when visible');
      await waitUntil(() => timers.length === 2);

      el.remove();
      document.dispatchEvent(new Event('visibilitychange'));
      lastTimer().callback();
      await new Promise((resolve) => originalSetTimeout(resolve, 30));
      expect(sentTo('GET', list)).to.have.length(2);
    });
  });

  it('fits a 320 px wide screen, messages and confirmation open', async () => {
    server.applications = [
      anApplication('et', {
        unreadMessages: 1,
        examSession: { id: 1, startsAt: '2026-03-12T10:00:00+02:00', place: words.et.place },
        qualification: { slug: 'x', name: 'Elektripaigaldiste käidukorraldaja-ekspertkonsultant, tase 7' },
      }),
    ];
    server.messages = [
      aMessage({ attachments: [aDocument({ fileName: 'väga-pikk-faili-nimi-ilma-tühikuteta-2026.pdf' })] }),
    ];
    await signIn();
    const el = await tracker();
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
