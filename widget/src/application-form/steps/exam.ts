// Step 4: the exam session from the body's calendar (a full or closed one shown, but not
// choosable, with the reason), and for a re-certification the certificate it renews.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ExamSessionInfo } from '../../shared/api-client.ts';
import { formatDate, formatDateTime } from '../../shared/format.ts';
import { fieldError } from '../application-form.fields.ts';
import type { FormView } from '../application-form.model.ts';

export function renderExamStep(view: FormView) {
  const { application } = view;
  return html`
    ${application?.needsExamSession !== false ? renderSessions(view) : nothing}
    ${application?.kind.kind === 'recertification' ? renderRenews(view) : nothing}
  `;
}

/** Why a session cannot be chosen, or undefined when it can. */
function unavailable(session: ExamSessionInfo, s: FormView['s']): string | undefined {
  if (session.freePlaces <= 0) return s.exam.full;
  if (!session.registrationOpen) return s.exam.registrationClosed;
  return undefined;
}

function renderSessions({ s, language, catalogue, values, errors, actions }: FormView) {
  const error = errors.get('examSession');
  if (catalogue.examSessions.length === 0) return html`<p>${s.exam.none}</p>`;
  return html`
    <fieldset
      id="examSession"
      tabindex="-1"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(error ? 'examSession-error' : undefined)}
    >
      <legend>${s.exam.legend}</legend>
      ${fieldError('examSession', error)}
      <div class="choices">
        ${catalogue.examSessions.map((session) => {
          const reason = unavailable(session, s);
          const id = `session-${session.id}`;
          return html`
            <label class="choice ${reason ? 'disabled' : ''}">
              <input
                type="radio"
                name="examSession"
                value=${session.id}
                ?disabled=${reason !== undefined}
                .checked=${values.examSession === session.id}
                aria-describedby="${id}-place ${id}-places"
                @change=${() => actions.chooseSession(session.id)}
              />
              <span>
                <span class="choice-title">
                  <time datetime=${session.startsAt}>${formatDateTime(session.startsAt, language)}</time>
                </span>
                <span class="note" id="${id}-place">${session.place}</span>
                <span class="note ${reason ? 'unavailable' : ''}" id="${id}-places">
                  ${
                    reason ??
                    html`${s.exam.free(session.freePlaces)} ·
                    ${s.exam.registerBy(formatDate(session.registrationDeadline, language))}`
                  }
                </span>
              </span>
            </label>
          `;
        })}
      </div>
    </fieldset>
  `;
}

function renderRenews({ s, language, application, values, errors, actions }: FormView) {
  if (!application) return nothing;
  const certificates = application.certificates.filter(
    (certificate) => certificate.qualification.slug === application.qualification.slug,
  );
  const recertification = application.recertification;
  const error = errors.get('renews');
  const day = (iso: string | null) => (iso ? formatDate(iso, language) : '');
  const status = recertification
    ? s.exam.recertification[recertification.status](
        day(recertification.closesOn ?? recertification.opensOn ?? recertification.closedOn),
      )
    : undefined;
  return html`
    <fieldset
      id="renews"
      tabindex="-1"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined([status ? 'renews-status' : '', error ? 'renews-error' : ''].filter(Boolean).join(' ') || undefined)}
    >
      <legend>${s.exam.renewsLegend}</legend>
      ${
        status
          ? html`<p id="renews-status" class="message ${recertification?.status === 'open' ? '' : 'warning'}">
            ${status}
          </p>`
          : nothing
      }
      ${fieldError('renews', error)}
      ${
        certificates.length === 0
          ? html`<p>${s.exam.noCertificates}</p>`
          : html`<div class="choices">
            ${certificates.map(
              (certificate) => html`
                <label class="choice">
                  <input
                    type="radio"
                    name="renews"
                    value=${certificate.number}
                    .checked=${values.renews === certificate.number}
                    @change=${() => actions.chooseRenews(certificate.number)}
                  />
                  <span>
                    <span class="choice-title">${s.exam.certificate(certificate.number)}</span>
                    <span class="note">
                      ${certificate.qualification.name}${
                        certificate.validUntil
                          ? html`, ${s.exam.validUntil(day(certificate.validUntil))}`
                          : nothing
                      }
                    </span>
                  </span>
                </label>
              `,
            )}
          </div>`
      }
    </fieldset>
  `;
}
