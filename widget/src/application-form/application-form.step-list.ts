// The step indicator above the form: every step that applies, numbered, the ones behind marked
// done and the one on screen marked as the current step for assistive technology.
import { html } from 'lit';
import type { Step } from './application-form.model.ts';
import type { ApplicationFormStrings as Strings } from './application-form.strings.ts';

export function renderStepList(steps: readonly Step[], current: number, s: Strings) {
  return html`
    <ol part="steps" class="steps" aria-label=${s.stepsLabel}>
      ${steps.map(
        (step, i) => html`<li
          class=${i < current ? 'done' : i === current ? 'current' : ''}
          aria-current=${i === current ? 'step' : 'false'}
        >
          <span class="number" aria-hidden="true">${i + 1}</span>
          <span class="name">${s.steps[step]}</span>
        </li>`,
      )}
    </ol>
  `;
}
