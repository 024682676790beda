// Stands in for the API's owners' requests routes behind the console (api/certificates/
// staff-routes.ts): the body's list with its state and kind filters, one request, the answer, state
// changes and the fee, with the API's refusals (422 naming the field, 409 on a closed request). It
// replaces window.fetch, so the views' own client runs; every answer is parsed with the contract's
// schema first, so an answer the API could not send fails the test that provoked it.
import * as v from 'valibot';
import {
  OwnerRequestAnswer,
  OwnerRequestFile,
  OwnerRequestList,
  OwnerRequestStateChange,
} from '../../contract/owner-requests.ts';
import { ProblemSchema } from '../../contract/problem.ts';

type File = OwnerRequestFile;

export interface Sent {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

const json = (schema: v.GenericSchema, body: unknown, status = 200) =>
  new Response(JSON.stringify(v.parse(schema, body)), {
    status,
    headers: { 'content-type': 'application/json' },
  });

const problem = (status: number, title: string, more: v.InferOutput<typeof ProblemSchema>['errors'] = []) => {
  const body = { type: 'about:blank', title, status, instance: '/staff', requestId: 'test', errors: more };
  return new Response(JSON.stringify(v.parse(ProblemSchema, body)), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
};

let made = 0;

/** A request of Jaan Ääremaa about his security officer certificate; `changes` override. */
export function aRequest(changes: Partial<File> = {}): File {
  made += 1;
  return {
    id: `00000000-0000-4000-8000-${String(made).padStart(12, '0')}`,
    kind: 'information',
    state: 'open',
    question: 'Kas mu tunnistus kehtib ka Soomes?',
    createdAt: '2024-05-14T07:30:00.000Z',
    closedAt: null,
    fee: null,
    paymentReference: null,
    feeReceivedAt: null,
    delivery: null,
    certificate: {
      number: 'ETEL-T3-0001',
      holder: { givenName: 'Jaan', familyName: 'Ääremaa' },
      qualification: { slug: 'turvatootaja-3', name: 'Turvatöötaja, tase 3', eqfLevel: 3 },
      body: { slug: 'etel', name: 'Eesti Turvaettevõtete Liit' },
      issuedOn: '2019-05-20',
      validUntil: null,
      status: 'valid',
      verifyUrl: 'http://kutse.test/verify/ETEL-T3-0001',
    },
    owner: { givenName: 'Jaan', familyName: 'Ääremaa', email: 'jaan@example.ee', phone: '+372 5123 4567' },
    messages: [],
    ...changes,
  };
}

const ROUTE =
  /^\/staff\/bodies\/([a-z0-9-]+)\/owner-requests(?:\/([\w-]+))?(?:\/(messages|state|fee-received))?$/;

/** The fake, installed until `restore()`. */
export class FakeRequestsApi {
  readonly sent: Sent[] = [];
  requests: File[] = [];
  /** Answers a request before the fake's own routes do, when it returns a Response (or throws). */
  intercept: ((sent: Sent) => Response | undefined) | undefined;
  /** The person the console's answers are written by. */
  author = 'Andres Kivi';
  readonly #original = window.fetch;

  constructor() {
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      const text = typeof init?.body === 'string' ? init.body : undefined;
      const sent: Sent = {
        method: (init?.method ?? 'GET').toUpperCase(),
        path: url.pathname,
        query: url.searchParams,
        headers: new Headers(init?.headers),
        body: text ? JSON.parse(text) : undefined,
      };
      this.sent.push(sent);
      init?.signal?.throwIfAborted();
      return this.intercept?.(sent) ?? this.#answer(sent);
    };
  }

  restore(): void {
    window.fetch = this.#original;
  }

  /** The requests sent to a path (and method), in order. */
  to(path: RegExp, method = 'GET'): Sent[] {
    return this.sent.filter((s) => s.method === method && path.test(s.path));
  }

  #answer(sent: Sent): Response {
    const route = ROUTE.exec(sent.path);
    if (!route) return problem(404, 'Not Found');
    const [, , id, action] = route;
    if (!id) {
      const state = sent.query.get('state');
      const kind = sent.query.get('kind');
      const rows = this.requests
        .filter((r) => (!state || r.state === state) && (!kind || r.kind === kind))
        .map((r) => {
          const last = r.messages.at(-1);
          return {
            id: r.id,
            kind: r.kind,
            state: r.state,
            certificate: { number: r.certificate.number, qualification: r.certificate.qualification.name },
            owner: { name: `${r.owner.givenName} ${r.owner.familyName}` },
            createdAt: r.createdAt,
            lastMessage: last ? { fromBody: last.fromBody, text: last.text, sentAt: last.sentAt } : null,
          };
        });
      return json(OwnerRequestList, { requests: rows });
    }
    const file = this.requests.find((r) => r.id === id);
    if (!file) return problem(404, 'Not Found');
    if (sent.method === 'GET' && !action) return json(OwnerRequestFile, file);
    const closed = file.state === 'done' || file.state === 'declined';
    const refused = (field: string, detail: string) =>
      problem(422, 'Unprocessable Content', [{ in: 'body', field, pointer: `/${field}`, detail }]);
    const now = new Date(Date.parse('2024-05-15T06:00:00Z') + this.sent.length * 60_000).toISOString();
    const write = (text: string) =>
      file.messages.push({ id: crypto.randomUUID(), fromBody: true, author: this.author, text, sentAt: now });
    if (action === 'messages') {
      const parsed = v.safeParse(OwnerRequestAnswer, sent.body);
      if (!parsed.success) return refused('body', 'ei tohi olla tühi');
      if (closed) return problem(409, 'Conflict');
      write(parsed.output.body);
      if (file.state === 'open') file.state = 'in_progress';
      return json(OwnerRequestFile, file, 201);
    }
    if (action === 'state') {
      const parsed = v.safeParse(OwnerRequestStateChange, sent.body);
      if (!parsed.success) return refused('reason', 'ei tohi olla tühi');
      if (closed) return problem(409, 'Conflict');
      if (parsed.output.reason) write(parsed.output.reason);
      file.state = parsed.output.state;
      if (file.state !== 'in_progress') file.closedAt = now;
      return json(OwnerRequestFile, file);
    }
    if (action === 'fee-received') {
      if (file.fee === null || file.feeReceivedAt !== null) return problem(409, 'Conflict');
      file.feeReceivedAt = now;
      return json(OwnerRequestFile, file);
    }
    return problem(404, 'Not Found');
  }
}
