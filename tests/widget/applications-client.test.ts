// The applicant's client (widget/src/shared/applications-client.ts) as its callers see it: the
// path, language and token of each call, refusals read into one ApiProblem (with the contract's
// problem schema), a network failure left a TypeError, and an upload's 401 ending the session;
// and what the client needs of the page's session: its fetch for full URLs on the API, and expire().
import { expect } from '@open-wc/testing';
import type { ApplicationView } from '../../contract/applications.ts';
import { type ApplicationsClient, applicationsClient } from '../../widget/src/shared/applications-client.ts';
import { ApiProblem } from '../../widget/src/shared/problem.ts';
import { type Session, sessionFor } from '../../widget/src/shared/session.ts';

const api = 'https://kutse-client.example.ee';
const id = '0b6f8a52-3c1e-4a8e-9f7d-2a4c6e8b0d11';

/** One call the client made, as the API would see it. */
interface Call {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** A signed-in session whose fetch answers with `answer`; it records calls and expired tokens. */
function aSession(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const expired: string[] = [];
  const session = {
    token: () => 'token-1',
    expire: (token: string) => expired.push(token),
    authorizedFetch: async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', 'Bearer token-1');
      const call: Call = {
        method: init.method ?? 'GET',
        url: new URL(String(input)),
        headers,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      calls.push(call);
      return answer(call);
    },
  } as unknown as Session;
  return { session, calls, expired };
}

const problemJson = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });

/** What the call rejected with. */
async function refusal(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('the call did not fail');
}

describe('applicationsClient', () => {
  let language: 'et' | 'en';
  const client = (session: Session): ApplicationsClient =>
    applicationsClient({ session, apiBase: `${api}/`, body: 'etel', language: () => language });

  beforeEach(() => {
    language = 'et';
  });

  it('calls the applicant routes of its body, in the language of the moment, with a JSON body', async () => {
    const { session, calls } = aSession(() => Response.json({ id, state: 'withdrawn' }));
    await client(session).withdraw(id, '  Kolisin välismaale.  ');
    language = 'en';
    await client(session).withdraw(id, '   ');
    expect(calls.map((c) => `${c.method} ${c.url.pathname}?${c.url.searchParams}`)).to.deep.equal([
      `POST /bodies/etel/applications/${id}/withdraw?lang=et`,
      `POST /bodies/etel/applications/${id}/withdraw?lang=en`,
    ]);
    expect(calls.map((c) => c.body)).to.deep.equal([{ reason: 'Kolisin välismaale.' }, {}]);
    expect(calls[0]?.headers.get('content-type')).to.equal('application/json');
  });

  it('sends the ETag it was given and says "unchanged" to a 304', async () => {
    const { session, calls } = aSession((call) =>
      call.headers.get('if-none-match') === '"v1"'
        ? new Response(null, { status: 304 })
        : new Response(JSON.stringify({ applications: [] }), { headers: { etag: '"v1"' } }),
    );
    expect(await client(session).list()).to.deep.equal({ applications: [], etag: '"v1"' });
    expect(await client(session).list({ etag: '"v1"' })).to.equal('unchanged');
    expect(calls).to.have.length(2);
  });

  it('sends the submission’s idempotency key', async () => {
    const { session, calls } = aSession(() => Response.json({ id, state: 'submitted' } as ApplicationView));
    await client(session).submit(id, 'key-12345678');
    expect(calls[0]?.headers.get('idempotency-key')).to.equal('key-12345678');
  });

  it('reads a refusal into ApiProblem: status, sentence, fields and the request id for support', async () => {
    const { session } = aSession(() =>
      problemJson(422, {
        type: 'about:blank',
        title: 'Unprocessable Content',
        status: 422,
        detail: 'Taotlusest on puudu andmeid.',
        instance: `/bodies/etel/applications/${id}/submit`,
        requestId: 'req-42',
        errors: [{ in: 'body', field: 'examSession', detail: 'Eksamiaeg on täis.' }],
      }),
    );
    const error = await refusal(client(session).submit(id, 'key-12345678'));
    expect(error).to.be.instanceOf(ApiProblem);
    const problem = error as ApiProblem;
    expect(problem.status).to.equal(422);
    expect(problem.message).to.equal('Taotlusest on puudu andmeid.');
    expect(problem.errors).to.deep.equal([
      { in: 'body', field: 'examSession', detail: 'Eksamiaeg on täis.' },
    ]);
    expect(problem.problem?.requestId).to.equal('req-42');
  });

  it('keeps what holds of a short problem, and drops a body that is no problem', async () => {
    let answer = problemJson(429, { title: 'Too Many Requests', status: 429 });
    const { session } = aSession(() => answer);
    const short = (await refusal(client(session).get(id))) as ApiProblem;
    expect([short.status, short.message, short.problem?.requestId, short.errors]).to.deep.equal([
      429,
      'Too Many Requests',
      undefined,
      [],
    ]);

    // A proxy's page, and a JSON body whose fields have the wrong types: status only.
    answer = new Response('<h1>Bad Gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } });
    const html = (await refusal(client(session).get(id))) as ApiProblem;
    expect([html.status, html.problem, html.message]).to.deep.equal([502, undefined, 'HTTP 502']);
    answer = problemJson(409, { status: 'Conflict', detail: 42 });
    const wrong = (await refusal(client(session).get(id))) as ApiProblem;
    expect([wrong.status, wrong.problem]).to.deep.equal([409, undefined]);
  });

  it('lets a network failure through as the TypeError fetch throws', async () => {
    const { session } = aSession(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await refusal(client(session).messages(id));
    expect(error).to.be.instanceOf(TypeError);
    expect(error).not.to.be.instanceOf(ApiProblem);
  });

  describe('uploads', () => {
    let original: typeof XMLHttpRequest;
    let sent: { method: string; url: URL; headers: Record<string, string> }[];
    let status: number;
    let answer: unknown;

    /** XMLHttpRequest answering `status` and `answer` at once, after a progress event at half. */
    class FakeXhr extends EventTarget {
      readonly upload = new EventTarget();
      status = 0;
      responseText = '';
      #method = '';
      #url = '';
      readonly #headers: Record<string, string> = {};
      open(method: string, url: string) {
        this.#method = method;
        this.#url = url;
      }
      setRequestHeader(name: string, value: string) {
        this.#headers[name.toLowerCase()] = value;
      }
      send(file: Blob) {
        sent.push({ method: this.#method, url: new URL(this.#url), headers: this.#headers });
        setTimeout(() => {
          this.upload.dispatchEvent(
            new ProgressEvent('progress', {
              lengthComputable: true,
              loaded: file.size / 2,
              total: file.size,
            }),
          );
          this.status = status;
          this.responseText = JSON.stringify(answer);
          this.dispatchEvent(new Event('load'));
        });
      }
    }

    beforeEach(() => {
      original = window.XMLHttpRequest;
      window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
      sent = [];
    });

    afterEach(() => {
      window.XMLHttpRequest = original;
    });

    it('PUTs a document with its facts, name and language, the token, and reports progress', async () => {
      status = 201;
      answer = { id: 'doc-1', fileName: 'tõend.pdf' };
      const { session } = aSession(() => Response.json({}));
      const progress: number[] = [];
      const file = new File(['%PDF-1.7'], 'tõend.pdf', { type: 'application/pdf' });
      const document = await client(session).uploadDocument(
        id,
        'criminal-record',
        file,
        { issuedOn: '2026-01-05' },
        (share) => progress.push(share),
      );
      expect(document).to.deep.equal(answer);
      expect(progress).to.deep.equal([0.5]);
      const [upload] = sent;
      expect(upload?.method).to.equal('PUT');
      expect(upload?.url.pathname).to.equal(`/bodies/etel/applications/${id}/documents/criminal-record`);
      expect(Object.fromEntries(upload?.url.searchParams ?? [])).to.deep.equal({
        issuedOn: '2026-01-05',
        name: 'tõend.pdf',
        lang: 'et',
      });
      expect(upload?.headers).to.include({
        authorization: 'Bearer token-1',
        'content-type': 'application/pdf',
      });
    });

    it('reads a refused attachment into ApiProblem, and tells the session of a 401 without asking again', async () => {
      const { session, calls, expired } = aSession(() => Response.json({}));
      const file = new File(['MZ'], 'programm.exe');
      status = 415;
      answer = { title: 'Unsupported Media Type', status: 415, detail: 'Fail peab olema PDF, JPEG või PNG.' };
      const refused = (await refusal(client(session).uploadAttachment(id, file))) as ApiProblem;
      expect([refused.status, refused.message]).to.deep.equal([415, 'Fail peab olema PDF, JPEG või PNG.']);
      expect(sent[0]?.method).to.equal('POST');
      expect(sent[0]?.url.pathname).to.equal(`/bodies/etel/applications/${id}/attachments`);
      expect(expired).to.deep.equal([]);

      status = 401;
      answer = { title: 'Unauthorized', status: 401 };
      const unauthorized = (await refusal(client(session).uploadAttachment(id, file))) as ApiProblem;
      expect(unauthorized.status).to.equal(401);
      expect(expired).to.deep.equal(['token-1']);
      expect(calls).to.have.length(0);
    });
  });

  describe('the session it calls through', () => {
    let apis = 0;
    let base: string;
    let fetched: string[];
    let frame: HTMLIFrameElement;
    const originals = { fetch: window.fetch, open: window.open };

    /** A page signed in to `base` with token-1, as the sign-in popup's message leaves it. */
    const signedIn = (): Session => {
      const session = sessionFor(base);
      session.signIn({ body: 'etel', language: 'et' });
      const person = { givenName: 'Mari', familyName: 'Maasikas' };
      const expiresAt = new Date(Date.now() + 10 * 60_000).toISOString();
      const data = { type: 'kutse:login', token: 'token-1', expiresAt, person };
      window.dispatchEvent(new MessageEvent('message', { data, origin: base, source: frame.contentWindow }));
      expect(session.state.status).to.equal('signed-in');
      return session;
    };

    beforeEach(() => {
      // A new API origin per test is a new session.
      apis += 1;
      base = `https://kutse-session-${apis}.example.ee`;
      fetched = [];
      // The popup: a real window, which MessageEvent's source insists on.
      frame = document.createElement('iframe');
      frame.hidden = true;
      document.body.append(frame);
      window.open = () => frame.contentWindow;
      window.fetch = async (input) => {
        fetched.push(String(input));
        return Response.json({});
      };
    });

    afterEach(async () => {
      await sessionFor(base).signOut();
      window.fetch = originals.fetch;
      window.open = originals.open;
      frame.remove();
    });

    it('sends the token to full URLs on the API, and refuses any other', async () => {
      const session = signedIn();
      await session.authorizedFetch(`${base.toUpperCase()}/bodies/etel/applications?lang=et`);
      await session.authorizedFetch('/me');
      for (const elsewhere of ['https://evil.example.ee/bodies', `${base}.evil.example/bodies`])
        expect(await refusal(session.authorizedFetch(elsewhere))).to.be.instanceOf(TypeError);
      expect(fetched).to.deep.equal([`${base}/bodies/etel/applications?lang=et`, `${base}/me`]);
    });

    it('ends on expire() of its own token, not of an earlier one', () => {
      const session = signedIn();
      session.expire('token-0');
      expect(session.state.status).to.equal('signed-in');
      session.expire('token-1');
      expect(session.state).to.deep.equal({ status: 'expired' });
      expect(session.token()).to.equal(undefined);
    });
  });
});
