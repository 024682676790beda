// The visitor's Kutse sign-in, one per API per page and shared by every Kutse element on it. It is
// held in this module's memory only: the widget runs on the awarding body's origin, where cookies
// for the API are third-party (blocked or partitioned), and a token in memory dies with the page
// and lives ~10 minutes, where localStorage would keep it. It does not hide the token from the
// site's own scripts (they can listen to the popup's message or wrap fetch): Kutse trusts the
// body's website, which is why only websites the body registered receive a token at all.
import * as v from 'valibot';
import type { Language } from './i18n.ts';

/** The signed-in person's name, as the API gives it (it may hold Ä, Ž, ’ and the like). */
export interface Person {
  givenName: string;
  familyName: string;
}

/**
 * Why signing in failed: the API's own codes (`access_denied`, `login_failed`,
 * `origin_not_allowed`), then the widget's: the popup was blocked, the API no longer knows the
 * attempt (404/410 while waiting: expired, failed or already collected), or nobody finished it
 * within five minutes.
 */
export type SignInError =
  | 'access_denied'
  | 'login_failed'
  | 'origin_not_allowed'
  | 'popup_blocked'
  | 'attempt_expired'
  | 'timed_out';

export type SessionState =
  | { status: 'signed-out' }
  | { status: 'signing-in' }
  | { status: 'signed-in'; person: Person }
  /** The API no longer accepts the token: the visitor has to sign in again. */
  | { status: 'expired' }
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
  /** Abandons a sign-in in progress; nothing otherwise. */
  cancel(): void;
  /** Forgets the token at once, then tells the API (whatever it answers, the token stays forgotten). */
  signOut(): Promise<void>;
  /** The bearer token while signed in. */
  token(): string | undefined;
  /** Calls `listener` on every change of state (not with the current one); returns the unsubscribe. */
  subscribe(listener: (state: SessionState) => void): () => void;
  /**
   * `fetch` of a path on the API (e.g. `/applications`) with the bearer token. A 401 answer ends
   * the session (state `expired`). Throws `NotSignedInError` without a token.
   */
  authorizedFetch(path: string, init?: RequestInit): Promise<Response>;
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

const personSchema = v.object({ givenName: v.string(), familyName: v.string() });
const grantSchema = v.object({
  token: v.pipe(v.string(), v.nonEmpty()),
  expiresAt: v.pipe(
    v.string(),
    v.check((value) => !Number.isNaN(Date.parse(value))),
  ),
  person: personSchema,
});
/** What the sign-in popup posts to its opener. */
const messageSchema = v.variant('type', [
  v.object({ type: v.literal('kutse:login'), ...grantSchema.entries }),
  v.object({ type: v.literal('kutse:login-error'), error: v.string() }),
]);

type Grant = v.InferOutput<typeof grantSchema>;

const apiErrors: readonly string[] = ['access_denied', 'login_failed', 'origin_not_allowed'];

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
 * @example sessionFor(element.api).subscribe((state) => console.log(state.status))
 */
export function sessionFor(apiBase?: string): Session {
  const base = (apiBase || new URL(import.meta.url).origin).replace(/\/+$/, '');
  let session = sessions.get(base);
  if (!session) {
    session = createSession(base);
    sessions.set(base, session);
  }
  return session;
}

function createSession(base: string): Session {
  const apiOrigin = new URL(base).origin;
  const listeners = new Set<(state: SessionState) => void>();
  let state: SessionState = { status: 'signed-out' };
  let grant: Grant | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
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

  /** Leaves the signed-in state (or an attempt) for `next`, forgetting the token and every timer. */
  const end = (next: SessionState, closePopup = true) => {
    stopAttempt?.(closePopup);
    grant = undefined;
    clearTimeout(refreshTimer);
    set(next);
  };

  const accept = (next: Grant) => {
    stopAttempt?.(true);
    grant = next;
    scheduleRefresh(next);
    set({ status: 'signed-in', person: next.person });
  };

  const scheduleRefresh = (current: Grant) => {
    clearTimeout(refreshTimer);
    const left = Date.parse(current.expiresAt) - Date.now();
    const delay = Math.min(Math.max(left - refreshBefore, refreshSoonest), refreshWithin);
    refreshTimer = setTimeout(() => refresh(current), delay);
  };

  const refresh = async (current: Grant) => {
    try {
      const response = await post('/auth/widget/refresh', { headers: bearer(current.token) });
      if (response.status === 401) {
        if (grant === current) end({ status: 'expired' });
        return;
      }
      const parsed = response.ok ? v.safeParse(grantSchema, await response.json()) : undefined;
      // Signed out, or signed in anew, while the request was on its way: that answer is stale.
      if (grant !== current) return;
      if (parsed?.success) {
        grant = parsed.output;
        scheduleRefresh(parsed.output);
        set({ status: 'signed-in', person: parsed.output.person });
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

  const signIn = ({ body, language }: SignInOptions) => {
    if (state.status === 'signed-in') return;
    stopAttempt?.(false);
    const startUrl = ({ hash }: Handoff) =>
      `${base}/auth/widget/start?${new URLSearchParams({ body, origin: location.origin, handoff: hash, lang: language })}`;
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

    // Only the popup we opened, on the API's origin, may sign the page in; anything else that
    // posts to this window (the host page's own scripts, other frames) is ignored without a word.
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== apiOrigin || event.source !== popup) return;
      const parsed = v.safeParse(messageSchema, event.data);
      if (!parsed.success) return;
      const message = parsed.output;
      if (message.type === 'kutse:login') accept(message);
      // The popup shows its own explanation: leave it open.
      else end({ status: 'error', error: toSignInError(message.error) }, false);
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
          const parsed = v.safeParse(grantSchema, await response.json());
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
    cancel: () => {
      if (state.status === 'signing-in') end({ status: 'signed-out' });
    },
    signOut: async () => {
      const current = grant;
      end({ status: 'signed-out' });
      if (!current) return;
      try {
        // keepalive: the logout still goes out when the visitor signs out and leaves at once.
        await post('/auth/widget/logout', { headers: bearer(current.token), keepalive: true });
      } catch {
        // Nothing to do: the token is gone from memory, and it expires on its own within minutes.
      }
    },
    token: () => grant?.token,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    authorizedFetch: async (path, init = {}) => {
      const current = grant;
      if (!current) throw new NotSignedInError('Kutse: nobody is signed in');
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${current.token}`);
      const response = await fetch(`${base}${path}`, { ...init, headers });
      if (response.status === 401 && grant === current) end({ status: 'expired' });
      return response;
    },
  };
}
