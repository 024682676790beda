// The console's calls for applying on a person's behalf (api/applications/on-behalf-routes.ts):
// finding or adding the person, then a source for <kutse-application-form> in front of the routes
// under /staff/bodies/:body/on-behalf/applications, so the form staff fill in is the applicant's
// own. Hono's typed client over the console's cookie session, the CSRF token on every change and
// the page's language on every call, as shared/console-client.ts does; applications and documents
// are checked with the contract's schemas.
import { hc } from 'hono/client';
import * as v from 'valibot';
import type { AppType } from '../../../../api/app.ts';
import { ApplicationView, DocumentView, type DraftPatch } from '../../../../contract/applications.ts';
import type { ApplicationSource } from '../../application-form/application-form.source.ts';
import type { OnProgress } from '../../shared/applications-client.ts';
import type { Language } from '../../shared/i18n.ts';
import { problemFrom } from '../../shared/problem-reader.ts';
import { uploadWithCsrf } from './on-behalf-upload.ts';

/** The API's header for the CSRF token (api/access/identity.ts CSRF_HEADER). */
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who staff apply for: the code, and the name and contact of someone the registry does not have yet. */
export interface PersonInput {
  personalCode: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  phone?: string;
}

export interface OnBehalfClientOptions {
  csrfToken: string;
  language: Language;
  /** The API's origin: the page's own. */
  origin?: string;
}

async function answer<S extends v.GenericSchema>(response: Response, schema: S): Promise<v.InferOutput<S>> {
  if (!response.ok) throw await problemFrom(response);
  return v.parse(schema, await response.json());
}

/**
 * @example
 * const client = onBehalfClient({ csrfToken, language: 'et' });
 * const { person } = await client.findPerson('etel', { personalCode: '38001085718' });
 * form.source = client.source('etel', person.id);
 */
export function onBehalfClient({ csrfToken, language, origin = location.origin }: OnBehalfClientOptions) {
  const inLanguage = (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), origin);
    url.searchParams.set('lang', language);
    return url;
  };
  const send = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (!SAFE_METHODS.has((init.method ?? 'GET').toUpperCase())) headers.set(CSRF_HEADER, csrfToken);
    return fetch(inLanguage(input), { ...init, headers, credentials: 'same-origin' });
  };
  const onBehalf = hc<AppType>(origin, { fetch: send }).staff.bodies[':body']['on-behalf'];

  return {
    /**
     * The person with the code: found in the registry (`created: false`, the registry's name), or
     * added with the name given. Without a name for someone not there: ApiProblem 422 naming
     * givenName and familyName.
     */
    async findPerson(body: string, person: PersonInput) {
      const response = await onBehalf.people.$post({ param: { body }, json: person });
      if (!response.ok) throw await problemFrom(response as unknown as Response);
      return { person: await response.json(), created: response.status === 201 };
    },

    /** The form's source for `person`'s applications at `body`, made on their behalf. */
    source(body: string, person: string): ApplicationSource {
      const one = onBehalf.applications[':application'];
      const param = (application: string) => ({ param: { body, application } });
      return {
        // There is no list of the person's applications here: starting a kind answers the draft
        // staff began for them (200), and a draft the person began themselves stays theirs (409).
        list: async () => ({ applications: [], etag: undefined }),
        async start(qualification: string, kind: string) {
          const response = await onBehalf.people[':person'].applications.$post({
            param: { body, person },
            json: { qualification, kind },
          });
          const application = await answer(response as unknown as Response, ApplicationView);
          return { application, resumed: response.status === 200 };
        },
        get: async (id: string) =>
          answer((await one.$get(param(id))) as unknown as Response, ApplicationView),
        patch: async (id: string, patch: DraftPatch) =>
          answer((await one.$patch({ ...param(id), json: patch })) as unknown as Response, ApplicationView),
        async submit(id: string, idempotencyKey: string) {
          const response = await one.submit.$post(param(id), {
            headers: { 'idempotency-key': idempotencyKey },
          });
          return answer(response as unknown as Response, ApplicationView);
        },
        async removeDocument(id: string, document: string) {
          const response = await one.documents[':document'].$delete({
            param: { body, application: id, document },
          });
          if (!response.ok) throw await problemFrom(response as unknown as Response);
        },
        async uploadDocument(
          id: string,
          type: string,
          file: File,
          facts: Record<string, string>,
          onProgress?: OnProgress,
        ) {
          const url = one.documents[':type'].$url({
            param: { body, application: id, type },
            query: { ...facts, name: file.name },
          });
          const uploaded = await uploadWithCsrf({ url: inLanguage(url), file, csrfToken, onProgress });
          return v.parse(DocumentView, uploaded);
        },
      };
    },
  };
}

export type OnBehalfClient = ReturnType<typeof onBehalfClient>;
