// Certificates, the owner's requests about them (print, duplicate, question) and register notices.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';
import { awardingBodies } from './bodies.ts';
import { deliveryOptions, qualifications } from './catalogue.ts';
import { persons } from './people.ts';
import { protocols } from './protocols.ts';

/** Bits in a revocation status list: the W3C minimum (131 072), so that one bit hides in the crowd. */
export const STATUS_LIST_LENGTH = 131_072;

/** 32 hex digits from PostgreSQL's random UUID: 122 random bits, no extension needed. */
const randomHex = sql`replace(gen_random_uuid()::text, '-', '')`;

/** `expired` is also derived from `valid_until` when read; the stored value is kept current by a job. */
export const certificateStatus = pgEnum('certificate_status', ['valid', 'expired', 'revoked', 'replaced']);
export const ownerRequestKind = pgEnum('owner_request_kind', ['print', 'duplicate', 'information']);
export const ownerRequestState = pgEnum('owner_request_state', ['open', 'in_progress', 'done', 'declined']);

export const certificates = pgTable(
  'certificates',
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull().unique(),
    holderId: uuid()
      .notNull()
      .references(() => persons.id),
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id),
    qualificationId: integer()
      .notNull()
      .references(() => qualifications.id),
    issuedOn: date({ mode: 'string' }).notNull(),
    /** Null = indefinite. */
    validUntil: date({ mode: 'string' }),
    status: certificateStatus().notNull().default('valid'),
    public: boolean().notNull().default(false),
    applicationId: uuid().references((): AnyPgColumn => applications.id),
    protocolId: uuid().references(() => protocols.id),
    replacedById: uuid(),
    sealedAt: timestamp({ withTimezone: true }),
    /**
     * The unguessable code the QR link on the paper and the sealed PDF carries: whoever holds the
     * paper can verify a hidden certificate, nobody can enumerate them. 122 random bits.
     */
    verificationCode: text().notNull().unique().default(randomHex),
    /**
     * The certificate's bit in the revocation status list (W3C Bitstring Status List): a random
     * index below the list's length, taken when its first credential is issued, so that the
     * position tells nothing about the order of issue.
     */
    statusIndex: integer().unique(),
    /** Salt of the hash that identifies the holder in credentials instead of the personal code. */
    credentialSalt: text().notNull().default(randomHex),
    revokedAt: timestamp({ withTimezone: true }),
    revokedReason: text(),
    revokedById: uuid().references(() => persons.id),
  },
  (t) => [
    index('certificates_holder').on(t.holderId),
    check('certificates_validity', sql`${t.validUntil} is null or ${t.validUntil} > ${t.issuedOn}`),
    check(
      'certificates_revocation',
      sql`(${t.status} = 'revoked') = (${t.revokedAt} is not null and ${t.revokedReason} is not null)`,
    ),
    check(
      'certificates_status_index',
      sql`${t.statusIndex} between 0 and ${sql.raw(String(STATUS_LIST_LENGTH - 1))}`,
    ),
  ],
);

export const ownerRequests = pgTable(
  'owner_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    certificateId: uuid()
      .notNull()
      .references(() => certificates.id),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    kind: ownerRequestKind().notNull(),
    state: ownerRequestState().notNull().default('open'),
    deliveryOptionId: integer().references(() => deliveryOptions.id),
    question: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    closedAt: timestamp({ withTimezone: true }),
    /** Who handles it: the certificate's awarding body, or the registry (null) when the body is gone. */
    bodyId: integer().references(() => awardingBodies.id),
    /** A print or duplicate's cost (delivery included), paid by bank transfer with this reference. */
    feeCents: integer(),
    paymentReference: text(),
    feeReceivedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('owner_requests_body').on(t.bodyId, t.state),
    check('owner_requests_question', sql`${t.kind} <> 'information' or ${t.question} is not null`),
    index('owner_requests_certificate').on(t.certificateId),
  ],
);

export const ownerRequestMessages = pgTable('owner_request_messages', {
  id: uuid().primaryKey().defaultRandom(),
  requestId: uuid()
    .notNull()
    .references(() => ownerRequests.id, { onDelete: 'cascade' }),
  authorId: uuid()
    .notNull()
    .references(() => persons.id),
  body: text().notNull(),
  sentAt: timestamp({ withTimezone: true }).notNull(),
});

export const noticeKind = pgEnum('notice_kind', [
  'issued',
  'expiring',
  'expired',
  'revoked',
  'replaced',
  'answered',
  'other',
]);

export const notices = pgTable(
  'notices',
  {
    id: uuid().primaryKey().defaultRandom(),
    certificateId: uuid()
      .notNull()
      .references(() => certificates.id),
    kind: noticeKind().notNull(),
    textEt: text().notNull(),
    textEn: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
    /**
     * Which event of the certificate's life this notice is about (`issued`, `expiring-6m`,
     * `expiring-1m`, `expired`, `revoked`, `replaced`, `answered:<request id>`): unique per
     * certificate, so a scheduled run that comes again finds it already there and sends nothing.
     */
    milestone: text().notNull(),
  },
  (t) => [
    index('notices_certificate').on(t.certificateId),
    uniqueIndex('notices_milestone').on(t.certificateId, t.milestone),
  ],
);

export const registryKeyPurpose = pgEnum('registry_key_purpose', ['seal', 'credential']);

/**
 * The registry's signing keys made for the demo and tests, shared by every API process through the
 * database (made once, under a lock). A production deployment configures its keys instead (a
 * qualified e-seal in an HSM or a trust service), behind the same signer interface, and keeps
 * nothing here.
 */
export const registryKeys = pgTable('registry_keys', {
  /** The key id (`kid`) a verifier looks up. */
  id: text().primaryKey(),
  purpose: registryKeyPurpose().notNull(),
  algorithm: text().notNull(),
  privateKeyPem: text().notNull(),
  publicJwk: jsonb().$type<Record<string, unknown>>().notNull(),
  /** PEM certificates, the key's own first, then its issuers' (seal keys). */
  certificateChainPem: text(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  retiredAt: timestamp({ withTimezone: true }),
});
