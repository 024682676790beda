// The popup's first page when a widget's login was not shown to start on the body's own page: it
// names the body and its website and asks the person to go on only if they came from there, so
// that a link with an attacker's handoff cannot quietly hand the attacker the person's token.
// Continue and Cancel post the page's one-time value back (with the browser's cookie).
import { escapeHtml } from '../http/html.ts';

const TEXT = {
  et: {
    title: 'Sisselogimine Kutsesse',
    asks: (body: string, origin: string) => `Veebileht ${origin} (${body}) palub teil Kutsesse sisse logida.`,
    only: 'Jätkake ainult siis, kui avasite selle akna sellelt veebilehelt.',
    warning: 'Kui keegi saatis teile selle lingi, katkestage: jätkates võib ta pääseda ligi teie andmetele.',
    continue: 'Jätka',
    cancel: 'Katkesta',
  },
  en: {
    title: 'Signing in to Kutse',
    asks: (body: string, origin: string) => `${body}’s website ${origin} asks you to sign in to Kutse.`,
    only: 'Continue only if you opened this from that website.',
    warning: 'If someone sent you this link, cancel: continuing could let them into your data.',
    continue: 'Continue',
    cancel: 'Cancel',
  },
};

/**
 * The provider as a CSP source: its origin — or only its scheme when its host is an IPv6 literal
 * (a local provider on [::1]), which CSP's host-source cannot name and Chromium would ignore.
 */
const cspSource = (origin: string) => {
  const url = new URL(origin);
  return url.hostname.startsWith('[') ? url.protocol : url.origin;
};

export function confirmPage({
  bodyName,
  origin,
  confirm,
  providerOrigin,
  language,
}: {
  bodyName: { et: string; en: string };
  origin: string;
  /** The one-time value the form posts back. */
  confirm: string;
  /** Continue is redirected there: the form's CSP must allow it as well as the API itself. */
  providerOrigin: string;
  language: string;
}) {
  const lang = language === 'en' ? 'en' : 'et';
  const text = TEXT[lang];
  const html = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(text.title)}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a;max-width:32rem}
strong{overflow-wrap:anywhere}button{font:inherit;padding:.5rem 1.25rem;margin:0 .5rem .5rem 0}</style></head>
<body><main>
<h1>${escapeHtml(text.title)}</h1>
<p><strong>${escapeHtml(text.asks(bodyName[lang], origin))}</strong></p>
<p>${escapeHtml(text.only)}</p>
<p>${escapeHtml(text.warning)}</p>
<form method="post" action="/auth/widget/confirm">
<input type="hidden" name="confirm" value="${escapeHtml(confirm)}">
<button type="submit" name="action" value="continue">${escapeHtml(text.continue)}</button>
<button type="submit" name="action" value="cancel">${escapeHtml(text.cancel)}</button>
</form>
</main></body></html>`;
  return {
    html,
    headers: {
      'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self' ${cspSource(providerOrigin)}; frame-ancestors 'none'`,
      // Keeps the Origin header on the form's POST (no-referrer would make it `null`).
      'Referrer-Policy': 'same-origin',
      'Cross-Origin-Opener-Policy': 'unsafe-none',
      'Cache-Control': 'no-store',
    },
  };
}
