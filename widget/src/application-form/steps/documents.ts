// Step 5: one block per document the kind asks for — what it must be (the rules), the facts the
// rules need (kind of document, dates), and the file: picked or dropped, checked here, uploaded
// with progress, then shown with Replace and Remove. The payment order's block is on step 6.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DocumentView } from '../../../../contract/applications.ts';
import type { DocumentRequirement } from '../../shared/api-client.ts';
import { formatList, formatMediaType, formatMegabytes } from '../../shared/format.ts';
import { type Language, localeOf } from '../../shared/i18n.ts';
import { describedBy, fieldError, textField } from '../application-form.fields.ts';
import { type DocumentState, emptyDocument, type FormView, paymentOrder } from '../application-form.model.ts';
import { liveValue } from '../live-value.ts';

export function renderDocumentsStep(view: FormView) {
  const { s, kind } = view;
  const documents = kind?.documents.filter((document) => document.slug !== paymentOrder) ?? [];
  if (documents.length === 0) return html`<p>${s.documents.none}</p>`;
  return html`
    <p>${s.documents.intro}</p>
    ${documents.map((requirement) => renderDocument(view, requirement))}
  `;
}

/** The uploaded file of a type, if any (the API keeps one per type: a new upload replaces it). */
export const uploadedOf = (view: Pick<FormView, 'application'>, slug: string): DocumentView | undefined =>
  view.application?.documents.find((document) => document.type === slug);

/** A file's size as people read it: "840 kB", "2,4 MB". */
export function formatFileSize(bytes: number, language: Language): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (megabytes ? 1024 * 1024 : 1024));
}

export function renderDocument(view: FormView, requirement: DocumentRequirement) {
  const { s, language, actions } = view;
  const slug = requirement.slug;
  const id = `doc-${slug}`;
  const state = view.documents.get(slug) ?? emptyDocument();
  const uploaded = uploadedOf(view, slug);
  const types = formatList(requirement.mediaTypes.map(formatMediaType), language, 'disjunction');
  const accepts = s.documents.accepts(types, formatMegabytes(requirement.maxBytes, language));
  const uploading = state.progress !== undefined;
  const fileError = state.errors.file;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file && !uploading) actions.pickFile(requirement, file);
  };
  return html`
    <fieldset class="document" data-document=${slug} id=${id}>
      <legend>
        ${requirement.label}
        <span class="tag">${requirement.required ? s.required : s.optional}</span>
        ${requirement.demoValue ? html`<span class="tag">${s.example}</span>` : nothing}
      </legend>
      ${
        // A body that wants its own form filled in and signed gives the blank to download.
        requirement.templateUrl
          ? html`<p class="template">
            <a href=${requirement.templateUrl} target="_blank" rel="noopener">
              ${s.documents.template(requirement.label)}
            </a>
          </p>`
          : nothing
      }
      ${
        requirement.rules.length === 0
          ? nothing
          : html`<ul class="rules">
            ${requirement.rules.map((rule) => html`<li>${rule.text}</li>`)}
          </ul>`
      }
      ${renderFacts(view, requirement, state)}
      ${uploaded ? renderUploaded(view, uploaded) : nothing}
      ${
        state.pending && !uploading
          ? html`<p class="pending">
            ${s.documents.waiting(state.pending.name)}
            <button
              type="button"
              class="secondary"
              aria-label=${s.documents.uploadLabel(state.pending.name)}
              @click=${() => actions.uploadPending(requirement)}
            >
              ${s.documents.upload}
            </button>
          </p>`
          : nothing
      }
      ${
        uploading
          ? html`<p class="progress">
            <label for="${id}-progress">${s.documents.progress(state.pending?.name ?? '')}</label>
            <progress id="${id}-progress" max="100" value=${Math.round((state.progress ?? 0) * 100)}></progress>
            <span aria-hidden="true">${Math.round((state.progress ?? 0) * 100)}%</span>
          </p>`
          : nothing
      }
      <div
        class="dropzone ${fileError ? 'invalid' : ''}"
        @dragover=${(event: DragEvent) => {
          event.preventDefault();
          (event.currentTarget as HTMLElement).classList.add('dragging');
        }}
        @dragleave=${(event: DragEvent) => (event.currentTarget as HTMLElement).classList.remove('dragging')}
        @drop=${onDrop}
      >
        <label for="${id}-file">${uploaded ? s.documents.replace : s.documents.chooseFile(requirement.label)}</label>
        <p class="hint" id="${id}-file-hint">${s.documents.dropHere} ${accepts}</p>
        ${fieldError(`${id}-file`, fileError)}
        <input
          type="file"
          id="${id}-file"
          name="file"
          accept=${requirement.mediaTypes.join(',')}
          ?disabled=${uploading}
          aria-invalid=${fileError ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(`${id}-file`, true, fileError))}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            // Cleared, so that picking the same file again (after fixing a date) fires change again.
            input.value = '';
            if (file) actions.pickFile(requirement, file);
          }}
        />
      </div>
    </fieldset>
  `;
}

/** The inputs a type's rules need: the kind of document, the issue date, the period covered. */
function renderFacts(view: FormView, requirement: DocumentRequirement, state: DocumentState) {
  const { s, actions } = view;
  const slug = requirement.slug;
  const id = `doc-${slug}`;
  return requirement.rules.map((rule) => {
    switch (rule.type) {
      case 'oneOf': {
        const error = state.errors.variant;
        return html`
          <div class="field ${error ? 'invalid' : ''}">
            <label for="${id}-variant">${s.documents.variant}</label>
            ${fieldError(`${id}-variant`, error)}
            <select
              id="${id}-variant"
              name="variant"
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${ifDefined(describedBy(`${id}-variant`, false, error))}
              .value=${liveValue(state.variant)}
              @change=${(event: Event) =>
                actions.typeDocumentFact(slug, 'variant', (event.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${state.variant === ''}>${s.documents.chooseVariant}</option>
              ${(rule.variants ?? []).map(
                (variant) =>
                  html`<option value=${variant.slug} ?selected=${state.variant === variant.slug}>${variant.name}</option>`,
              )}
            </select>
          </div>
        `;
      }
      case 'issuedBeforeExam':
        return textField({
          id: `${id}-issuedOn`,
          name: 'issuedOn',
          label: s.documents.issuedOn,
          type: 'date',
          value: state.issuedOn,
          error: state.errors.issuedOn,
          onInput: (value) => actions.typeDocumentFact(slug, 'issuedOn', value),
        });
      case 'coversRecentPeriod':
        return html`<div class="pair">
          ${textField({
            id: `${id}-coversFrom`,
            name: 'coversFrom',
            label: s.documents.coversFrom,
            type: 'date',
            value: state.coversFrom,
            error: state.errors.coversFrom,
            onInput: (value) => actions.typeDocumentFact(slug, 'coversFrom', value),
          })}
          ${textField({
            id: `${id}-coversUntil`,
            name: 'coversUntil',
            label: s.documents.coversUntil,
            type: 'date',
            value: state.coversUntil,
            error: state.errors.coversUntil,
            onInput: (value) => actions.typeDocumentFact(slug, 'coversUntil', value),
          })}
        </div>`;
      default:
        return nothing;
    }
  });
}

function renderUploaded({ s, language, actions }: FormView, document: DocumentView) {
  return html`
    <div class="uploaded">
      <dl class="facts">
        <div>
          <dt>${s.documents.fileName}</dt>
          <dd class="file-name">${document.fileName}</dd>
        </div>
        <div>
          <dt>${s.documents.size}</dt>
          <dd>${formatFileSize(document.byteSize, language)}</dd>
        </div>
        <div>
          <dt>${s.documents.type}</dt>
          <dd>${formatMediaType(document.mediaType)}</dd>
        </div>
      </dl>
      <button
        type="button"
        class="secondary"
        aria-label=${s.documents.removeLabel(document.fileName)}
        @click=${() => actions.removeDocument(document.type ?? '')}
      >
        ${s.documents.remove}
      </button>
    </div>
  `;
}
