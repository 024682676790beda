// Stands in for the Kutse API behind <kutse-application-form>: the catalogue page, the applicant's
// own applications (kept in memory and changed by PATCH, uploads and submit as the API would), the
// sign-in popup, and XMLHttpRequest for uploads (with progress events the test can hold back).
import { fixture, html } from '@open-wc/testing';
import type { ApplicationView, DocumentView } from '../../contract/applications.ts';
import { waitUntil } from './fixtures/screen.ts';
import '../../widget/src/application-form/define.ts';
import type { KutseApplicationForm } from '../../widget/src/application-form/application-form.ts';
import type { QualificationDetail } from '../../widget/src/shared/api-client.ts';
import { sessionFor } from '../../widget/src/shared/session.ts';
import { asTheApiWould, takeBreaches } from './fixtures/api-contract.ts';
import { json, problem } from './fixtures/fake-api.ts';
import { aDocument, aQualificationDetail } from './fixtures/qualification-detail.ts';

export type Language = 'et' | 'en';

/** One request the form made, as the API would see it. */
export interface Sent {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  /** Parsed JSON, or the uploaded Blob. */
  body: unknown;
}

export type Handler = (sent: Sent) => Response | Promise<Response>;

/** The catalogue as the ETEL fixture has it, plus what the form needs: delivery options, a payment order. */
export function aCatalogue(language: Language = 'et'): QualificationDetail {
  const detail = aQualificationDetail(language);
  const [first, recertification] = detail.kinds;
  if (!first || !recertification) throw new Error('fixture changed');
  const paymentOrder = aDocument({
    slug: 'payment-order',
    label: language === 'et' ? 'maksekorralduse koopia' : 'copy of the payment order',
  });
  const identity = aDocument({
    slug: 'identity-document',
    label: language === 'et' ? 'isikut tõendava dokumendi koopia' : 'copy of an identity document',
    rules: [
      {
        type: 'oneOf',
        variants: [
          { slug: 'passport', name: language === 'et' ? 'pass' : 'passport' },
          { slug: 'id-card', name: language === 'et' ? 'ID-kaart' : 'ID card' },
        ],
        text: language === 'et' ? 'Pass või ID-kaart.' : 'A passport or an ID card.',
      },
    ],
  });
  return {
    ...detail,
    body: {
      ...detail.body,
      deliveryOptions: [
        {
          slug: 'none',
          label: language === 'et' ? 'Ainult registrikanne' : 'Register entry only',
          netCents: 0,
          vatRatePercent: 24,
          vatCents: 0,
          grossCents: 0,
          currency: 'EUR',
          demoValue: true,
        },
        {
          slug: 'post',
          label: language === 'et' ? 'Postiga' : 'By post',
          netCents: 500,
          vatRatePercent: 24,
          vatCents: 120,
          grossCents: 620,
          currency: 'EUR',
          demoValue: true,
        },
      ],
    },
    kinds: [
      { ...first, documents: [...first.documents.slice(0, 2), identity, paymentOrder] },
      { ...recertification, documents: [...recertification.documents, paymentOrder] },
    ],
  };
}

export const person = { givenName: 'Mari', familyName: 'Maasikas' };

/** A fresh draft of the first application, as POST /applications answers it (201). */
export function anApplication(
  language: Language = 'et',
  overrides: Partial<ApplicationView> = {},
): ApplicationView {
  const catalogue = aCatalogue(language);
  const kind = catalogue.kinds[0];
  if (!kind) throw new Error('fixture changed');
  return {
    id: '6f1c1c36-0d3e-4a8e-9b59-2f1d3b0f8a11',
    state: 'draft',
    createdAt: '2026-02-01T09:00:00Z',
    updatedAt: '2026-02-01T09:00:00Z',
    submittedAt: null,
    qualification: { slug: 'turvajuht-5', name: catalogue.qualification.name },
    kind: { slug: kind.slug, kind: kind.kind, title: kind.title },
    applicant: {
      ...person,
      personalCode: '49403136526',
      email: 'mari@example.ee',
      phone: null,
    },
    prerequisites: kind.prerequisites.map((text, i) => ({ position: i + 1, text, confirmed: false })),
    examSession: null,
    needsExamSession: true,
    certificates: [],
    recertification: null,
    renews: null,
    invoice: null,
    delivery: null,
    publicConsent: false,
    payment: {
      recipient: catalogue.body.name,
      iban: 'EE552200001120063926',
      bankName: 'Swedbank',
      reference: '121312952',
      explanation: 'Turvajuht, tase 5 – Mari Maasikas',
      explanationHint: 'Selgitusse lisada taotletav kutsekvalifikatsioon ja taotleja nimi.',
      items: [{ ...kind.fees[0], label: kind.fees[0]?.label ?? '', due: 'submission' } as never],
      dueNow: { netCents: 2500, vatRatePercent: 24, vatCents: 600, grossCents: 3100, currency: 'EUR' },
    },
    documents: [],
    missing: [],
    canEdit: true,
    canWithdraw: true,
    unreadMessages: 0,
    history: [],
    ...overrides,
  };
}

export const aDocumentView = (overrides: Partial<DocumentView> = {}): DocumentView => ({
  id: '0b8f3a5e-7d51-4a57-8c0c-1f1b2b1c9d01',
  type: 'application-form',
  variant: null,
  fileName: 'avaldus.pdf',
  mediaType: 'application/pdf',
  byteSize: 120_000,
  issuedOn: null,
  coversFrom: null,
  coversUntil: null,
  uploadedAt: '2026-02-01T09:10:00Z',
  ...overrides,
});

/** A file whose first bytes are what its type says (or not: pass other `bytes`). */
export const aPdf = (name = 'tõend.pdf', bytes = '%PDF-1.7\n%âãÏÓ\n') =>
  new File([bytes], name, { type: 'application/pdf' });

let origins = 0;

/** The fake API and the page's stand-ins, installed until `restore()`. */
export class FakeApplicationsApi {
  /** A new origin per test is a new session: nothing carries over from the previous test. */
  readonly origin = `https://kutse-form-${++origins}.example.ee`;
  readonly sent: Sent[] = [];
  /** The person's applications (newest first), as GET /applications lists them. */
  applications: ApplicationView[] = [];
  /** What POST /applications creates. */
  fresh: (language: Language) => ApplicationView = (language) => anApplication(language);
  readonly #overrides: { method: string; path: RegExp; handler: Handler }[] = [];
  readonly #originals = { fetch: window.fetch, open: window.open, xhr: window.XMLHttpRequest };
  readonly #frames: HTMLIFrameElement[] = [];
  popup: Window;

  constructor() {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    document.body.append(frame);
    this.#frames.push(frame);
    this.popup = frame.contentWindow as Window;
    window.open = () => this.popup;
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body;
      return this.#answer({
        method: init?.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: new Headers(init?.headers),
        body,
      });
    };
    window.XMLHttpRequest = fakeXhr(this) as unknown as typeof XMLHttpRequest;
  }

  /** Answers `method path` with `handler` instead of the default. */
  on(method: string, path: RegExp, handler: Handler) {
    this.#overrides.unshift({ method, path, handler });
  }

  /** The requests of a method whose path ends with `suffix` (or matches it). */
  requests(method: string, path: RegExp | string = /.*/) {
    return this.sent.filter(
      (sent) =>
        sent.method === method &&
        (typeof path === 'string' ? sent.path.endsWith(path) : path.test(sent.path)),
    );
  }

  /** The application as the API keeps it now. */
  get application(): ApplicationView {
    const [current] = this.applications;
    if (!current) throw new Error('no application yet');
    return current;
  }

  set application(next: ApplicationView) {
    this.applications = [next, ...this.applications.slice(1)];
  }

  /** Signs the page in, as the popup's last page would: the sign-in must be under way. */
  completeSignIn() {
    const data = { type: 'kutse:login', token: 'token-1', expiresAt: inMinutes(10), person };
    window.dispatchEvent(new MessageEvent('message', { data, origin: this.origin, source: this.popup }));
  }

  /** Signs in before any form is on the page (another Kutse element did it). */
  signInBeforehand(language: Language = 'et') {
    sessionFor(this.origin).signIn({ body: 'etel', language });
    this.completeSignIn();
  }

  async restore() {
    await sessionFor(this.origin).signOut();
    window.fetch = this.#originals.fetch;
    window.open = this.#originals.open;
    window.XMLHttpRequest = this.#originals.xhr;
    for (const frame of this.#frames) frame.remove();
    const breaches = takeBreaches();
    if (breaches.length > 0) throw new Error(breaches.join('\n'));
  }

  /**
   * Answers a request the fake XHR recorded: overrides first, then the default — either checked
   * against the API's response schemas.
   */
  async route(sent: Sent): Promise<Response> {
    const override = this.#overrides.find((o) => o.method === sent.method && o.path.test(sent.path));
    const response = await (override ? override.handler(sent) : this.#default(sent));
    return asTheApiWould(sent.method, sent.path, response);
  }

  /** The default answer, whatever is overridden: for an override that only delays it. */
  async answer(sent: Sent): Promise<Response> {
    return this.#default(sent);
  }

  async #answer(sent: Sent): Promise<Response> {
    this.sent.push(sent);
    return this.route(sent);
  }

  #default(sent: Sent): Response {
    const language: Language = sent.query.get('lang') === 'en' ? 'en' : 'et';
    const { method, path } = sent;
    if (path === '/auth/widget/handoff')
      return new Response(JSON.stringify({ status: 'pending' }), { status: 202 });
    if (path === '/auth/widget/logout') return new Response(null, { status: 204 });
    if (path === '/bodies/etel/qualifications/turvajuht-5') return json(aCatalogue(language));
    if (path === '/bodies/etel/applications') {
      if (method === 'GET') return json({ applications: this.applications });
      const existing = this.applications.find((a) => a.state === 'draft');
      if (existing) return json(existing, 200);
      this.applications = [this.fresh(language), ...this.applications];
      return json(this.application, 201);
    }
    const one = path.match(/^\/bodies\/etel\/applications\/([^/]+)(\/.*)?$/);
    if (one && this.applications.some((a) => a.id === one[1])) {
      const rest = one[2] ?? '';
      if (rest === '' && method === 'GET') return json(this.application);
      if (rest === '' && method === 'PATCH') {
        this.application = applyPatch(this.application, sent.body as Record<string, unknown>);
        return json(this.application);
      }
      if (rest.startsWith('/documents/') && method === 'PUT') {
        const type = rest.split('/')[2] ?? '';
        const file = sent.body as File;
        const document = aDocumentView({
          id: crypto.randomUUID(),
          type,
          fileName: sent.query.get('name') ?? '',
          byteSize: file.size,
          mediaType: file.type,
          variant: sent.query.get('variant'),
          issuedOn: sent.query.get('issuedOn'),
        });
        this.application = {
          ...this.application,
          documents: [...this.application.documents.filter((d) => d.type !== type), document],
        };
        return json(document, 201);
      }
      if (rest.startsWith('/documents/') && method === 'DELETE') {
        const id = rest.split('/')[2];
        this.application = {
          ...this.application,
          documents: this.application.documents.filter((d) => d.id !== id),
        };
        return new Response(null, { status: 204 });
      }
      if (rest === '/submit' && method === 'POST') {
        this.application = { ...this.application, state: 'submitted', submittedAt: '2026-02-01T10:00:00Z' };
        return json(this.application);
      }
    }
    return problem(404, 'Not Found', path);
  }
}

/** What PATCH does to the fake's application: only the fields sent change. */
function applyPatch(application: ApplicationView, patch: Record<string, unknown>): ApplicationView {
  const next = { ...application };
  if (Array.isArray(patch.confirmedPrerequisites)) {
    const confirmed = patch.confirmedPrerequisites as number[];
    next.prerequisites = next.prerequisites.map((p) => ({ ...p, confirmed: confirmed.includes(p.position) }));
  }
  const contact = patch.contact as { email?: string | null; phone?: string | null } | undefined;
  if (contact) next.applicant = { ...next.applicant, ...contact };
  if ('examSession' in patch)
    next.examSession =
      patch.examSession === null
        ? null
        : {
            id: patch.examSession as number,
            startsAt: '2026-03-12T10:00:00+02:00',
            place: 'Tallinn, Pärnu mnt 67',
          };
  if ('renews' in patch) next.renews = patch.renews as string | null;
  if ('invoice' in patch) next.invoice = patch.invoice as ApplicationView['invoice'];
  if ('delivery' in patch) next.delivery = patch.delivery as string | null;
  if ('publicConsent' in patch) next.publicConsent = patch.publicConsent as boolean;
  return next;
}

/** Resolves when `release()` is called: holds an answer back while a test looks at the screen. */
export function gate() {
  let release: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { opened, release };
}

/** XMLHttpRequest as the upload uses it, answered by the fake API, with progress at half and at the end. */
function fakeXhr(api: FakeApplicationsApi) {
  return class FakeXhr extends EventTarget {
    readonly upload = new EventTarget();
    status = 0;
    responseText = '';
    #method = 'GET';
    #url = '';
    readonly #headers = new Headers();

    open(method: string, url: string) {
      this.#method = method;
      this.#url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.#headers.set(name, value);
    }

    abort() {
      this.dispatchEvent(new Event('abort'));
    }

    async send(body: Blob) {
      const url = new URL(this.#url);
      const sent: Sent = {
        method: this.#method,
        path: url.pathname,
        query: url.searchParams,
        headers: this.#headers,
        body,
      };
      api.sent.push(sent);
      for (const share of [0.5, 1]) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        this.upload.dispatchEvent(
          new ProgressEvent('progress', {
            lengthComputable: true,
            loaded: body.size * share,
            total: body.size,
          }),
        );
      }
      let response: Response;
      try {
        response = await api.route(sent);
      } catch {
        this.dispatchEvent(new Event('error'));
        return;
      }
      this.status = response.status;
      this.responseText = await response.text();
      this.dispatchEvent(new Event('load'));
    }
  };
}

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** A form on the page, talking to `api`. */
export async function aForm(api: FakeApplicationsApi, lang: Language | '' = '', width?: number) {
  const el = await fixture<KutseApplicationForm>(
    html`<kutse-application-form
      body="etel"
      qualification="turvajuht-5"
      api=${api.origin}
      lang=${lang}
      style=${width ? `width: ${width}px` : ''}
    ></kutse-application-form>`,
  );
  await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'the form did not load');
  return el;
}

// ---- Reading and driving the form as a user would ----

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...(el.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** The current step's heading text. */
export const stepTitle = (el: Element) =>
  el.shadowRoot?.querySelector('#step-title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export async function onStep(el: KutseApplicationForm, name: string) {
  try {
    await waitUntil(() => stepTitle(el).endsWith(name));
  } catch {
    throw new Error(`expected step “${name}”, saw “${stepTitle(el)}”`);
  }
}

export async function press(el: KutseApplicationForm, action: 'next' | 'back' | 'submit' | 'sign-in') {
  $(el, `[data-action="${action}"]`).click();
  await el.updateComplete;
}

/** Clicks a radio or checkbox by its name and value. */
export async function choose(el: KutseApplicationForm, name: string, value?: string) {
  const input = $<HTMLInputElement>(
    el,
    value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`,
  );
  input.click();
  await el.updateComplete;
}

/** Types into a text input as a person would: input events, then leaving the field (change). */
export async function type(input: HTMLInputElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Picks a file in a file input, as the browser's dialog would. */
export function pick(input: HTMLInputElement, file: File) {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
