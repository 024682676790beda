// What the form checks in the browser before asking the API: each step's required answers, the
// invoice details (the API's own valibot schema), and a document before it is uploaded (its size,
// its first bytes, and the API's own rule module). The API checks all of it again.
import * as v from 'valibot';
import { type ApplicationView, Email, InvoiceDetails, Phone } from '../../../contract/applications.ts';
import { tallinnDay } from '../../../contract/calendar.ts';
import { checkDocument } from '../../../contract/document-rules.ts';
import { sayRuleProblem } from '../../../contract/document-rules.wording.ts';
import type { DocumentRequirement, QualificationDetail } from '../shared/api-client.ts';
import { formatList, formatMediaType, formatMegabytes } from '../shared/format.ts';
import type { Language } from '../shared/i18n.ts';
import { sniffableTypes, sniffMediaType } from '../shared/upload.ts';
import type { DocumentField, DocumentState, FormValues, Step } from './application-form.model.ts';
import type { ApplicationFormStrings } from './application-form.strings.ts';

type Strings = ApplicationFormStrings;
export type FieldErrors = Map<string, string>;

export const isEmail = (value: string) => v.safeParse(Email, value).success;
export const isPhone = (value: string) => v.safeParse(Phone, value).success;

/** The contact fields' errors: an e-mail is needed (the body answers there), a phone is optional. */
export function contactErrors(values: FormValues, s: Strings): FieldErrors {
  const errors: FieldErrors = new Map();
  if (!isEmail(values.email)) errors.set('email', s.signIn.emailError);
  if (values.phone.trim() && !isPhone(values.phone)) errors.set('phone', s.signIn.phoneError);
  return errors;
}

/** The invoice as the API takes it, or the errors of each field. */
export function invoiceDetails(
  values: FormValues,
  s: Strings,
): { details: v.InferOutput<typeof InvoiceDetails> } | { errors: FieldErrors } {
  const { payerName, registryCode, address, invoiceEmail } = values.invoice;
  const input = {
    payerName,
    email: invoiceEmail,
    ...(registryCode.trim() ? { registryCode } : {}),
    ...(address.trim() ? { address } : {}),
  };
  const parsed = v.safeParse(InvoiceDetails, input);
  if (parsed.success) return { details: parsed.output };
  const errors: FieldErrors = new Map();
  for (const issue of parsed.issues) {
    const key = v.getDotPath(issue);
    const field = key === 'email' ? 'invoiceEmail' : key;
    if (field === 'payerName' || field === 'registryCode' || field === 'address' || field === 'invoiceEmail')
      errors.set(field, s.payment.errors[field]);
  }
  return { errors };
}

/** What keeps the applicant on a step when they press Next. Documents never do: the review lists them. */
export function stepErrors(
  step: Step,
  values: FormValues,
  context: { catalogue: QualificationDetail; application: ApplicationView | undefined; s: Strings },
): FieldErrors {
  const { catalogue, application, s } = context;
  const kind = catalogue.kinds.find((k) => k.slug === values.kind);
  const errors: FieldErrors = new Map();
  switch (step) {
    case 'kind':
      if (!kind) errors.set('kind', s.kind.required);
      break;
    case 'prerequisites':
      if (kind && values.confirmed.length < kind.prerequisites.length)
        errors.set('prerequisites', s.prerequisites.required);
      break;
    case 'signIn':
      return contactErrors(values, s);
    case 'exam': {
      const choosable = catalogue.examSessions.some((x) => x.freePlaces > 0 && x.registrationOpen);
      if (application?.needsExamSession && choosable && values.examSession === null)
        errors.set('examSession', s.exam.required);
      const held = application?.certificates.some(
        (c) => c.qualification.slug === application.qualification.slug,
      );
      if (application?.kind.kind === 'recertification' && held && !values.renews)
        errors.set('renews', s.exam.renewsRequired);
      break;
    }
    case 'payment':
      if (values.wantsInvoice) {
        const result = invoiceDetails(values, s);
        if ('errors' in result) return result.errors;
      }
      break;
    case 'certificate':
      if (catalogue.body.deliveryOptions.length > 0 && !values.delivery)
        errors.set('delivery', s.certificate.required);
      break;
  }
  return errors;
}

/** The day of the exam the document must fit: the session chosen (saved or not yet). */
export function examDayOf(values: FormValues, catalogue: QualificationDetail, application?: ApplicationView) {
  const chosen = catalogue.examSessions.find((x) => x.id === values.examSession)?.startsAt;
  const startsAt = chosen ?? application?.examSession?.startsAt;
  return startsAt ? tallinnDay(startsAt) : null;
}

/** The facts a document's rules need, as the upload's query takes them (empty ones left out). */
export function documentFacts(
  requirement: DocumentRequirement,
  state: DocumentState,
): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const rule of requirement.rules) {
    if (rule.type === 'oneOf' && state.variant) facts.variant = state.variant;
    if (rule.type === 'issuedBeforeExam' && state.issuedOn) facts.issuedOn = state.issuedOn;
    if (rule.type === 'coversRecentPeriod') {
      if (state.coversFrom) facts.coversFrom = state.coversFrom;
      if (state.coversUntil) facts.coversUntil = state.coversUntil;
    }
  }
  return facts;
}

type Rules = Parameters<typeof checkDocument>[0];

/**
 * The catalogue's rules as the rule module takes them. A `oneOf`'s variants come from the catalogue
 * already named in the reader's language, so that one name stands for both.
 */
const rulesOf = (requirement: DocumentRequirement): Rules =>
  requirement.rules.flatMap((rule): Rules => {
    if (rule.type === 'oneOf')
      return [
        {
          type: 'oneOf',
          variants: (rule.variants ?? []).map((x) => ({ slug: x.slug, nameEt: x.name, nameEn: x.name })),
        },
      ];
    return rule.months === undefined ? [] : [{ type: rule.type, months: rule.months }];
  });

/**
 * Everything wrong with a file before it is sent: too large, not what its first bytes should be,
 * or a fact breaking a rule. Empty when it may go.
 */
export async function documentErrors(
  requirement: DocumentRequirement,
  file: File,
  state: DocumentState,
  context: { today: string; examDay: string | null; language: Language; s: Strings },
): Promise<Partial<Record<DocumentField, string>>> {
  const { s, language } = context;
  const errors: Partial<Record<DocumentField, string>> = {};
  if (file.size > requirement.maxBytes) {
    errors.file = s.documents.tooLarge(formatMegabytes(requirement.maxBytes, language));
  } else if (requirement.mediaTypes.every((type) => sniffableTypes.includes(type))) {
    // A type this module cannot recognise is left to the API, rather than refused here.
    const sniffed = await sniffMediaType(file);
    if (!sniffed || !requirement.mediaTypes.includes(sniffed)) {
      const types = formatList(requirement.mediaTypes.map(formatMediaType), language, 'disjunction');
      errors.file = s.documents.wrongType(types);
    }
  }
  const facts = documentFacts(requirement, state);
  for (const problem of checkDocument(rulesOf(requirement), facts, context))
    errors[problem.field] ??= sayRuleProblem(problem, language);
  return errors;
}
