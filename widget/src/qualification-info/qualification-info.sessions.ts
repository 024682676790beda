// The next exam sessions: when, where, how many places are free. A stateless template rendered by
// <kutse-qualification-info>.
import { html, nothing } from 'lit';
import type { ExamSessionInfo } from '../shared/api-client.ts';
import { formatDate, formatDateTime } from '../shared/format.ts';
import type { Language } from '../shared/i18n.ts';
import type { QualificationInfoStrings as Strings } from './qualification-info.strings.ts';

/** The exam sessions table, or a sentence saying none have been announced. */
export function renderSessions(examSessions: ExamSessionInfo[], s: Strings, language: Language) {
  // Explicit roles: on a narrow screen the rows are laid out as grids, which can cost a table its
  // semantics in some browsers.
  return html`
    <section part="sessions" aria-labelledby="sessions-title">
      <h3 id="sessions-title">${s.sessions}</h3>
      ${
        examSessions.length === 0
          ? html`<p class="empty">${s.noSessions}</p>`
          : html`
            <table class="sessions" role="table" aria-labelledby="sessions-title">
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">${s.when}</th>
                  <th scope="col" role="columnheader">${s.place}</th>
                  <th scope="col" role="columnheader">${s.freePlaces}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${examSessions.map((session) => renderSession(session, s, language))}
              </tbody>
            </table>
          `
      }
    </section>
  `;
}

function renderSession(session: ExamSessionInfo, s: Strings, language: Language) {
  return html`
    <tr role="row">
      <th scope="row" role="rowheader">
        <time datetime=${session.startsAt}>${formatDateTime(session.startsAt, language)}</time>
        ${session.demoValues ? html`<span class="tag">${s.example}</span>` : nothing}
        ${renderRegistration(session, s, language)}
      </th>
      <td role="cell">${session.place}</td>
      <td role="cell">
        ${
          session.freePlaces > 0
            ? s.free(session.freePlaces, session.capacity)
            : html`<span class="badge full">${s.full}</span>`
        }
      </td>
    </tr>
  `;
}

function renderRegistration(session: ExamSessionInfo, s: Strings, language: Language) {
  // The API closes registration for a full session too; "Full" already says that.
  if (session.freePlaces === 0) return nothing;
  return html`<span class="note">
    ${
      session.registrationOpen
        ? s.registerBy(formatDate(session.registrationDeadline, language))
        : s.registrationClosed
    }
  </span>`;
}
