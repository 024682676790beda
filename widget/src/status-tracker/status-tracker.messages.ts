// The conversation about one application, behind a disclosure button: the messages (the body's and
// mine told apart), their attachments to download, and a reply with up to five files. Files go up
// first, one by one with a progress bar, then the message names them by id; a file that went up
// before a failure is not sent again when the applicant retries.
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type {
  ApplicationsClient,
  ApplicationView,
  DocumentView,
  MessageView,
} from '../shared/applications-client.ts';
import { formatDateTime, formatList, formatMediaType, formatMegabytes } from '../shared/format.ts';
import type { Language } from '../shared/i18n.ts';
import { failureText } from './status-tracker.failure.ts';
import type { StatusTrackerStrings as Strings } from './status-tracker.strings.ts';

/** The API's limits for a message's attachments (contract/applications.ts, document rules). */
const maxFiles = 5;
const maxBytes = 10 * 1024 * 1024;
const mediaTypes = ['application/pdf', 'image/jpeg', 'image/png'];

export interface ThreadHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What a thread needs of the element besides rendering. */
export interface ThreadContext {
  /** The calls on the applications while someone is signed in. */
  client(): ApplicationsClient | undefined;
  /** Says something in the element's polite live region. */
  announce(text: string): void;
  /** The body's messages have been read: the list's unread count is out of date. */
  markRead(applicationId: string): void;
}

type Loading = 'idle' | 'loading' | 'loaded' | 'failed';

export class MessageThread {
  readonly #host: ThreadHost;
  readonly #id: string;
  readonly #context: ThreadContext;
  #open = false;
  #loading: Loading = 'idle';
  #loadError = '';
  #messages: MessageView[] = [];
  #text = '';
  #files: File[] = [];
  /** Files already uploaded in an attempt that failed later: their documents are reused. */
  readonly #uploaded = new Map<File, DocumentView>();
  #textError = '';
  #filesError = '';
  #sendError = '';
  #downloadError = '';
  #sending = false;
  /** The file going up and the share of it sent, 0–1. */
  #progress: { file: string; sent: number } | undefined;

  constructor(host: ThreadHost, applicationId: string, context: ThreadContext) {
    this.#host = host;
    this.#id = applicationId;
    this.#context = context;
  }

  get open(): boolean {
    return this.#open;
  }

  /** Reads the messages again, e.g. when polling found unread ones while the thread is open. */
  async load(s: Strings): Promise<void> {
    const client = this.#context.client();
    if (!client) return;
    // Keep the messages on screen while reloading: only the first load says it is loading.
    if (this.#loading !== 'loaded') this.#loading = 'loading';
    this.#host.requestUpdate();
    try {
      this.#messages = await client.messages(this.#id);
      this.#loading = 'loaded';
      this.#context.markRead(this.#id);
    } catch (error) {
      this.#loading = 'failed';
      this.#loadError = failureText(error, s.messagesFailed, s);
    }
    this.#host.requestUpdate();
  }

  render(application: ApplicationView, s: Strings, language: Language) {
    const { id, unreadMessages } = application;
    const label = unreadMessages > 0 ? `${s.messages} (${s.unread(unreadMessages)})` : s.messages;
    return html`
      <div part="messages" class="thread">
        <h3>
          <button
            part="messages-button"
            class="disclosure"
            type="button"
            id="messages-button-${id}"
            aria-expanded=${this.#open ? 'true' : 'false'}
            aria-controls="messages-${id}"
            @click=${() => this.#toggle(s)}
          >
            ${label}
          </button>
        </h3>
        <div id="messages-${id}" class="thread-body" ?hidden=${!this.#open}>
          ${this.#open ? this.#renderBody(s, language) : nothing}
        </div>
      </div>
    `;
  }

  #toggle(s: Strings) {
    this.#open = !this.#open;
    this.#host.requestUpdate();
    if (this.#open) void this.load(s);
  }

  #renderBody(s: Strings, language: Language) {
    return html`
      ${this.#renderMessages(s, language)}
      ${this.#downloadError ? html`<p class="error" role="alert">${this.#downloadError}</p>` : nothing}
      ${this.#renderReply(s, language)}
    `;
  }

  #renderMessages(s: Strings, language: Language) {
    switch (this.#loading) {
      case 'idle':
      case 'loading':
        return html`<p class="muted" role="status">${s.loadingMessages}</p>`;
      case 'failed':
        return html`<p class="error" role="alert">${this.#loadError}</p>`;
      case 'loaded':
        if (this.#messages.length === 0) return html`<p class="muted">${s.noMessages}</p>`;
        return html`<ol class="messages">
          ${this.#messages.map((message) => this.#renderMessage(message, s, language))}
        </ol>`;
    }
  }

  #renderMessage(message: MessageView, s: Strings, language: Language) {
    return html`
      <li part="message" class="message ${message.fromBody ? 'from-body' : 'from-me'}">
        <p class="meta">
          <span class="author">${message.author}</span>
          <span class="who">${message.fromBody ? s.fromBody : s.fromMe}</span>
          <time datetime=${message.sentAt}>${formatDateTime(message.sentAt, language)}</time>
        </p>
        <p class="text">${message.text}</p>
        ${
          message.attachments.length > 0
            ? html`<ul class="attachments" aria-label=${s.attachments}>
              ${message.attachments.map(
                (document) => html`<li>
                  <button
                    class="link"
                    type="button"
                    aria-label=${s.download(document.fileName)}
                    @click=${() => this.#download(document, s)}
                  >
                    ${document.fileName}
                  </button>
                  <span class="muted"
                    >${formatMediaType(document.mediaType)}, ${formatMegabytes(document.byteSize, language)}</span
                  >
                </li>`,
              )}
            </ul>`
            : nothing
        }
      </li>
    `;
  }

  #renderReply(s: Strings, language: Language) {
    const id = this.#id;
    const types = formatList(mediaTypes.map(formatMediaType), language, 'disjunction');
    return html`
      <form part="reply" class="reply" novalidate @submit=${(event: Event) => this.#send(event, s)}>
        <label for="reply-${id}">${s.reply}</label>
        <textarea
          id="reply-${id}"
          rows="4"
          maxlength="5000"
          required
          aria-invalid=${this.#textError ? 'true' : 'false'}
          aria-describedby="reply-error-${id}"
          .value=${this.#text}
          ?disabled=${this.#sending}
          @input=${(event: Event) => {
            this.#text = (event.target as HTMLTextAreaElement).value;
            if (this.#textError && this.#text.trim()) {
              this.#textError = '';
              this.#host.requestUpdate();
            }
          }}
        ></textarea>
        <p id="reply-error-${id}" class="field-error">${this.#textError}</p>

        <label for="files-${id}">${s.addFiles}</label>
        <p id="files-hint-${id}" class="muted">${s.fileRules(types, formatMegabytes(maxBytes, language), maxFiles)}</p>
        <input
          id="files-${id}"
          type="file"
          multiple
          accept=${mediaTypes.join(',')}
          aria-describedby="files-hint-${id} files-error-${id}"
          ?disabled=${this.#sending || this.#files.length >= maxFiles}
          @change=${(event: Event) => this.#addFiles(event, s, language)}
        />
        <p id="files-error-${id}" class="field-error">${this.#filesError}</p>
        ${
          this.#files.length > 0
            ? html`<ul class="files">
              ${this.#files.map(
                (file) => html`<li>
                  <span class="file-name">${file.name}</span>
                  <button
                    class="link"
                    type="button"
                    aria-label=${s.remove(file.name)}
                    ?disabled=${this.#sending}
                    @click=${() => this.#removeFile(file)}
                  >
                    ×
                  </button>
                </li>`,
              )}
            </ul>`
            : nothing
        }
        ${
          this.#progress
            ? html`<div class="upload-progress">
              <label for="progress-${id}">${s.uploading(this.#progress.file)}</label>
              <progress id="progress-${id}" max="1" .value=${this.#progress.sent}></progress>
            </div>`
            : nothing
        }
        ${this.#sendError ? html`<p class="error" role="alert">${this.#sendError}</p>` : nothing}
        <button part="send-button" type="submit" ?disabled=${this.#sending}>
          ${this.#sending ? s.sending : s.send}
        </button>
      </form>
    `;
  }

  #addFiles(event: Event, s: Strings, language: Language) {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    // Cleared, so that choosing the same file again after removing it still fires `change`.
    input.value = '';
    const tooLarge = chosen.filter((file) => file.size > maxBytes);
    const fitting = chosen.filter((file) => file.size <= maxBytes);
    const room = maxFiles - this.#files.length;
    this.#files = [...this.#files, ...fitting.slice(0, room)];
    this.#filesError = [
      ...tooLarge.map((file) => s.tooLarge(file.name, formatMegabytes(maxBytes, language))),
      ...(fitting.length > room ? [s.tooManyFiles(maxFiles)] : []),
    ].join(' ');
    this.#host.requestUpdate();
  }

  #removeFile(file: File) {
    this.#files = this.#files.filter((kept) => kept !== file);
    this.#uploaded.delete(file);
    this.#filesError = '';
    this.#host.requestUpdate();
    // The remove button is gone: the file input is the nearest sensible place for focus.
    void this.#host.updateComplete.then(() => this.#focus(`#files-${CSS.escape(this.#id)}`));
  }

  async #send(event: Event, s: Strings) {
    event.preventDefault();
    const client = this.#context.client();
    if (!client || this.#sending) return;
    const text = this.#text.trim();
    this.#sendError = '';
    if (!text) {
      this.#textError = s.replyRequired;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#focus(`#reply-${CSS.escape(this.#id)}`);
      return;
    }
    this.#textError = '';
    this.#sending = true;
    this.#host.requestUpdate();
    try {
      const attachments: string[] = [];
      for (const file of this.#files) attachments.push((await this.#upload(client, file)).id);
      const message = await client.sendMessage(this.#id, text, attachments);
      this.#messages = [...this.#messages, message];
      this.#text = '';
      this.#files = [];
      this.#uploaded.clear();
      this.#context.announce(s.sent);
    } catch (error) {
      // The text and files stay as they were: nothing typed is lost to a failed request.
      this.#sendError = failureText(error, s.sendFailed, s);
    } finally {
      this.#sending = false;
      this.#progress = undefined;
      this.#host.requestUpdate();
    }
    await this.#host.updateComplete;
    // The textarea was disabled while sending, which took focus away: give it back.
    this.#focus(`#reply-${CSS.escape(this.#id)}`);
  }

  async #upload(client: ApplicationsClient, file: File): Promise<DocumentView> {
    const done = this.#uploaded.get(file);
    if (done) return done;
    this.#progress = { file: file.name, sent: 0 };
    this.#host.requestUpdate();
    const document = await client.uploadAttachment(this.#id, file, (sent) => {
      this.#progress = { file: file.name, sent };
      this.#host.requestUpdate();
    });
    this.#uploaded.set(file, document);
    return document;
  }

  /**
   * Saves a document under its own name. The download needs the bearer token, so a plain link
   * cannot do it: fetch it, then hand the browser an object URL through a temporary link.
   */
  async #download(document: DocumentView, s: Strings) {
    const client = this.#context.client();
    if (!client) return;
    this.#downloadError = '';
    this.#host.requestUpdate();
    try {
      const url = URL.createObjectURL(await client.download(this.#id, document.id));
      const link = Object.assign(window.document.createElement('a'), {
        href: url,
        download: document.fileName,
        hidden: true,
      });
      this.#host.renderRoot.append(link);
      link.click();
      link.remove();
      // The browser has taken the file by the time a task has passed; keeping the URL longer leaks it.
      setTimeout(() => URL.revokeObjectURL(url), 1_000);
    } catch (error) {
      this.#downloadError = failureText(error, s.downloadFailed, s);
      this.#host.requestUpdate();
    }
  }

  #focus(selector: string) {
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
