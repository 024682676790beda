// The last page of a widget's login popup, on the API's origin: it hands the result to the page
// that opened it with postMessage, addressed to that page's (registered) origin only, and closes
// (a website the body did not register is told only that, see `notAllowed`).
// When a Cross-Origin-Opener-Policy on the way cut `window.opener`, it just says so: the widget
// then collects the token through the handoff it polls for.
import { randomBytes } from 'node:crypto';
import type { PopupMessage } from '../../contract/sign-in.ts';
import { escapeHtml } from '../http/html.ts';

export type { PopupMessage };

/**
 * What a website the body did not register gets (`message: null`): no token, only this, so that the
 * widget says at once why instead of waiting minutes for a token that never comes. Nothing secret,
 * so it goes to whichever page opened the popup (`'*'`): that page's origin is the unregistered one.
 */
const notAllowed: PopupMessage = { type: 'kutse:login-error', error: 'origin_not_allowed' };

const TEXT = {
  et: {
    done: 'Sisselogimine õnnestus. Selle akna võib sulgeda.',
    failed: 'Sisselogimine ei õnnestunud. Sulgege see aken ja proovige uuesti.',
    cancelled: 'Sisselogimine katkestati. Selle akna võib sulgeda.',
    notAllowed: 'See veebileht ei ole Kutse sisselogimiseks registreeritud.',
  },
  en: {
    done: 'You are signed in. You may close this window.',
    failed: 'Signing in did not succeed. Close this window and try again.',
    cancelled: 'Signing in was cancelled. You may close this window.',
    notAllowed: 'This website is not registered for signing in with Kutse.',
  },
};

/** The page and the headers it must go out with (its own CSP, and COOP that keeps the opener). */
export function popupPage({
  message,
  targetOrigin,
  language,
}: {
  message: PopupMessage | null;
  targetOrigin: string | null;
  language: string;
}) {
  const text = language === 'en' ? TEXT.en : TEXT.et;
  const sentence =
    message === null
      ? text.notAllowed
      : message.type === 'kutse:login'
        ? text.done
        : message.error === 'access_denied'
          ? text.cancelled
          : text.failed;
  const nonce = randomBytes(16).toString('base64');
  // JSON inside <script>: `<` escaped so that no value can close the element.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  const [posted, target] = message === null ? [notAllowed, '*'] : [message, targetOrigin];
  const script = target
    ? `<script nonce="${nonce}">
if (window.opener) {
  window.opener.postMessage(${json(posted)}, ${json(target)});
  window.close();
}
</script>`
    : '';
  const html = `<!doctype html>
<html lang="${language === 'en' ? 'en' : 'et'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kutse</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a}</style></head>
<body><main><p role="status">${escapeHtml(sentence)}</p></main>
${script}
</body></html>`;
  return {
    html,
    headers: {
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      // `same-origin` (api/http/secure-headers.ts' default) would cut the popup off from its opener.
      'Cross-Origin-Opener-Policy': 'unsafe-none',
      'Cache-Control': 'no-store',
    },
  };
}
