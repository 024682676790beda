// The applicant's side of an application, as a contract: what the API accepts and answers, shared
// by the API's validators, the OpenAPI document and the widgets (application form, status tracker).
import * as v from 'valibot';
import { IsoDate } from './catalogue.ts';
import { Money } from './money.ts';
import { Slug } from './slug.ts';

const trimmed = (max: number, what: string) =>
  v.pipe(v.string(), v.trim(), v.maxLength(max, `must be at most ${max} characters`), v.nonEmpty(what));

export const Email = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(254, 'must be at most 254 characters'),
  v.email('must be an e-mail address'),
);
/** International or Estonian phone numbers: digits, spaces, an optional leading +. */
export const Phone = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^\+?[0-9 ]{5,20}$/, 'must be a phone number, e.g. +372 5123 4567'),
);
/** Estonian business registry code (registrikood): 8 digits. */
export const RegistryCode = v.pipe(v.string(), v.trim(), v.regex(/^\d{8}$/, 'must be 8 digits'));

/** Who pays, when the payer wants an invoice: the applicant or a third party (the employer). */
export const InvoiceDetails = v.object({
  payerName: trimmed(200, 'is required'),
  registryCode: v.optional(RegistryCode),
  address: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300, 'must be at most 300 characters'))),
  email: Email,
});

/** A change to a draft (or to an application returned for completion): only the fields sent change. */
export const DraftPatch = v.strictObject({
  contact: v.optional(
    v.strictObject({
      email: v.optional(v.nullable(Email)),
      phone: v.optional(v.nullable(Phone)),
    }),
  ),
  /** Positions (1, 2, …) of the kind's prerequisites the applicant confirms meeting. */
  confirmedPrerequisites: v.optional(
    v.pipe(
      v.array(
        v.pipe(v.number(), v.integer('must be whole numbers'), v.minValue(1, 'must be positions from 1')),
      ),
      v.maxLength(50, 'must list at most 50 prerequisites'),
    ),
  ),
  /** The exam session chosen from the body's calendar. */
  examSession: v.optional(v.nullable(v.pipe(v.number(), v.integer('must be a session id')))),
  /** The certificate a re-certification renews, by its number. */
  renews: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(50), v.nonEmpty('is required')))),
  /** Null: no invoice wanted (the applicant pays and needs none). */
  invoice: v.optional(v.nullable(InvoiceDetails)),
  /** The delivery option's slug; `none` = no paper certificate. */
  delivery: v.optional(v.nullable(Slug)),
  publicConsent: v.optional(v.boolean()),
});
export type DraftPatch = v.InferOutput<typeof DraftPatch>;

/** The query of a document upload; the file itself is the request body, as it is (not multipart). */
export const UploadQuery = v.object({
  /** The file's name on the applicant's computer: shown back, never trusted for its type. */
  name: v.pipe(
    v.string(),
    v.maxLength(200, 'must be at most 200 characters'),
    v.nonEmpty('must not be empty'),
    v.check(
      (name) => !/[\\/]/.test(name) && ![...name].some((ch) => ch < ' '),
      'must be a file name without folders',
    ),
  ),
  /** For a `oneOf` rule: which kind of document this is (passport, id-card, …). */
  variant: v.optional(Slug),
  /** The day the document was made (a criminal-record extract's date). */
  issuedOn: v.optional(IsoDate),
  /** The period a training certificate covers. */
  coversFrom: v.optional(IsoDate),
  coversUntil: v.optional(IsoDate),
});

export const ApplicationParams = v.object({
  body: Slug,
  application: v.pipe(v.string(), v.uuid('must be an application id')),
});
export const DocumentParams = v.object({ ...ApplicationParams.entries, type: Slug });
export const DocumentIdParams = v.object({
  ...ApplicationParams.entries,
  document: v.pipe(v.string(), v.uuid('must be a document id')),
});

export const Withdraw = v.strictObject({
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000, 'must be at most 1000 characters'))),
});

export const NewMessage = v.strictObject({
  text: trimmed(5000, 'must not be empty'),
  /** Ids of files uploaded with POST …/attachments. */
  attachments: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.uuid('must be document ids'))), v.maxLength(5, 'at most 5 files')),
  ),
});

// ---- Answers ----

export const DocumentView = v.object({
  id: v.string(),
  /** The document type's slug; null for a message attachment. */
  type: v.nullable(v.string()),
  variant: v.nullable(v.string()),
  fileName: v.string(),
  mediaType: v.string(),
  byteSize: v.number(),
  issuedOn: v.nullable(v.string()),
  coversFrom: v.nullable(v.string()),
  coversUntil: v.nullable(v.string()),
  uploadedAt: v.string(),
});
export type DocumentView = v.InferOutput<typeof DocumentView>;

/** Why submitting would be refused now: one entry per field, in the request's language. */
export const Missing = v.object({ field: v.string(), detail: v.string() });

export const HistoryEntry = v.object({
  from: v.nullable(v.string()),
  to: v.string(),
  at: v.string(),
  reason: v.nullable(v.string()),
});

export const ApplicationView = v.object({
  id: v.string(),
  state: v.string(),
  createdAt: v.string(),
  updatedAt: v.string(),
  submittedAt: v.nullable(v.string()),
  qualification: v.object({ slug: v.string(), name: v.string() }),
  kind: v.object({ slug: v.string(), kind: v.string(), title: v.string() }),
  /** Prefilled from the registry; the applicant may change the contact details. */
  applicant: v.object({
    givenName: v.string(),
    familyName: v.string(),
    personalCode: v.nullable(v.string()),
    email: v.nullable(v.string()),
    phone: v.nullable(v.string()),
  }),
  prerequisites: v.array(v.object({ position: v.number(), text: v.string(), confirmed: v.boolean() })),
  examSession: v.nullable(v.object({ id: v.number(), startsAt: v.string(), place: v.string() })),
  /** Whether this kind is assessed at an exam session (VÕTA is not). */
  needsExamSession: v.boolean(),
  /** The applicant's certificates at this body (what the registry knows). */
  certificates: v.array(
    v.object({
      number: v.string(),
      qualification: v.object({ slug: v.string(), name: v.string() }),
      issuedOn: v.string(),
      validUntil: v.nullable(v.string()),
      status: v.string(),
    }),
  ),
  /** For a re-certification: the renewed certificate and where today falls in the body's window. */
  recertification: v.nullable(
    v.object({
      status: v.picklist(['not_a_holder', 'indefinite', 'too_early', 'open', 'too_late']),
      certificate: v.nullable(v.string()),
      opensOn: v.nullable(v.string()),
      closesOn: v.nullable(v.string()),
      closedOn: v.nullable(v.string()),
    }),
  ),
  renews: v.nullable(v.string()),
  invoice: v.nullable(InvoiceDetails),
  delivery: v.nullable(v.string()),
  publicConsent: v.boolean(),
  payment: v.object({
    recipient: v.string(),
    iban: v.string(),
    bankName: v.nullable(v.string()),
    /** Digits only; print it with `formatReference`. */
    reference: v.string(),
    /** The text to write in the payment's explanation: the qualification and the applicant's name. */
    explanation: v.string(),
    /** The body's own instruction for the explanation, shown beside it. */
    explanationHint: v.string(),
    /** Fee items with VAT at today's rate, plus the delivery option's cost when one is chosen. */
    items: v.array(v.object({ ...Money.entries, label: v.string(), due: v.string() })),
    /** What to pay now (the items due at submission). */
    dueNow: Money,
  }),
  documents: v.array(DocumentView),
  /** Empty when the application can be submitted. */
  missing: v.array(Missing),
  canEdit: v.boolean(),
  canWithdraw: v.boolean(),
  unreadMessages: v.number(),
  history: v.array(HistoryEntry),
  /**
   * Who submitted it for the applicant: a member of the body's staff, their employer or a partner
   * under the body's mandate (for the person as they know them); null when they did it themselves.
   */
  submittedBy: v.nullable(v.object({ name: v.string(), on: v.picklist(['staff', 'employer', 'partner']) })),
});
export type ApplicationView = v.InferOutput<typeof ApplicationView>;

export const MessageView = v.object({
  id: v.string(),
  fromBody: v.boolean(),
  author: v.string(),
  text: v.string(),
  sentAt: v.string(),
  readAt: v.nullable(v.string()),
  attachments: v.array(DocumentView),
});
export type MessageView = v.InferOutput<typeof MessageView>;
