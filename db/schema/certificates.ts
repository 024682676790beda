// Certificates, the owner's requests about them (print, duplicate, question) and register notices.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';
import { awardingBodies } from './bodies.ts';
import { deliveryOptions, qualifications } from './catalogue.ts';
import { persons } from './people.ts';
import { protocols } from './protocols.ts';

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
  },
  (t) => [
    index('certificates_holder').on(t.holderId),
    check('certificates_validity', sql`${t.validUntil} is null or ${t.validUntil} > ${t.issuedOn}`),
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
  },
  (t) => [
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
  },
  (t) => [index('notices_certificate').on(t.certificateId)],
);
