// What the form knows and what it can do, as the step templates see it: the element holds the
// state and implements the actions; each step only renders (application-form.steps/*.ts).

import type { ApplicationView } from '../../../contract/applications.ts';
import type { ApplicationKindInfo, DocumentRequirement, QualificationDetail } from '../shared/api-client.ts';
import type { Language } from '../shared/i18n.ts';
import type { SessionState } from '../shared/session.ts';
import type { ApplicationFormStrings } from './application-form.strings.ts';

export const allSteps = [
  'kind',
  'prerequisites',
  'signIn',
  'exam',
  'documents',
  'payment',
  'certificate',
  'review',
] as const;
export type Step = (typeof allSteps)[number];

/** The document the payment step shows instead of the documents step: a copy of the payment order. */
export const paymentOrder = 'payment-order';

/** The invoice fields, keyed as their inputs are named. */
export interface InvoiceFields {
  payerName: string;
  registryCode: string;
  address: string;
  invoiceEmail: string;
}

/** What the applicant typed or chose: kept through every error, saved to the draft as they go. */
export interface FormValues {
  kind: string | undefined;
  confirmed: number[];
  email: string;
  phone: string;
  examSession: number | null;
  renews: string | null;
  wantsInvoice: boolean;
  invoice: InvoiceFields;
  delivery: string | null;
  publicConsent: boolean;
}

export type DocumentField = 'file' | 'variant' | 'issuedOn' | 'coversFrom' | 'coversUntil';

/** One document type's block: the facts typed, a file waiting or on its way, and its errors. */
export interface DocumentState {
  variant: string;
  issuedOn: string;
  coversFrom: string;
  coversUntil: string;
  /** A file picked but not sent (a rule or the network stopped it): "Upload" sends it. */
  pending: File | undefined;
  /** 0–1 while uploading. */
  progress: number | undefined;
  errors: Partial<Record<DocumentField, string>>;
}

export const emptyDocument = (): DocumentState => ({
  variant: '',
  issuedOn: '',
  coversFrom: '',
  coversUntil: '',
  pending: undefined,
  progress: undefined,
  errors: {},
});

/** Errors of the step on screen, by the id of the field they belong to (see `fieldId`). */
export type Errors = ReadonlyMap<string, string>;

export interface FormActions {
  goTo(step: Step): void;
  chooseKind(slug: string): void;
  confirmPrerequisite(position: number, confirmed: boolean): void;
  signIn(): void;
  typeContact(field: 'email' | 'phone', value: string): void;
  saveContact(): void;
  chooseSession(id: number): void;
  chooseRenews(number: string): void;
  typeDocumentFact(slug: string, field: Exclude<DocumentField, 'file'>, value: string): void;
  pickFile(requirement: DocumentRequirement, file: File): void;
  uploadPending(requirement: DocumentRequirement): void;
  removeDocument(slug: string): void;
  wantInvoice(wanted: boolean): void;
  typeInvoice(field: keyof InvoiceFields, value: string): void;
  saveInvoice(): void;
  chooseDelivery(slug: string): void;
  consentToPublish(consent: boolean): void;
  copy(text: string, what: string): void;
  submit(): void;
}

/** Everything a step's template needs. */
export interface FormView {
  s: ApplicationFormStrings;
  language: Language;
  catalogue: QualificationDetail;
  kind: ApplicationKindInfo | undefined;
  application: ApplicationView | undefined;
  session: SessionState;
  values: FormValues;
  errors: Errors;
  documents: ReadonlyMap<string, DocumentState>;
  /** "Today" as the API sees it (the catalogue's day), for the document rules. */
  today: string;
  submitting: boolean;
  actions: FormActions;
}

/** The steps that apply: the exam step only where there is an exam or a certificate to renew. */
export function stepsFor(
  kind: ApplicationKindInfo | undefined,
  application: ApplicationView | undefined,
): Step[] {
  // Before the draft exists, the kind tells: VÕTA (rpl) is assessed without an exam session.
  const exam = application
    ? application.needsExamSession || application.kind.kind === 'recertification'
    : kind?.kind !== 'rpl';
  return allSteps.filter((step) => step !== 'exam' || exam);
}

/** The step where a field the API names (`missing`, a 422's `errors`) is put right. */
export function stepOfField(field: string): Step {
  const [head, second] = field.split('.');
  switch (head) {
    case 'kind':
      return 'kind';
    case 'prerequisites':
    case 'confirmedPrerequisites':
      return 'prerequisites';
    case 'contact':
      return 'signIn';
    case 'examSession':
    case 'renews':
      return 'exam';
    case 'documents':
      return second === paymentOrder ? 'payment' : 'documents';
    case 'invoice':
      return 'payment';
    case 'delivery':
    case 'publicConsent':
      return 'certificate';
    default:
      return 'review';
  }
}

/** The id of the input a field's error belongs to (contact.email → email, invoice.email → invoiceEmail). */
export function fieldId(field: string): string {
  const [head, second, third] = field.split('.');
  if (head === 'contact' && second) return second;
  if (head === 'invoice' && second) return second === 'email' ? 'invoiceEmail' : second;
  if (head === 'documents' && second) return `doc-${second}-${third ?? 'file'}`;
  if (head === 'confirmedPrerequisites') return 'prerequisites';
  return head ?? field;
}

/**
 * Where a resumed application goes on: the first step with something missing, else the review; a
 * returned one with nothing missing goes to the documents, what a body most often asks for again.
 */
export function firstIncompleteStep(
  kind: ApplicationKindInfo | undefined,
  application: ApplicationView,
): Step {
  const incomplete = new Set(application.missing.map((item) => stepOfField(item.field)));
  return (
    stepsFor(kind, application).find((step) => incomplete.has(step)) ??
    (application.state === 'returned' ? 'documents' : 'review')
  );
}
