// TARA has no single sign-on: every authorization request shows the login page, even in a browser
// that signed someone in a minute ago. oidc-provider keeps a session in a cookie and would skip the
// login for it (or, when someone else signs in, first log the old person out through an extra
// auto-submitted page). So each new authorization request is served as if the browser had no
// session cookie, and the response deletes the cookie, so the steps that follow (resume, consent)
// do not find the old session either.
import type { IncomingMessage, ServerResponse } from 'node:http';

const SESSION_COOKIES = ['_session', '_session.sig'];

export function forgetSessionOnNewAuthorization(req: IncomingMessage, res: ServerResponse): void {
  if (new URL(req.url ?? '/', 'http://idp').pathname !== '/auth') return;
  const cookie = req.headers.cookie;
  if (!cookie) return;
  const pairs = cookie.split(';').map((pair) => pair.trim());
  const kept = pairs.filter((pair) => !SESSION_COOKIES.includes(pair.split('=')[0] ?? ''));
  if (kept.length === pairs.length) return;
  req.headers.cookie = kept.join('; ');
  // A fresh session is only saved once someone logs in, so oidc-provider sets no session cookie
  // in this response and these deletions stand.
  res.setHeader(
    'Set-Cookie',
    SESSION_COOKIES.map(
      (name) => `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly; samesite=lax`,
    ),
  );
}
