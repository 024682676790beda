// The visitor's Kutse sign-in, one per API per page and shared by every Kutse element on it. The
// widget runs on the awarding body's origin, where cookies for the API are third-party (blocked or
// partitioned): the token is kept in this module's memory and, for the next page of the visit, in
// this tab's sessionStorage (session-store.ts). A sign-out on any page of the website signs out
// every page of it (session-channel.ts), and 30 minutes without a key or pointer on the page end
// the sign-in (idle.ts). None of it hides the token from the site's own scripts (they can listen
// to the popup's message or wrap fetch): Kutse trusts the body's website, which is why only
// websites the body registered receive a token at all.
import * as v from 'valibot';
import { LoginErrorCode, LoginGrant, type PersonName, PopupMessage } from '../../../contract/sign-in.ts';
import type { Language } from './i18n.ts';
import { IDLE_LIMIT, lastActivity, noteActivity, recordActivity, watchActivity } from './idle.ts';
import { type ChannelMessage, openChannel } from './session-channel.ts';
import { forgetSignIn, keepSignIn, readSignIn } from './session-store.ts';

/** The signed-in person's name, as the API gives it (it may hold Ä, Ž, ’ and the like). */
export type Person = v.InferOutput<typeof PersonName>;

/**
 * Why signing in failed: the API's own codes (`access_denied`, `login_failed`,
 * `origin_not_allowed`), then the widget's: the popup was blocked, the API no longer knows the
 * attempt (404/410 while waiting: expired, failed or already collected), or nobody finished it
 * within five minutes.
 */
export type SignInError =
  | v.InferOutput<typeof LoginErrorCode>
  | 'popup_blocked'
  | 'attempt_expired'
  | 'timed_out';

export type SessionState =
  | { status: 'signed-out' }
  | { status: 'signing-in' }
  | { status: 'signed-in'; person: Person }
  /**
   * The API no longer accepts the token, or (`idle`) 30 minutes passed without the person doing
   * anything on the page: the visitor has to sign in again.
   */
  | { status: 'expired'; idle?: true }
  | { status: 'error'; error: SignInError };

export type SessionStatus = SessionState['status'];

export interface SignInOptions {
  /** The awarding body's slug: the sign-in page is shown in its name. */
  body: string;
  /** The language of the sign-in page. */
  language: Language;
}

export interface Session {
  readonly state: SessionState;
  /**
   * Opens the API's sign-in page in a popup. Call it synchronously from a click (or key) handler,
   * or the browser blocks the popup. Starts over while signing in; does nothing when signed in.
   */
  signIn(options: SignInOptions): void;
  /**
   * Takes up the sign-in to `body` that an earlier page of this visit (this tab) kept, if nobody
   * is signed in here yet and it has neither expired nor been idle for 30 minutes.
   */
  resume(body: string): void;
  /** Abandons a sign-in in progress; nothing otherwise. */
  cancel(): void;
  /**
   * Forgets the token at once, on every page of the website, then tells the API (whatever it
   * answers, the token stays forgotten).
   */
  signOut(): Promise<void>;
  /** The bearer token while signed in. */
  token(): string | undefined;
  /** Calls `listener` on every change of state (not with the current one); returns the unsubscribe. */
  subscribe(listener: (state: SessionState) => void): () => void;
  /**
   * `fetch` with the bearer token, of a path on the API (e.g. `/applications`) or of a full URL
   * on it (what Hono's `hc` client passes: it is this client's `fetch`). A 401 answer ends the
   * session (state `expired`). Throws `NotSignedInError` without a token, and a TypeError for a URL
   * elsewhere: the token is the API's alone.
   * @example hc<AppType>(base, { fetch: session.authorizedFetch })
   */
  authorizedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /**
   * The API refused `token` (401) to a request that went around `authorizedFetch`, e.g. an upload
   * through XMLHttpRequest: the session ends (state `expired`), unless it has moved on to another
   * token meanwhile (renewed, or signed in anew).
   */
  expire(token: string): void;
}

/** `authorizedFetch` was called while nobody was signed in. */
export class NotSignedInError extends Error {
  override name = 'NotSignedInError';
}

const pollEvery = 1_000;
const pollFor = 5 * 60_000;
const refreshBefore = 60_000;
/**
 * Tokens live ~10 minutes: whatever `expiresAt` says, refresh within 9, so that a visitor's clock
 * running behind the API's does not let the token lapse before the refresh.
 */
const refreshWithin = 9 * 60_000;
const retryRefreshEvery = 10_000;
/**
 * A token that seems to expire within the minute (the visitor's clock running ahead) is renewed
 * after a second, not at once and again in a tight loop.
 */
const refreshSoonest = 1_000;

/** How often at most the person's activity is written down for the next page and told to the others. */
const shareActivityEvery = 15_000;

type Grant = v.InferOutput<typeof LoginGrant>;

const apiErrors: readonly string[] = LoginErrorCode.options;

/** An error code from the API; one this widget does not know yet reads as a failed sign-in. */
const toSignInError = (code: string): SignInError =>
  apiErrors.includes(code) ? (code as SignInError) : 'login_failed';

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * The secret that lets this page alone collect an attempt's token (32 random bytes), and its
 * SHA-256, which is all the popup's URL carries: a URL ends up in history and proxy logs.
 */
type Handoff = { secret: string; hash: string };

async function newHandoff(): Promise<Handoff> {
  const secret = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return { secret, hash: base64url(new Uint8Array(digest)) };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const sessions = new Map<string, Session>();

/**
 * The page's session with the API at `apiBase` (an element's `api`), created on first use. Without
 * it, the API's origin is the one this module came from, as `defaultApiBase()` of api-client.ts
 * says; that is repeated here rather than imported, because api-client.ts brings Hono's client
 * with it, some 1.6 KB gzipped that an element which only signs in would download for nothing.
 * With `body` (an element's), a sign-in to it that an earlier page of the visit kept is taken up.
 * @example sessionFor(element.api, element.body).subscribe((state) => console.log(state.status))
 */
export function sessionFor(apiBase?: string, body?: string): Session {
  const base = (apiBase || new URL(import.meta.url).origin).replace(/\/+$/, '');
  let session = sessions.get(base);
  if (!session) {
    session = createSession(base);
    sessions.set(base, session);
  }
  if (body) session.resume(body);
  return session;
}

function createSession(base: string): Session {
  const apiOrigin = new URL(base).origin;
  /** The API's path under its origin, if it has one (e.g. `/kutse`), without the trailing slash. */
  const apiPath = new URL(base).pathname.replace(/\/+$/, '');
  const listeners = new Set<(state: SessionState) => void>();
  let state: SessionState = { status: 'signed-out' };
  let grant: Grant | undefined;
  /** The body the grant (or the sign-in in progress) is for: the key of what this tab keeps. */
  let body: string | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let unwatchActivity: (() => void) | undefined;
  let activityShared = 0;
  /** Ends the sign-in in progress: stops listening and polling, and closes the popup if asked. */
  let stopAttempt: ((closePopup: boolean) => void) | undefined;
  // Made ahead: the popup must open synchronously in the click, and hashing is asynchronous.
  let nextHandoff: Handoff | undefined;
  const prepareHandoff = () => {
    nextHandoff = undefined;
    void newHandoff().then((h) => {
      nextHandoff = h;
    });
  };
  prepareHandoff();

  const post = (path: string, init: RequestInit) => fetch(`${base}${path}`, { ...init, method: 'POST' });

  const set = (next: SessionState) => {
    state = next;
    for (const listener of [...listeners]) listener(next);
  };

  /** Writes the grant down for the next page of the visit. */
  const keep = () => {
    if (grant && body) keepSignIn(base, body, { ...grant, lastActivity: lastActivity() });
  };

  /**
   * Leaves the signed-in state (or an attempt) for `next`, forgetting the token — here and in what
   * this tab keeps — and every timer.
   */
  const end = (next: SessionState, closePopup = true) => {
    stopAttempt?.(closePopup);
    if (grant && body) forgetSignIn(base, body);
    grant = undefined;
    clearTimeout(refreshTimer);
    clearTimeout(idleTimer);
    unwatchActivity?.();
    unwatchActivity = undefined;
    set(next);
  };

  /** Ends the sign-in on the server; the token is already forgotten here, whatever it answers. */
  const logout = async (token: string) => {
    try {
      // keepalive: the logout still goes out when the visitor signs out and leaves at once.
      await post('/auth/widget/logout', { headers: bearer(token), keepalive: true });
    } catch {
      // Nothing to do: the token is gone, and it expires on its own within minutes.
    }
  };

  /** Signs out here and tells the API; with `tellOthers`, every other page of the website too. */
  const signOutHere = async (next: SessionState, tellOthers: boolean) => {
    const current = grant;
    const signedOutOf = body;
    end(next);
    if (!current) return;
    if (tellOthers && signedOutOf)
      channel.post({ type: 'signed-out', body: signedOutOf, idle: next.status === 'expired' });
    await logout(current.token);
  };

  /** Signed in with `next`: kept for the next page, renewed before it expires, ended when idle. */
  const adopt = (next: Grant) => {
    grant = next;
    keep();
    scheduleRefresh(next);
    unwatchActivity ??= watchActivity(onActivity);
    scheduleIdleCheck();
    set({ status: 'signed-in', person: next.person });
  };

  const accept = (next: Grant) => {
    stopAttempt?.(true);
    // Signing in is the person's doing, on this page.
    recordActivity();
    adopt(next);
  };

  const idleFor = () => Date.now() - lastActivity();

  const scheduleIdleCheck = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (idleFor() >= IDLE_LIMIT) void signOutHere({ status: 'expired', idle: true }, true);
      else scheduleIdleCheck();
    }, IDLE_LIMIT - idleFor());
  };

  /** The person did something here: the next page and the other pages hear of it, now and then. */
  const onActivity = (at: number) => {
    if (at - activityShared < shareActivityEvery || !body) return;
    activityShared = at;
    keep();
    channel.post({ type: 'active', body, at });
  };

  const receive = (message: ChannelMessage) => {
    if (state.status !== 'signed-in' || message.body !== body) return;
    if (message.type === 'active') noteActivity(message.at);
    // Another page signed out: so does this one, and it ends its own session on the server too,
    // in case this tab signed in apart from that one.
    else void signOutHere(message.idle ? { status: 'expired', idle: true } : { status: 'signed-out' }, false);
  };
  const channel = openChannel(base, receive);

  // The last activity, for the next page, when this one goes (a link followed, the tab closed).
  window.addEventListener('pagehide', () => {
    if (state.status === 'signed-in') keep();
  });

  const resume = (wanted: string) => {
    if (state.status === 'signed-in' || state.status === 'signing-in') return;
    const kept = readSignIn(base, wanted);
    if (!kept) return;
    const { lastActivity: at, ...keptGrant } = kept;
    // An expired token cannot be renewed, and an idle sign-in is over: both are forgotten.
    if (Date.parse(kept.expiresAt) <= Date.now() || Date.now() - at >= IDLE_LIMIT) {
      forgetSignIn(base, wanted);
      return;
    }
    body = wanted;
    noteActivity(at);
    adopt(keptGrant);
  };

  const scheduleRefresh = (current: Grant) => {
    clearTimeout(refreshTimer);
    const left = Date.parse(current.expiresAt) - Date.now();
    const delay = Math.min(Math.max(left - refreshBefore, refreshSoonest), refreshWithin);
    refreshTimer = setTimeout(() => refresh(current), delay);
  };

  const refresh = async (current: Grant) => {
    // Asleep past the limit (a laptop's lid closed), this may come before the idle check does.
    if (idleFor() >= IDLE_LIMIT) {
      void signOutHere({ status: 'expired', idle: true }, true);
      return;
    }
    try {
      const response = await post('/auth/widget/refresh', {
        headers: { ...bearer(current.token), 'content-type': 'application/json' },
        // The API ends the session too when the person has been idle for 30 minutes.
        body: JSON.stringify({ idleSeconds: Math.max(0, Math.floor(idleFor() / 1000)) }),
      });
      if (response.status === 401) {
        if (grant === current) end({ status: 'expired' });
        return;
      }
      const parsed = response.ok ? v.safeParse(LoginGrant, await response.json()) : undefined;
      // Signed out, or signed in anew, while the request was on its way: that answer is stale.
      if (grant !== current) return;
      if (parsed?.success) {
        adopt(parsed.output);
        return;
      }
    } catch {
      // The network failed: the token still holds until expiresAt, so try again below.
    }
    if (grant !== current) return;
    const left = Date.parse(current.expiresAt) - Date.now();
    if (left <= 0) end({ status: 'expired' });
    else refreshTimer = setTimeout(() => refresh(current), Math.min(retryRefreshEvery, left));
  };

  const signIn = ({ body: signingInTo, language }: SignInOptions) => {
    if (state.status === 'signed-in') return;
    stopAttempt?.(false);
    body = signingInTo;
    const startUrl = ({ hash }: Handoff) =>
      `${base}/auth/widget/start?${new URLSearchParams({ body: signingInTo, origin: location.origin, handoff: hash, lang: language })}`;
    let handoff = nextHandoff;
    prepareHandoff();
    // Synchronous, inside the caller's click: popup blockers allow only that. In the rare case the
    // hash is not ready yet, the popup opens empty and goes to the API when it is.
    const popup = window.open(
      handoff ? startUrl(handoff) : 'about:blank',
      'kutse-login',
      'popup,width=480,height=720',
    );
    if (!popup) {
      set({ status: 'error', error: 'popup_blocked' });
      return;
    }
    if (!handoff)
      void newHandoff().then((h) => {
        handoff = h;
        popup.location.href = startUrl(h);
      });

    const abort = new AbortController();
    const startedAt = Date.now();
    let pollTimer: ReturnType<typeof setTimeout> | undefined;

    // Only the popup we opened, on the API's origin, may sign the page in or say why not; anything
    // else that posts to this window (the host page's own scripts, other frames, another popup
    // of the API's) is ignored without a word.
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== apiOrigin || event.source !== popup) return;
      const parsed = v.safeParse(PopupMessage, event.data);
      if (!parsed.success) return;
      const message = parsed.output;
      if (message.type === 'kutse:login') accept(message);
      // The popup shows its own explanation: leave it open.
      else end({ status: 'error', error: message.error }, false);
    };

    // A Cross-Origin-Opener-Policy on the popup's way (the identity provider's pages) cuts
    // window.opener, so the message never comes; the popup then also reads `closed` while still
    // open, so that is no sign of giving up either. The API keeps the token for our secret instead.
    const poll = async () => {
      if (Date.now() - startedAt >= pollFor) {
        end({ status: 'error', error: 'timed_out' });
        return;
      }
      if (!handoff) {
        pollTimer = setTimeout(poll, pollEvery);
        return;
      }
      try {
        const response = await post('/auth/widget/handoff', {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ handoff: handoff.secret }),
          signal: abort.signal,
        });
        // The message may have won while this request was on its way.
        if (abort.signal.aborted) return;
        if (response.status === 200) {
          const parsed = v.safeParse(LoginGrant, await response.json());
          if (abort.signal.aborted) return;
          if (parsed.success) accept(parsed.output);
          else end({ status: 'error', error: 'login_failed' });
          return;
        }
        if (response.status === 404 || response.status === 410) {
          // A failed login says why (`error`: access_denied, login_failed); otherwise it expired.
          const problem = (await response.json().catch(() => ({}))) as { error?: unknown };
          if (abort.signal.aborted) return;
          const error = typeof problem.error === 'string' ? toSignInError(problem.error) : 'attempt_expired';
          end({ status: 'error', error }, error === 'attempt_expired');
          return;
        }
        // Any other refusal (400, 403…) will not change by asking again; 408, 429 and 5xx may.
        if (response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status)) {
          end({ status: 'error', error: 'login_failed' });
          return;
        }
      } catch {
        // Aborted (the attempt ended), or the network failed: the next round tries again.
      }
      if (!abort.signal.aborted) pollTimer = setTimeout(poll, pollEvery);
    };

    stopAttempt = (closePopup) => {
      stopAttempt = undefined;
      abort.abort();
      clearTimeout(pollTimer);
      window.removeEventListener('message', onMessage);
      if (closePopup) popup.close();
    };
    window.addEventListener('message', onMessage);
    pollTimer = setTimeout(poll, pollEvery);
    set({ status: 'signing-in' });
  };

  return {
    get state() {
      return state;
    },
    signIn,
    resume,
    cancel: () => {
      if (state.status === 'signing-in') end({ status: 'signed-out' });
    },
    signOut: () => signOutHere({ status: 'signed-out' }, true),
    token: () => grant?.token,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    authorizedFetch: async (input, init = {}) => {
      const current = grant;
      if (!current) throw new NotSignedInError('Kutse: nobody is signed in');
      const url = onTheApi(input);
      const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
      headers.set('authorization', `Bearer ${current.token}`);
      // A Request keeps its method and body; `init` overrides them, as it would with fetch.
      const response = await fetch(input instanceof Request ? input : url, { ...init, headers });
      if (response.status === 401 && grant === current) end({ status: 'expired' });
      return response;
    },
    expire: (token) => {
      if (grant?.token === token) end({ status: 'expired' });
    },
  };

  /** The full URL of a path on the API, or the URL itself if it is on the API; no other. */
  function onTheApi(input: RequestInfo | URL): string {
    const raw = input instanceof Request ? input.url : String(input);
    if (raw.startsWith('/')) return `${base}${raw}`;
    // Compared parsed: a URL object has its host in lower case and no default port.
    const url = new URL(raw);
    const { pathname } = url;
    if (url.origin === apiOrigin && (pathname === apiPath || pathname.startsWith(`${apiPath}/`)))
      return url.href;
    throw new TypeError(`Kutse: ${raw} is not on the API at ${base}`);
  }
}
