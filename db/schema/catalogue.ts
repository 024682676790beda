// What a body offers: qualifications, the kinds of application each takes, their prerequisites,
// required documents, fees, assessment components, and delivery options for printed certificates.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import type { DocumentRule } from '../../contract/document-rules.ts';
import { awardingBodies, mandates } from './bodies.ts';

export const applicationKindCode = pgEnum('application_kind_code', [
  'first',
  'recertification',
  'reexam',
  'rpl',
]);
export const assessmentMethod = pgEnum('assessment_method', [
  'test',
  'interview',
  'written_task',
  'practical',
  'portfolio',
]);
export const feeDue = pgEnum('fee_due', ['submission', 'before_exam']);

export const qualifications = pgTable(
  'qualifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    nameEt: text().notNull(),
    nameEn: text().notNull(),
    /** EQF level; null for historical qualifications that had none. */
    eqfLevel: smallint(),
    /** How long a certificate is valid; null = indefinite. */
    validityMonths: smallint(),
    /** The validity is not from a real source (the body does not say): shown as example data. */
    validityDemoValue: boolean().notNull().default(false),
    standardNameEt: text(),
    standardNameEn: text(),
    /** Historical qualifications are no longer awarded but certificates of them exist. */
    awardedUntil: date({ mode: 'string' }),
  },
  (t) => [
    unique('qualifications_body_slug').on(t.bodyId, t.slug),
    check('qualifications_eqf_level', sql`${t.eqfLevel} between 1 and 8`),
    check('qualifications_validity', sql`${t.validityMonths} is null or ${t.validityMonths} > 0`),
  ],
);

/** A qualification's ways in: first application, re-certification, re-exam, VÕTA (rpl). */
export const applicationKinds = pgTable(
  'application_kinds',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    qualificationId: integer()
      .notNull()
      .references(() => qualifications.id, { onDelete: 'cascade' }),
    kind: applicationKindCode().notNull(),
    /** Distinguishes two kinds of the same code, e.g. VÕTA with documents / on an employer statement. */
    slug: text().notNull(),
    titleEt: text().notNull(),
    titleEn: text().notNull(),
    openFrom: timestamp({ withTimezone: true }),
    openUntil: timestamp({ withTimezone: true }),
    /**
     * Re-certification window relative to the renewed certificate's expiry, in months
     * (negative = before expiry). Seed 003: "normally within 6 months after expiry".
     */
    recertificationFromMonths: smallint(),
    recertificationUntilMonths: smallint(),
    /** Rows whose values are not from a real source (demo windows) say so. */
    demoValues: boolean().notNull().default(false),
  },
  (t) => [
    unique('application_kinds_qualification_slug').on(t.qualificationId, t.slug),
    check(
      'application_kinds_window',
      sql`${t.openUntil} is null or ${t.openFrom} is null or ${t.openUntil} > ${t.openFrom}`,
    ),
  ],
);

export const prerequisites = pgTable(
  'prerequisites',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    applicationKindId: integer()
      .notNull()
      .references(() => applicationKinds.id, { onDelete: 'cascade' }),
    position: smallint().notNull(),
    textEt: text().notNull(),
    textEn: text().notNull(),
  },
  (t) => [unique('prerequisites_position').on(t.applicationKindId, t.position)],
);

/** A kind of file a body asks for (education document, criminal-record extract, …). */
export const documentTypes = pgTable(
  'document_types',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    nameEt: text().notNull(),
    nameEn: text().notNull(),
    /** Checked against the file's content, not its name. */
    mediaTypes: text().array().notNull().default(sql`array['application/pdf','image/jpeg','image/png']`),
    maxBytes: integer()
      .notNull()
      .default(10 * 1024 * 1024),
  },
  (t) => [
    unique('document_types_body_slug').on(t.bodyId, t.slug),
    check('document_types_max_bytes', sql`${t.maxBytes} > 0`),
  ],
);

export const kindDocuments = pgTable(
  'kind_documents',
  {
    applicationKindId: integer()
      .notNull()
      .references(() => applicationKinds.id, { onDelete: 'cascade' }),
    documentTypeId: integer()
      .notNull()
      .references(() => documentTypes.id),
    position: smallint().notNull(),
    required: boolean().notNull().default(true),
    /** The body's own wording for this kind, e.g. "koopia isikut tõendavast dokumendist (pass või ID kaart)". */
    labelEt: text().notNull(),
    labelEn: text().notNull(),
    rules: jsonb().$type<DocumentRule[]>().notNull().default([]),
    /** A blank form to download and fill in, for a document the body wants on its own form. */
    templateUrl: text(),
    /** The requirement is not from a real source (the body does not list it): example data. */
    demoValue: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.applicationKindId, t.documentTypeId] }),
    check('kind_documents_template_url', sql`${t.templateUrl} is null or ${t.templateUrl} ~ '^https?://'`),
  ],
);

/** VAT rates with the date they apply from: amounts are computed for the date of supply. */
export const vatRates = pgTable(
  'vat_rates',
  {
    country: text().notNull(),
    category: text().notNull().default('standard'),
    validFrom: date({ mode: 'string' }).notNull(),
    /** Basis points: 2400 = 24 %. */
    rateBasisPoints: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.country, t.category, t.validFrom] }),
    check('vat_rates_range', sql`${t.rateBasisPoints} between 0 and 10000`),
  ],
);

/** One fee of an application kind, kept net; gross is computed with the VAT rate of the day. */
export const feeItems = pgTable(
  'fee_items',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    applicationKindId: integer()
      .notNull()
      .references(() => applicationKinds.id, { onDelete: 'cascade' }),
    position: smallint().notNull(),
    labelEt: text().notNull(),
    labelEn: text().notNull(),
    netCents: integer().notNull(),
    currency: text().notNull().default('EUR'),
    vatCountry: text().notNull().default('EE'),
    vatCategory: text().notNull().default('standard'),
    due: feeDue().notNull().default('submission'),
    demoValue: boolean().notNull().default(false),
  },
  (t) => [
    unique('fee_items_position').on(t.applicationKindId, t.position),
    check('fee_items_net', sql`${t.netCents} >= 0`),
  ],
);

export const assessmentComponents = pgTable(
  'assessment_components',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    applicationKindId: integer()
      .notNull()
      .references(() => applicationKinds.id, { onDelete: 'cascade' }),
    position: smallint().notNull(),
    method: assessmentMethod().notNull(),
    descriptionEt: text().notNull(),
    descriptionEn: text().notNull(),
  },
  (t) => [unique('assessment_components_position').on(t.applicationKindId, t.position)],
);

/** How a printed certificate reaches its owner, and what that costs (net). */
export const deliveryOptions = pgTable(
  'delivery_options',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    labelEt: text().notNull(),
    labelEn: text().notNull(),
    costNetCents: integer().notNull().default(0),
    demoValue: boolean().notNull().default(false),
  },
  (t) => [
    unique('delivery_options_body_slug').on(t.bodyId, t.slug),
    check('delivery_options_cost', sql`${t.costNetCents} >= 0`),
  ],
);

/** Which qualifications a mandate covers. */
export const mandateQualifications = pgTable(
  'mandate_qualifications',
  {
    mandateId: integer()
      .notNull()
      .references(() => mandates.id, { onDelete: 'cascade' }),
    qualificationId: integer()
      .notNull()
      .references(() => qualifications.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.mandateId, t.qualificationId] })],
);
