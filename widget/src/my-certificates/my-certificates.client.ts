// The holder's own certificates through Hono's typed client (AppType), each call through the
// page's session (its `authorizedFetch` adds the bearer token and ends the session on a 401) and
// in the reader's language. A non-OK answer throws `ApiProblem`, read with the contract's schema.
import { hc } from 'hono/client';
import type { AppType } from '../../../api/app.ts';
import type { OwnCredential } from '../../../contract/credentials.ts';
import type {
  NewOrder,
  OwnCertificate,
  OwnerRequestThread,
  OwnerRequestView,
} from '../../../contract/owner-certificates.ts';
import { defaultApiBase } from '../shared/api-client.ts';
import type { Language } from '../shared/i18n.ts';
import { problemFrom } from '../shared/problem-reader.ts';
import type { Session } from '../shared/session.ts';

export type { OwnCertificate, OwnCredential, OwnerRequestThread, OwnerRequestView };

interface Answer<T> {
  ok: boolean;
  json(): Promise<T>;
}

async function throwUnlessOk<T>(answer: Answer<T>): Promise<T> {
  if (!answer.ok) throw await problemFrom(answer as unknown as Response);
  return answer.json();
}

/**
 * The calls of "my certificates". Nothing is cached: one per signed-in element.
 * @example const client = myCertificatesClient({ session, apiBase: el.api, language: () => 'et' });
 */
export function myCertificatesClient({
  session,
  apiBase,
  language,
}: {
  session: Session;
  apiBase?: string | undefined;
  language: () => Language;
}) {
  const base = (apiBase || defaultApiBase()).replace(/\/+$/, '');
  const inLanguage = (url: URL | string) => {
    const withLanguage = new URL(url, base);
    withLanguage.searchParams.set('lang', language());
    return withLanguage;
  };
  const client = hc<AppType>(base, {
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      session.authorizedFetch(inLanguage(input instanceof Request ? input.url : input), init),
  });
  const mine = client.me.certificates;
  const one = (number: string) => ({ param: { number } });
  const requests = client.me['owner-requests'][':id'];

  return {
    async list(): Promise<OwnCertificate[]> {
      return (await throwUnlessOk(await mine.$get())).certificates;
    },

    async setPublic(number: string, visible: boolean): Promise<boolean> {
      const answer = await mine[':number'].visibility.$put({ ...one(number), json: { public: visible } });
      return (await throwUnlessOk(answer)).public;
    },

    async order(number: string, order: NewOrder): Promise<OwnerRequestView> {
      return throwUnlessOk(await mine[':number'].orders.$post({ ...one(number), json: order }));
    },

    async ask(number: string, question: string): Promise<OwnerRequestView> {
      return throwUnlessOk(await mine[':number'].questions.$post({ ...one(number), json: { question } }));
    },

    async thread(id: string): Promise<OwnerRequestThread> {
      return throwUnlessOk(await requests.$get({ param: { id } }));
    },

    async reply(id: string, body: string): Promise<OwnerRequestThread> {
      return throwUnlessOk(await requests.messages.$post({ param: { id }, json: { body } }));
    },

    async credential(number: string): Promise<OwnCredential> {
      const url = inLanguage(`${base}/me/certificates/${encodeURIComponent(number)}/credential`);
      return throwUnlessOk((await session.authorizedFetch(url)) as Answer<OwnCredential>);
    },

    /** The sealed PDF's bytes: fetched with the token, since a plain link would carry none. */
    async sealedPdf(number: string): Promise<Blob> {
      const url = inLanguage(`${base}/me/certificates/${encodeURIComponent(number)}/sealed.pdf`);
      const response = await session.authorizedFetch(url);
      if (!response.ok) throw await problemFrom(response);
      return response.blob();
    },
  };
}

export type MyCertificatesClient = ReturnType<typeof myCertificatesClient>;
