// Awarding bodies (tenants), the websites allowed to embed Kutse, their staff, committees and mandates.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { persons } from './people.ts';

/** How a body takes applications (seed 000, "opening to an awarding body"). */
export const bodyMode = pgEnum('body_mode', ['registry', 'redirect', 'legacy']);
export const staffRole = pgEnum('staff_role', ['manager', 'processor', 'assessor']);

export const awardingBodies = pgTable('awarding_bodies', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** Short public name used in URLs and in the widget's `body` attribute. */
  slug: text().notNull().unique(),
  nameEt: text().notNull(),
  nameEn: text().notNull(),
  registryCode: text(),
  iban: text().notNull(),
  bankName: text(),
  /** What the payer must write in the payment explanation, in each language. */
  paymentExplanationEt: text().notNull(),
  paymentExplanationEn: text().notNull(),
  /**
   * Whether a draft started while its kind was open may still be submitted after the kind closes.
   * By default the closing date is the last day to submit.
   */
  submitDraftsAfterClose: boolean().notNull().default(false),
  contactEmail: text().notNull(),
  website: text(),
  mode: bodyMode().notNull().default('registry'),
  billing: boolean().notNull().default(false),
  accountantEmail: text(),
  /** Fictional bodies are marked so that no one mistakes them for real ones. */
  fictional: boolean().notNull().default(false),
  /**
   * The day the body stopped acting as an awarding body (null while it acts). From that day its
   * certificates' owners' requests go to the registry, which keeps its records.
   */
  ceasedOn: date({ mode: 'string' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Website origins allowed to embed the widgets (CORS allowlist, postMessage targets). */
export const bodyOrigins = pgTable(
  'body_origins',
  {
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id, { onDelete: 'cascade' }),
    origin: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.origin] }),
    check('body_origins_origin_shape', sql`${t.origin} ~ '^https?://[^/]+$'`),
  ],
);

export const bodyStaff = pgTable(
  'body_staff',
  {
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    role: staffRole().notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.personId, t.role] })],
);

export const committeeMembers = pgTable(
  'committee_members',
  {
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    chair: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.personId] })],
);

/** A partner or employer authorised by a body to submit applications for some qualifications. */
export const mandates = pgTable(
  'mandates',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id, { onDelete: 'cascade' }),
    /** The person acting under the mandate. */
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    organisationName: text(),
    organisationRegistryCode: text(),
    kind: text({ enum: ['partner', 'employer'] }).notNull(),
    validFrom: date({ mode: 'string' }).notNull(),
    validUntil: date({ mode: 'string' }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [check('mandates_period', sql`${t.validUntil} is null or ${t.validUntil} >= ${t.validFrom}`)],
);
