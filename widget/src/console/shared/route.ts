// The console's URLs, and the view each one shows: every list filter and every application has its
// own link, in the page's language (`lang` is in every URL the console makes).
import type { Language } from '../../shared/i18n.ts';
import type { ConsoleBody } from './boot.ts';

export type ConsoleRoute =
  | { view: 'home' }
  | { view: 'list'; body: string; query: URLSearchParams }
  | { view: 'application'; body: string; id: string }
  | { view: 'dashboard'; body: string }
  | { view: 'onBehalf'; body: string }
  | { view: 'requests'; body: string; query: URLSearchParams }
  | { view: 'request'; body: string; id: string }
  | { view: 'certificates'; body: string; query: URLSearchParams }
  | { view: 'registryRequests'; query: URLSearchParams }
  | { view: 'registryRequest'; id: string }
  | { view: 'registryBodies' }
  | { view: 'notFound' };

const LIST = /^\/console\/bodies\/([a-z0-9-]+)\/applications\/?$/;
const DASHBOARD = /^\/console\/bodies\/([a-z0-9-]+)\/dashboard\/?$/;
const ON_BEHALF = /^\/console\/bodies\/([a-z0-9-]+)\/on-behalf\/?$/;
const APPLICATION = /^\/console\/bodies\/([a-z0-9-]+)\/applications\/([\w-]+)\/?$/;
const REQUESTS = /^\/console\/bodies\/([a-z0-9-]+)\/requests\/?$/;
const REQUEST = /^\/console\/bodies\/([a-z0-9-]+)\/requests\/([\w-]+)\/?$/;
const CERTIFICATES = /^\/console\/bodies\/([a-z0-9-]+)\/certificates\/?$/;
const REGISTRY_REQUESTS = /^\/console\/registry\/requests\/?$/;
const REGISTRY_REQUEST = /^\/console\/registry\/requests\/([\w-]+)\/?$/;
const REGISTRY_BODIES = /^\/console\/registry\/bodies\/?$/;

/** The view of a console URL. */
export function routeOf(url: URL): ConsoleRoute {
  const list = LIST.exec(url.pathname);
  if (list) {
    const query = new URLSearchParams(url.search);
    query.delete('lang');
    return { view: 'list', body: list[1] as string, query };
  }
  const application = APPLICATION.exec(url.pathname);
  if (application)
    return { view: 'application', body: application[1] as string, id: application[2] as string };
  const dashboard = DASHBOARD.exec(url.pathname);
  if (dashboard) return { view: 'dashboard', body: dashboard[1] as string };
  const onBehalf = ON_BEHALF.exec(url.pathname);
  if (onBehalf) return { view: 'onBehalf', body: onBehalf[1] as string };
  const requests = REQUESTS.exec(url.pathname);
  if (requests) {
    const query = new URLSearchParams(url.search);
    query.delete('lang');
    return { view: 'requests', body: requests[1] as string, query };
  }
  const request = REQUEST.exec(url.pathname);
  if (request) return { view: 'request', body: request[1] as string, id: request[2] as string };
  const certificates = CERTIFICATES.exec(url.pathname);
  if (certificates) {
    const query = new URLSearchParams(url.search);
    query.delete('lang');
    return { view: 'certificates', body: certificates[1] as string, query };
  }
  if (REGISTRY_REQUESTS.test(url.pathname)) {
    const query = new URLSearchParams(url.search);
    query.delete('lang');
    return { view: 'registryRequests', query };
  }
  const registryRequest = REGISTRY_REQUEST.exec(url.pathname);
  if (registryRequest) return { view: 'registryRequest', id: registryRequest[1] as string };
  if (REGISTRY_BODIES.test(url.pathname)) return { view: 'registryBodies' };
  if (/^\/console\/?$/.test(url.pathname)) return { view: 'home' };
  return { view: 'notFound' };
}

const withLanguage = (path: string, query: URLSearchParams, language: Language) => {
  const search = new URLSearchParams(query);
  search.delete('lang');
  search.append('lang', language);
  return `${path}?${search}`;
};

/** The list of `body`'s applications with `query`'s filters, sort and page. */
export const listHref = (body: string, query: URLSearchParams, language: Language) =>
  withLanguage(`/console/bodies/${encodeURIComponent(body)}/applications`, query, language);

/** An application's page. */
export const applicationHref = (body: string, id: string, language: Language) =>
  withLanguage(
    `/console/bodies/${encodeURIComponent(body)}/applications/${encodeURIComponent(id)}`,
    new URLSearchParams(),
    language,
  );

/** The body's overview: figures and charts. */
export const dashboardHref = (body: string, language: Language) =>
  withLanguage(`/console/bodies/${encodeURIComponent(body)}/dashboard`, new URLSearchParams(), language);

/** Certificate owners' requests to the body, with the list's filters (`state`, `kind`). */
export const requestsHref = (body: string, query: URLSearchParams, language: Language) =>
  withLanguage(`/console/bodies/${encodeURIComponent(body)}/requests`, query, language);

/** One owner's request. */
export const requestHref = (body: string, id: string, language: Language) =>
  withLanguage(
    `/console/bodies/${encodeURIComponent(body)}/requests/${encodeURIComponent(id)}`,
    new URLSearchParams(),
    language,
  );

/** Owners' requests routed to the registry (their body is gone), with the list's filters. */
export const registryRequestsHref = (query: URLSearchParams, language: Language) =>
  withLanguage('/console/registry/requests', query, language);

/** One request routed to the registry. */
export const registryRequestHref = (id: string, language: Language) =>
  withLanguage(`/console/registry/requests/${encodeURIComponent(id)}`, new URLSearchParams(), language);

/** The registry's awarding bodies: where a registry admin records that one ceased. */
export const registryBodiesHref = (language: Language) =>
  withLanguage('/console/registry/bodies', new URLSearchParams(), language);

/**
 * Whose owners' requests a view shows: a body's, to its staff, or the registry's (the requests
 * whose body is gone), to the registry's admins. The same views serve both.
 */
export type RequestsScope = { kind: 'body'; body: ConsoleBody } | { kind: 'registry' };

/** A scope's name, the same for equal scopes: a view fetches again only when it changes. */
export const scopeKey = (scope: RequestsScope | undefined) =>
  scope === undefined ? '' : scope.kind === 'registry' ? 'registry' : `body:${scope.body.slug}`;

/** The scope's list of requests, with the list's filters. */
export const scopeRequestsHref = (scope: RequestsScope, query: URLSearchParams, language: Language) =>
  scope.kind === 'registry'
    ? registryRequestsHref(query, language)
    : requestsHref(scope.body.slug, query, language);

/** One of the scope's requests. */
export const scopeRequestHref = (scope: RequestsScope, id: string, language: Language) =>
  scope.kind === 'registry' ? registryRequestHref(id, language) : requestHref(scope.body.slug, id, language);

/** Applying on a person's behalf. */
export const onBehalfHref = (body: string, language: Language) =>
  withLanguage(`/console/bodies/${encodeURIComponent(body)}/on-behalf`, new URLSearchParams(), language);

/** The body's certificates: one found by its number (`number`). */
export const certificatesHref = (body: string, query: URLSearchParams, language: Language) =>
  withLanguage(`/console/bodies/${encodeURIComponent(body)}/certificates`, query, language);

/** The same page in another language (a whole page load: the server words the page too). */
export const inLanguage = (url: URL, language: Language) => {
  const search = new URLSearchParams(url.search);
  search.set('lang', language);
  return `${url.pathname}?${search}`;
};

/**
 * What the console keeps in a history entry: the cursors of the pages before this one (keyset
 * paging goes forward only), and the list an application was opened from (its "back" link).
 */
export interface ConsoleHistoryState {
  cursors?: string[];
  from?: string;
}

/** Asks the shell to show another URL: dispatched by a view, handled by <kutse-console>. */
export class ConsoleNavigateEvent extends Event {
  readonly href: string;
  readonly state: ConsoleHistoryState;
  readonly replace: boolean;
  constructor(href: string, state: ConsoleHistoryState = {}, replace = false) {
    super('kutse-console-navigate', { bubbles: true, composed: true });
    this.href = href;
    this.state = state;
    this.replace = replace;
  }
}

/** A view's title, for the document's title: dispatched by a view once it knows it. */
export class ConsoleTitleEvent extends Event {
  readonly title: string;
  constructor(title: string) {
    super('kutse-console-title', { bubbles: true, composed: true });
    this.title = title;
  }
}
