// The details of one kind of application (first, re-certification, re-exam, VÕTA): prerequisites,
// documents, fees and assessment. Stateless templates, rendered by <kutse-qualification-info>.
import { html, nothing } from 'lit';
import type { ApplicationKindInfo, DocumentRequirement, Fee } from '../shared/api-client.ts';
import {
  formatList,
  formatMediaType,
  formatMegabytes,
  formatMoney,
  formatPercent,
} from '../shared/format.ts';
import type { Language } from '../shared/i18n.ts';
import type { AssessmentMethod, QualificationInfoStrings as Strings } from './qualification-info.strings.ts';

/** One kind's details. Under tabs its title is the tab's, so the heading is only for screen readers. */
export function renderKind(kind: ApplicationKindInfo, s: Strings, language: Language, tabbed: boolean) {
  const recertification = kind.recertificationWindow;
  return html`
    <h3 class=${tabbed ? 'visually-hidden' : ''}>${kind.title}</h3>
    ${
      recertification
        ? html`<p>${s.recertificationWindow(recertification.fromMonths, recertification.untilMonths)}</p>`
        : nothing
    }
    <div part="prerequisites">
      <h4>${s.prerequisites}</h4>
      ${
        kind.prerequisites.length === 0
          ? html`<p class="empty">${s.noPrerequisites}</p>`
          : html`<ul>
            ${kind.prerequisites.map((text) => html`<li>${text}</li>`)}
          </ul>`
      }
    </div>
    <div part="documents">
      <h4>${s.documents}</h4>
      ${
        kind.documents.length === 0
          ? html`<p class="empty">${s.noDocuments}</p>`
          : html`<ul class="documents">
            ${kind.documents.map((document) => renderDocument(document, s, language))}
          </ul>`
      }
    </div>
    ${renderFees(kind, s, language)} ${renderAssessment(kind, s)}
  `;
}

function renderDocument(document: DocumentRequirement, s: Strings, language: Language) {
  const types = formatList(document.mediaTypes.map(formatMediaType), language, 'disjunction');
  return html`
    <li>
      <span class="document">${document.label}</span>
      ${document.required ? nothing : html`<span class="tag">${s.optional}</span>`}
      ${document.demoValue ? html`<span class="tag">${s.example}</span>` : nothing}
      ${
        document.rules.length === 0
          ? nothing
          : html`<ul class="rules">
            ${document.rules.map((rule) => html`<li>${rule.text}</li>`)}
          </ul>`
      }
      <span class="file-types">${s.fileTypes(types, formatMegabytes(document.maxBytes, language))}</span>
    </li>
  `;
}

function renderFees(kind: ApplicationKindInfo, s: Strings, language: Language) {
  const headingId = `fees-${kind.slug}`;
  const money = (cents: number, fee: Pick<Fee, 'currency'>) => formatMoney(cents, fee.currency, language);
  const [first] = kind.fees;
  // Gross is what the applicant pays, so VAT is shown inside it ("sh käibemaks"), as on an Estonian
  // invoice; three columns also fit a 320 px screen. A total only adds up in one currency.
  const total =
    first && kind.fees.length > 1 && kind.fees.every((fee) => fee.currency === first.currency)
      ? kind.fees.reduce(
          (sum, fee) => ({
            net: sum.net + fee.netCents,
            vat: sum.vat + fee.vatCents,
            gross: sum.gross + fee.grossCents,
          }),
          { net: 0, vat: 0, gross: 0 },
        )
      : undefined;
  return html`
    <div part="fees">
      <h4 id=${headingId}>${s.fees}</h4>
      ${
        first === undefined
          ? html`<p class="empty">${s.noFees}</p>`
          : html`
            <table class="fees" aria-labelledby=${headingId}>
              <thead>
                <tr>
                  <th scope="col">${s.fee}</th>
                  <th scope="col" class="amount">${s.net}</th>
                  <th scope="col" class="amount">${s.gross}</th>
                </tr>
              </thead>
              <tbody>
                ${kind.fees.map(
                  (fee) => html`
                    <tr>
                      <th scope="row">
                        ${fee.label} ${fee.demoValue ? html`<span class="tag">${s.example}</span>` : nothing}
                        <span class="note">${s.due[fee.due]}</span>
                      </th>
                      <td class="amount">${money(fee.netCents, fee)}</td>
                      <td class="amount">
                        <span class="gross">${money(fee.grossCents, fee)}</span>
                        <span class="note">
                          ${s.vatIncluded(money(fee.vatCents, fee), formatPercent(fee.vatRatePercent, language))}
                        </span>
                      </td>
                    </tr>
                  `,
                )}
              </tbody>
              ${
                total
                  ? html`<tfoot>
                    <tr>
                      <th scope="row">${s.total}</th>
                      <td class="amount">${money(total.net, first)}</td>
                      <td class="amount">
                        <span class="gross">${money(total.gross, first)}</span>
                        <span class="note">${s.vatIncluded(money(total.vat, first), null)}</span>
                      </td>
                    </tr>
                  </tfoot>`
                  : nothing
              }
            </table>
          `
      }
    </div>
  `;
}

function renderAssessment(kind: ApplicationKindInfo, s: Strings) {
  return html`
    <div part="assessment">
      <h4>${s.assessment}</h4>
      ${
        kind.assessment.length === 0
          ? html`<p class="empty">${s.noAssessment}</p>`
          : html`<ol class="assessment">
            ${kind.assessment.map(
              ({ method, description }) =>
                html`<li><strong>${methodName(method, s)}</strong>${description ? html` — ${description}` : nothing}</li>`,
            )}
          </ol>`
      }
    </div>
  `;
}

/** An assessment method's name in the reader's language; an unknown code is shown as it came. */
const methodName = (method: string, s: Strings): string =>
  Object.hasOwn(s.methods, method) ? s.methods[method as AssessmentMethod] : method;
