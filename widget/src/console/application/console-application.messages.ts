// The conversation with the applicant on an application's page: the thread, oldest first, and a
// message to send (the applicant gets it in the status tracker and by e-mail).
import { html, nothing } from 'lit';
import type { Language } from '../../shared/i18n.ts';
import type { MessageData } from '../shared/console-client.ts';
import { formatMoment } from '../shared/format.ts';
import type { ConsoleStrings } from '../shared/strings.ts';

export interface MessagesContext {
  strings: ConsoleStrings;
  language: Language;
  messages: MessageData[] | undefined;
  failed: boolean;
  canWrite: boolean;
  busy: boolean;
  error: string | undefined;
  sent: boolean;
  onSend: (form: HTMLFormElement) => void;
}

export function renderMessages(context: MessagesContext) {
  const { strings: t, language, messages } = context;
  const a = t.application;
  return html`<section class="card" aria-labelledby="messages-title">
    <h2 id="messages-title">${a.messages}</h2>
    ${
      context.failed
        ? html`<p class="note error">${a.messagesFailed}</p>`
        : !messages
          ? html`<p class="muted">…</p>`
          : messages.length === 0
            ? html`<p class="muted">${a.noMessages}</p>`
            : html`<ol class="messages">
              ${messages.map(
                (m) => html`<li class=${m.fromBody ? 'from-body' : 'from-applicant'}>
                  <p class="meta">
                    <strong>${m.author}</strong>
                    <span class="muted">(${m.fromBody ? a.fromBody : a.fromApplicant})</span>
                    <span class="muted">${formatMoment(m.sentAt, language)}</span>
                  </p>
                  <p class="text">${m.text}</p>
                </li>`,
              )}
            </ol>`
    }
    ${
      context.canWrite
        ? html`<form
          class="reply"
          novalidate
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            context.onSend(event.target as HTMLFormElement);
          }}
        >
          <div class="field">
            <label for="reply">${a.reply}</label>
            <textarea
              id="reply"
              name="text"
              rows="3"
              maxlength="5000"
              aria-invalid=${context.error ? 'true' : 'false'}
              aria-describedby="reply-error"
            ></textarea>
            <span id="reply-error" class="field-error">${context.error ?? ''}</span>
          </div>
          <button type="submit" ?disabled=${context.busy}>${a.send}</button>
          <span role="status">${context.sent ? a.sent : nothing}</span>
        </form>`
        : nothing
    }
  </section>`;
}
