// The local mail server's pages: the list of received mail and one message, in Estonian or English.
import { escapeHtml } from '../../api/http/html.ts';
import type { ReceivedMail } from './server.ts';

type Language = 'et' | 'en';

const strings = {
  et: {
    title: 'Saadetud e-kirjad',
    note: 'Kohalik e-posti server: siin on kirjad, mille Kutse saatis. Päris saajateni need ei jõua.',
    none: 'Kirju pole veel saadetud.',
    to: 'Saaja',
    from: 'Saatja',
    subject: 'Teema',
    received: 'Saabus',
    messageId: 'Message-ID',
    back: 'Kõik kirjad',
    other: 'In English',
  },
  en: {
    title: 'Sent e-mail',
    note: 'Local mail server: the e-mail Kutse sent. None of it reaches a real recipient.',
    none: 'No e-mail has been sent yet.',
    to: 'To',
    from: 'From',
    subject: 'Subject',
    received: 'Received',
    messageId: 'Message-ID',
    back: 'All e-mail',
    other: 'Eesti keeles',
  },
} satisfies Record<Language, Record<string, string>>;

const shell = (language: Language, title: string, otherHref: string, main: string) => `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ccc;vertical-align:top}
pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}a{color:#0645ad}</style></head>
<body><header><a href="${otherHref}" lang="${language === 'et' ? 'en' : 'et'}">${strings[language].other}</a></header>
<main>${main}</main></body></html>`;

const suffix = (language: Language) => (language === 'en' ? '?lang=en' : '');
const time = (date: Date) => date.toISOString().replace('T', ' ').slice(0, 19);

export function mailPage(messages: readonly ReceivedMail[], language: Language): string {
  const s = strings[language];
  const rows = [...messages]
    .reverse()
    .map(
      (m) => `<tr><td>${time(m.receivedAt)}</td><td>${escapeHtml(m.to.join(', '))}</td>
<td><a href="/messages/${m.number}${suffix(language)}">${escapeHtml(m.subject)}</a></td></tr>`,
    )
    .join('');
  const table = messages.length
    ? `<table><thead><tr><th scope="col">${s.received}</th><th scope="col">${s.to}</th><th scope="col">${s.subject}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${s.none}</p>`;
  return shell(
    language,
    s.title,
    language === 'en' ? '/' : '/?lang=en',
    `<h1>${s.title}</h1><p>${s.note}</p>${table}`,
  );
}

export function messagePage(message: ReceivedMail, language: Language): string {
  const s = strings[language];
  const other = `/messages/${message.number}${language === 'en' ? '' : '?lang=en'}`;
  return shell(
    language,
    message.subject,
    other,
    `<p><a href="/${suffix(language)}">${s.back}</a></p><h1>${escapeHtml(message.subject)}</h1>
<dl><dt>${s.from}</dt><dd>${escapeHtml(message.from)}</dd><dt>${s.to}</dt><dd>${escapeHtml(message.to.join(', '))}</dd>
<dt>${s.received}</dt><dd>${time(message.receivedAt)}</dd><dt>${s.messageId}</dt><dd>${escapeHtml(message.messageId)}</dd></dl>
<pre${message.language ? ` lang="${escapeHtml(message.language)}"` : ''}>${escapeHtml(message.text)}</pre>`,
  );
}
