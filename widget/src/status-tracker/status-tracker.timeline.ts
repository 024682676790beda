// An application's state in words: the badge of where it is now, and the timeline of how it got
// there. Stateless templates rendered by <kutse-status-tracker>.
import { html, nothing } from 'lit';
import { applicationStates, isIn } from '../../../contract/application-states.ts';
import type { ApplicationView } from '../shared/applications-client.ts';
import { formatDate } from '../shared/format.ts';
import type { Language } from '../shared/i18n.ts';
import type { StatusTrackerStrings as Strings } from './status-tracker.strings.ts';

const isKnown = (state: string) => isIn(applicationStates, state);

/** A state in the reader's words; a state this widget does not know yet is shown as the API names it. */
export const stateWord = (state: string, s: Strings): string => (isKnown(state) ? s.states[state] : state);

/**
 * How a badge looks: the applicant's turn (returned, draft), a happy or an unhappy end, or simply
 * under way. Colour only repeats the words, it never replaces them.
 */
const tone = (state: string): string => {
  switch (state) {
    case 'draft':
    case 'returned':
      return 'action';
    case 'granted':
      return 'success';
    case 'refused':
    case 'rejected':
      return 'danger';
    case 'withdrawn':
      return 'muted';
    default:
      return 'under-way';
  }
};

export function renderBadge(state: string, s: Strings) {
  return html`<span part="badge" class="badge ${tone(state)}"
    ><span class="visually-hidden">${s.state}: </span>${stateWord(state, s)}</span
  >`;
}

/** The transitions oldest first; an application without any (an older API) still shows when it began. */
const entries = (application: ApplicationView): ApplicationView['history'] =>
  application.history.length > 0
    ? application.history
    : [{ from: null, to: 'draft', at: application.createdAt, reason: null }];

export function renderTimeline(application: ApplicationView, s: Strings, language: Language) {
  const list = entries(application);
  // A div, not a labelled section: one region per application would crowd the landmarks list
  // with "Progress" repeated; the heading is what finds it.
  return html`
    <div part="timeline" class="timeline">
      <h3>${s.timeline}</h3>
      <ol>
        ${list.map(
          (entry, index) => html`
            <li class=${index === list.length - 1 ? 'current' : ''}>
              <span class="step">${stateWord(entry.to, s)}</span>
              <time datetime=${entry.at}>${formatDate(entry.at, language)}</time>
              ${entry.reason ? html`<p class="reason">${entry.reason}</p>` : nothing}
            </li>
          `,
        )}
      </ol>
    </div>
  `;
}
