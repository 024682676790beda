// The form's building blocks: a labelled input with its hint and error tied to it (aria-describedby,
// aria-invalid), and the error line itself. Ids are unique within the element's shadow root.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { liveValue } from './live-value.ts';

/** The ids of an input's hint and error, as aria-describedby wants them (undefined when none). */
export const describedBy = (id: string, hint: unknown, error: string | undefined): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The error line above a field's input (read with the label, before the input). */
export const fieldError = (id: string, error: string | undefined) =>
  error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing;

export const fieldHint = (id: string, hint: string | undefined) =>
  hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing;

export interface TextFieldOptions {
  id: string;
  name: string;
  label: string;
  value: string;
  type?: 'text' | 'email' | 'tel' | 'date';
  hint?: string | undefined;
  error?: string | undefined;
  autocomplete?: string;
  inputmode?: string;
  required?: boolean;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

export function textField(o: TextFieldOptions) {
  return html`
    <div class="field ${o.error ? 'invalid' : ''}">
      <label for=${o.id}>${o.label}</label>
      ${fieldHint(o.id, o.hint)} ${fieldError(o.id, o.error)}
      <input
        id=${o.id}
        name=${o.name}
        type=${o.type ?? 'text'}
        .value=${liveValue(o.value)}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        ?required=${o.required ?? false}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o.id, o.hint, o.error))}
        @input=${(event: Event) => o.onInput((event.target as HTMLInputElement).value)}
        @change=${() => o.onBlur?.()}
      />
    </div>
  `;
}
