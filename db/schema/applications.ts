// Applications and everything that hangs on one: its state history, documents, payments, messages.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { applicationStates } from '../../contract/application-states.ts';
import { awardingBodies, mandates } from './bodies.ts';
import { applicationKinds, deliveryOptions, documentTypes, feeItems } from './catalogue.ts';
// certificates.ts refers back to applications; both sides use lazy `() =>` references, so the
// import cycle is safe.
import { certificates } from './certificates.ts';
import { examSessions } from './exams.ts';
import { persons } from './people.ts';

/** Application states (docs/glossary.md): every change between them is an `application_transitions` row. */
export const applicationState = pgEnum('application_state', applicationStates);
export const submissionChannel = pgEnum('submission_channel', ['self', 'employer', 'partner', 'staff']);
export const paymentSource = pgEnum('payment_source', ['proof', 'bank_statement', 'manual']);

export type InvoiceDetails = { payerName: string; registryCode?: string; address?: string; email: string };
/** What the registry knew of the applicant when the application was made (prefilled data). */
export type ApplicantSnapshot = {
  givenName: string;
  familyName: string;
  personalCode: string | null;
  email: string | null;
  phone: string | null;
};

/** The snapshot of a person, as an application keeps it. */
export const applicantSnapshot = (person: ApplicantSnapshot): ApplicantSnapshot => ({
  givenName: person.givenName,
  familyName: person.familyName,
  personalCode: person.personalCode,
  email: person.email,
  phone: person.phone,
});

/** Numbers behind payment reference numbers (viitenumber): each application gets its own. */
export const paymentReferenceNumbers = pgSequence('payment_reference_numbers', { startWith: 10_000 });

export const applications = pgTable(
  'applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id),
    applicationKindId: integer()
      .notNull()
      .references(() => applicationKinds.id),
    applicantId: uuid()
      .notNull()
      .references(() => persons.id),
    submittedById: uuid()
      .notNull()
      .references(() => persons.id),
    channel: submissionChannel().notNull().default('self'),
    mandateId: integer().references(() => mandates.id),
    state: applicationState().notNull().default('draft'),
    examSessionId: integer().references(() => examSessions.id),
    renewsCertificateId: uuid().references((): AnyPgColumn => certificates.id),
    applicant: jsonb().$type<ApplicantSnapshot>().notNull(),
    confirmedPrerequisiteIds: integer().array().notNull().default(sql`'{}'`),
    invoiceDetails: jsonb().$type<InvoiceDetails>(),
    deliveryOptionId: integer().references(() => deliveryOptions.id),
    publicConsent: boolean().notNull().default(false),
    /** Payment reference number (viitenumber, 7-3-1 check digit). */
    paymentReference: text().unique(),
    /** A client-chosen key that makes submitting idempotent. */
    idempotencyKey: text().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    submittedAt: timestamp({ withTimezone: true }),
    /**
     * Raised by every change the body's staff can see: an action names the version it was taken on,
     * and a change made meanwhile by someone else answers 409 instead of being overwritten.
     */
    version: integer().notNull().default(1),
    /** When the body marked the fee received (the seed: admission only after it, unless waived). */
    feeReceivedAt: timestamp({ withTimezone: true }),
    /** Why the body admits without the fee (set when it waives it). */
    feeWaivedReason: text(),
    /** When the body accepted the documents as complete. */
    documentsAcceptedAt: timestamp({ withTimezone: true }),
    /**
     * The applicant's name as the console's list sorts it: family name, then given name, lower case
     * (lower() of a "C" collation, PGlite's, leaves non-ASCII capitals alone, so õ ä ö ü š ž are
     * lowered by hand).
     */
    sortName: text()
      .notNull()
      .generatedAlwaysAs(
        sql`translate(lower(("applicant"->>'familyName') || ' ' || ("applicant"->>'givenName')), 'ÕÄÖÜŠŽ', 'õäöüšž')`,
      ),
    /**
     * The applicant's names as the list searches them: lower case, and õ ä ö ü š ž written o a o u s z,
     * so "Mägi", "magi" and "MÄGI" find one another (api/applications/list-query.ts folds the search
     * the same way).
     */
    searchName: text()
      .notNull()
      .generatedAlwaysAs(
        sql`translate(lower(("applicant"->>'givenName') || ' ' || ("applicant"->>'familyName')), 'ÕÄÖÜŠŽõäöüšž', 'oaouszoaousz')`,
      ),
  },
  (t) => [
    // The console's list (api/applications/list-query.ts): one index per sort column, each ending
    // in id, the keyset's tie-breaker, so a page is read in order and stops after its rows.
    index('applications_list_submitted').on(t.bodyId, t.submittedAt, t.id),
    index('applications_list_state').on(t.bodyId, t.state, t.submittedAt, t.id),
    index('applications_list_name').on(t.bodyId, t.sortName, t.id),
    // The counts per state of an unfiltered list: the narrowest index that holds them (measured on
    // 100 000 rows: about half the time of reading them from applications_list_kind).
    index('applications_list_counts').on(t.bodyId, t.state).where(sql`${t.submittedAt} is not null`),
    // state last: the counts of a list filtered by qualification or kind read this index alone.
    index('applications_list_kind').on(t.bodyId, t.applicationKindId, t.submittedAt, t.id, t.state),
    // Search: a whole personal code is matched exactly; a part of a name by trigrams (pg_trgm).
    index('applications_personal_code').on(t.bodyId, sql`(${t.applicant}->>'personalCode')`),
    index('applications_search_name').using('gin', t.searchName.op('gin_trgm_ops')),
    index('applications_applicant').on(t.applicantId),
    index('applications_exam_session').on(t.examSessionId),
    // One draft per person and kind: a double click, or two tabs, resume the same draft.
    uniqueIndex('applications_one_draft')
      .on(t.applicantId, t.applicationKindId)
      .where(sql`${t.state} = 'draft'`),
    check(
      'applications_mandate_channel',
      sql`${t.mandateId} is null or ${t.channel} in ('employer', 'partner')`,
    ),
  ],
);

/**
 * How many submitted applications each body has in each state, kept by a trigger on applications
 * (migration 0014): the console's list shows these counts on every page, and counting 100 000 rows
 * for each was most of an unfiltered page's time. A filtered list still counts its own rows.
 */
export const applicationStateCounts = pgTable(
  'application_state_counts',
  {
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id, { onDelete: 'cascade' }),
    state: applicationState().notNull(),
    count: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.state] }),
    check('application_state_counts_count', sql`${t.count} >= 0`),
  ],
);

export const applicationTransitions = pgTable(
  'application_transitions',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromState: applicationState(),
    toState: applicationState().notNull(),
    /**
     * The step taken (api/applications/lifecycle.ts TRANSITIONS: submit, admit, markFeeReceived, …).
     * Steps that keep the state (fee received, documents accepted, moved to another session) have
     * from = to. Rows written before steps were named got theirs from their state (migration 0011).
     */
    step: text(),
    actorId: uuid()
      .notNull()
      .references(() => persons.id),
    reason: text(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('application_transitions_application').on(t.applicationId, t.at)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const documents = pgTable(
  'documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    /** Null for a message's attachment, which answers no requirement. */
    documentTypeId: integer().references(() => documentTypes.id),
    /** Which variant of a `oneOf` rule this is (passport, ID card, …). */
    variant: text(),
    fileName: text().notNull(),
    /** Detected from the content, never taken from the name or the client's header. */
    mediaType: text().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    /** Random storage key behind the storage interface. */
    storageKey: text().notNull().unique(),
    issuedOn: date({ mode: 'string' }),
    coversFrom: date({ mode: 'string' }),
    coversUntil: date({ mode: 'string' }),
    uploadedById: uuid()
      .notNull()
      .references(() => persons.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    check('documents_size', sql`${t.byteSize} > 0`),
    index('documents_application').on(t.applicationId),
  ],
);

/**
 * Default document storage: the bytes in PostgreSQL, in chunks written as the upload arrives (so
 * no process holds a whole file). A file counts only once its `documents` row commits, in one
 * transaction; chunks no row names are an interrupted upload's, and are removed.
 */
export const documentChunks = pgTable(
  'document_chunks',
  {
    storageKey: text().notNull(),
    seq: integer().notNull(),
    content: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.storageKey, t.seq] }), index('document_chunks_created').on(t.createdAt)],
);

export const payments = pgTable(
  'payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    feeItemId: integer().references(() => feeItems.id),
    amountCents: integer().notNull(),
    currency: text().notNull().default('EUR'),
    source: paymentSource().notNull(),
    payerName: text(),
    reference: text(),
    /** The bank's own reference (camt.053 `AcctSvcrRef`): each bank payment is imported once. */
    bankReference: text().unique(),
    proofDocumentId: uuid().references(() => documents.id),
    paidOn: date({ mode: 'string' }),
    confirmedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [check('payments_amount', sql`${t.amountCents} > 0`)],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => persons.id),
    fromBody: boolean().notNull(),
    body: text().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('messages_application').on(t.applicationId, t.sentAt)],
);

export const messageAttachments = pgTable(
  'message_attachments',
  {
    messageId: uuid()
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.documentId] })],
);
