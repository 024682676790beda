// What the staff, committee and partner routes answer: the contract of the console's reads.
import * as v from 'valibot';
import { applicationStates } from './application-states.ts';
import { IsoDate } from './catalogue.ts';
import { Slug } from './slug.ts';

export const StaffList = v.object({
  staff: v.array(
    v.object({
      personId: v.string(),
      givenName: v.string(),
      familyName: v.string(),
      role: v.picklist(['manager', 'processor', 'assessor']),
    }),
  ),
});

// ---- The console (issue 12): the list, an application's page and the actions on it ----

const uuid = (what: string) => v.pipe(v.string(), v.uuid(`must be ${what}`));
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(max, `must be at most ${max} characters`),
    v.nonEmpty('must not be empty'),
  );
/** A query parameter holding a whole number (query strings are text). */
const wholeNumber = (what: string) =>
  v.pipe(v.string(), v.regex(/^\d{1,9}$/, `must be ${what}`), v.transform(Number));

/** The columns the list sorts by. */
export const applicationSorts = ['submitted', 'name', 'state', 'qualification'] as const;

/**
 * The list's filters, search, sort and page, as query parameters: the console's URL holds the same
 * ones, so every view of the list has its own link. All optional; repeated `state` means any of them.
 */
export const ApplicationQuery = v.object({
  /** Qualification slug. */
  qualification: v.optional(Slug),
  /** The application kind's `kind`: first, recertification, reexam or rpl (VÕTA). */
  kind: v.optional(v.picklist(['first', 'recertification', 'reexam', 'rpl'])),
  state: v.optional(v.union([v.picklist(applicationStates), v.array(v.picklist(applicationStates))])),
  /** Exam session id. */
  session: v.optional(wholeNumber('an exam session id')),
  /** Submitted on or after this day, and on or before that one (Tallinn days, inclusive). */
  submittedFrom: v.optional(IsoDate),
  submittedTo: v.optional(IsoDate),
  fee: v.optional(v.picklist(['received', 'due'])),
  /** Part of a name (either name, any order), or a whole personal code. */
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100, 'must be at most 100 characters'))),
  sort: v.optional(v.picklist(applicationSorts)),
  order: v.optional(v.picklist(['asc', 'desc'])),
  /** The `next` of the previous page (keyset paging): opaque to the caller. */
  after: v.optional(v.pipe(v.string(), v.maxLength(500, 'must be a cursor from the previous page'))),
  /** Rows per page, 1–200 (default 50). */
  limit: v.optional(
    v.pipe(
      wholeNumber('a number of rows'),
      v.minValue(1, 'must be at least 1'),
      v.maxValue(200, 'must be at most 200'),
    ),
  ),
});
export type ApplicationQuery = v.InferOutput<typeof ApplicationQuery>;

/** The exam session an application is in. */
export const SessionRef = v.object({ id: v.number(), startsAt: v.string(), place: v.string() });

/** One row of the list. `version` is what an action on it names (409 when it has changed since). */
export const ApplicationRow = v.object({
  id: v.string(),
  version: v.number(),
  state: v.picklist(applicationStates),
  channel: v.picklist(['self', 'employer', 'partner', 'staff']),
  submittedAt: v.nullable(v.string()),
  qualification: v.object({ slug: v.string(), name: v.string() }),
  kind: v.string(),
  applicant: v.object({ givenName: v.string(), familyName: v.string() }),
  feeReceived: v.boolean(),
  documentsAccepted: v.boolean(),
  session: v.nullable(SessionRef),
});
export type ApplicationRow = v.InferOutput<typeof ApplicationRow>;

/** A page of the list, how many match in each state (the filters but `state` applied), and the next page. */
export const ApplicationPage = v.object({
  applications: v.array(ApplicationRow),
  counts: v.record(v.picklist(applicationStates), v.number()),
  /** How many match every filter. */
  total: v.number(),
  /** Pass as `after` for the next page; null on the last one. */
  next: v.nullable(v.string()),
});
export type ApplicationPage = v.InferOutput<typeof ApplicationPage>;

/** A step in the application's timeline: who took it, when, and why. */
export const TimelineEntry = v.object({
  step: v.string(),
  from: v.nullable(v.picklist(applicationStates)),
  to: v.picklist(applicationStates),
  at: v.string(),
  by: v.object({ name: v.string(), role: v.picklist(['applicant', 'staff']) }),
  reason: v.nullable(v.string()),
});
export type TimelineEntry = v.InferOutput<typeof TimelineEntry>;

/** An application's page in the console: everything the body needs to decide on it. */
export const ApplicationFile = v.object({
  ...ApplicationRow.entries,
  applicant: v.object({
    givenName: v.string(),
    familyName: v.string(),
    personalCode: v.nullable(v.string()),
    email: v.nullable(v.string()),
    phone: v.nullable(v.string()),
  }),
  /** Who submitted it, when not the applicant (staff on their behalf, an employer, a partner). */
  submittedBy: v.nullable(v.object({ name: v.string() })),
  feeWaivedReason: v.nullable(v.string()),
  invoice: v.nullable(
    v.object({
      payerName: v.string(),
      registryCode: v.optional(v.string()),
      address: v.optional(v.string()),
      email: v.string(),
    }),
  ),
  paymentReference: v.nullable(v.string()),
  /** What the kind's fees add up to, in cents. */
  feeDueCents: v.number(),
  payments: v.array(
    v.object({
      id: v.string(),
      amountCents: v.number(),
      source: v.picklist(['proof', 'bank_statement', 'manual']),
      payerName: v.nullable(v.string()),
      paidOn: v.nullable(v.string()),
      /** The uploaded proof of payment, a document of `documents`. */
      proofDocumentId: v.nullable(v.string()),
    }),
  ),
  documents: v.array(
    v.object({
      id: v.string(),
      type: v.nullable(v.string()),
      /** The document type's name in the request's language. */
      typeName: v.nullable(v.string()),
      fileName: v.string(),
      mediaType: v.string(),
      byteSize: v.number(),
      issuedOn: v.nullable(v.string()),
      uploadedAt: v.string(),
    }),
  ),
  timeline: v.array(TimelineEntry),
});
export type ApplicationFile = v.InferOutput<typeof ApplicationFile>;

/** Every action names the version it was taken on (ApplicationRow.version). */
const Versioned = { version: v.pipe(v.number(), v.integer('must be a version number')) };

export const MarkFeeReceived = v.strictObject({
  ...Versioned,
  /** Admit without the fee: why (the body waives it). Omitted: the fee was paid. */
  waivedBecause: v.optional(text(1000)),
});
export const AcceptDocuments = v.strictObject({ ...Versioned });
export const ReturnForCompletionAction = v.strictObject({ ...Versioned, reason: text(2000) });
/**
 * Admits to an exam session: `session` when another than the one the applicant chose; omitted, the
 * chosen one. A kind without an exam (VÕTA, `rpl`) is admitted with none.
 */
export const AdmitAction = v.strictObject({
  ...Versioned,
  session: v.optional(v.pipe(v.number(), v.integer('must be an exam session id'))),
});
export const MoveSession = v.strictObject({
  ...Versioned,
  session: v.pipe(v.number(), v.integer('must be an exam session id')),
  reason: text(1000),
});
export const RejectAction = v.strictObject({ ...Versioned, reason: text(2000) });

/** One action on many applications: each is done or refused on its own (no version: the selection is current). */
export const BulkAction = v.strictObject({
  ids: v.pipe(
    v.array(uuid('application ids')),
    v.minLength(1, 'must name at least one application'),
    v.maxLength(200, 'must name at most 200 applications'),
  ),
  action: v.variant('kind', [
    v.strictObject({ kind: v.literal('markFeeReceived') }),
    v.strictObject({
      kind: v.literal('admit'),
      session: v.optional(v.pipe(v.number(), v.integer('must be an exam session id'))),
    }),
    v.strictObject({ kind: v.literal('message'), text: text(5000) }),
  ]),
});
export const BulkResult = v.object({
  done: v.array(v.string()),
  /** The ones refused, each with the problem's title (already in the request's language). */
  refused: v.array(v.object({ id: v.string(), status: v.number(), title: v.string() })),
});

/**
 * The 409 of an action taken on an old version: the problem+json body's extensions say what the
 * application is now, so the page can show what changed instead of overwriting it.
 */
export const VersionConflict = v.object({
  version: v.number(),
  state: v.picklist(applicationStates),
  /** Steps taken since the version the action named. */
  since: v.array(TimelineEntry),
});

/** An e-mail the registry sent or will send about an application (the outbox's row). */
export const EmailView = v.object({
  id: v.string(),
  to: v.string(),
  subject: v.string(),
  template: v.string(),
  state: v.picklist(['queued', 'sending', 'sent', 'failed']),
  attempts: v.number(),
  lastError: v.nullable(v.string()),
  queuedAt: v.string(),
  sentAt: v.nullable(v.string()),
});
export type EmailView = v.InferOutput<typeof EmailView>;
