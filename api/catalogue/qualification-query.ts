// The catalogue's hot path — the read behind every embedded qualification widget — as one prepared
// statement in which PostgreSQL builds the whole tree as JSON. Node then only parses it, as any
// handler must; drizzle's relational mapper, which walked the same tree value by value, cost about
// a fifth of the request's CPU (`npm run bench`, and the note on issue 3).

import { and, eq, gt, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { holdsAPlace } from '../../contract/application-states.ts';
import { tallinnDay } from '../../contract/calendar.ts';
import type { Database } from '../../db/client.ts';
import { isoInstant, jsonArray, jsonObject } from '../../db/json.ts';
import {
  applicationKinds,
  applications,
  assessmentComponents,
  awardingBodies,
  deliveryOptions,
  documentTypes,
  examSessions,
  feeItems,
  kindDocuments,
  prerequisites,
  qualifications,
} from '../../db/schema/index.ts';

/** Application states that hold a place in an exam session. */
// Literals, not parameters: our own constants, and the prepared statement's text stays as it was.
const HOLDS_A_PLACE = sql.raw(holdsAPlace.map((state) => `'${state}'`).join(','));

/** The VAT rate (basis points) in force on `day` for a country and category. */
export const vatRateOn = (country: SQL | string, category: SQL | string, day: SQL | Placeholder | string) =>
  sql<
    number | null
  >`(select v.rate_basis_points from vat_rates v where v.country = ${country} and v.category = ${category} and v.valid_from <= ${day}::date order by v.valid_from desc limit 1)`;

export type QualificationQuery = { body: string; qualification: string; at: Date; sessions: number };

/** The values of the statement's placeholders (drizzle passes them to the driver as they are). */
export function qualificationDetailValues({ body, qualification, at, sessions }: QualificationQuery) {
  // The day in Tallinn, as applications take it: a UTC date differs from 00:00 to 03:00 there.
  return { body, qualification, sessions, at: at.toISOString(), day: tallinnDay(at) };
}

// Aliases for the subqueries; `from ${table} ${alias}` names each, as drizzle renders an alias by name only.
const b = awardingBodies;
const q = qualifications;
const k = alias(applicationKinds, 'k');
const p = alias(prerequisites, 'p');
const kd = alias(kindDocuments, 'kd');
const dt = alias(documentTypes, 'dt');
const f = alias(feeItems, 'f');
const ac = alias(assessmentComponents, 'ac');
const d = alias(deliveryOptions, 'd');
const s = alias(examSessions, 's');

/** The body's part of the page (also what `/bodies/:body` shows). */
export const bodyJson = (day: SQL | Placeholder | string) =>
  jsonObject({
    slug: b.slug,
    nameEt: b.nameEt,
    nameEn: b.nameEn,
    website: b.website,
    contactEmail: b.contactEmail,
    fictional: b.fictional,
    iban: b.iban,
    bankName: b.bankName,
    paymentExplanationEt: b.paymentExplanationEt,
    paymentExplanationEn: b.paymentExplanationEn,
    deliveryOptions: jsonArray(
      jsonObject({
        slug: d.slug,
        labelEt: d.labelEt,
        labelEn: d.labelEn,
        costNetCents: d.costNetCents,
        demoValue: d.demoValue,
        vatRateBasisPoints: vatRateOn('EE', 'standard', day),
      }),
      sql`from ${deliveryOptions} ${d} where ${d.bodyId} = ${b.id}`,
      d.id,
    ),
  });

const kindJson = (day: Placeholder) =>
  jsonObject({
    slug: k.slug,
    kind: k.kind,
    titleEt: k.titleEt,
    titleEn: k.titleEn,
    openFrom: isoInstant(k.openFrom),
    openUntil: isoInstant(k.openUntil),
    recertificationFromMonths: k.recertificationFromMonths,
    recertificationUntilMonths: k.recertificationUntilMonths,
    demoValues: k.demoValues,
    prerequisites: jsonArray(
      jsonObject({ textEt: p.textEt, textEn: p.textEn }),
      sql`from ${prerequisites} ${p} where ${p.applicationKindId} = ${k.id}`,
      p.position,
    ),
    documents: jsonArray(
      jsonObject({
        slug: dt.slug,
        mediaTypes: dt.mediaTypes,
        maxBytes: dt.maxBytes,
        required: kd.required,
        labelEt: kd.labelEt,
        labelEn: kd.labelEn,
        rules: kd.rules,
        templateUrl: kd.templateUrl,
        demoValue: kd.demoValue,
      }),
      sql`from ${kindDocuments} ${kd} join ${documentTypes} ${dt} on ${dt.id} = ${kd.documentTypeId} where ${kd.applicationKindId} = ${k.id}`,
      kd.position,
    ),
    fees: jsonArray(
      jsonObject({
        labelEt: f.labelEt,
        labelEn: f.labelEn,
        netCents: f.netCents,
        currency: f.currency,
        due: f.due,
        demoValue: f.demoValue,
        vatRateBasisPoints: vatRateOn(sql`${f.vatCountry}`, sql`${f.vatCategory}`, day),
      }),
      sql`from ${feeItems} ${f} where ${f.applicationKindId} = ${k.id}`,
      f.position,
    ),
    assessmentComponents: jsonArray(
      jsonObject({ method: ac.method, descriptionEt: ac.descriptionEt, descriptionEn: ac.descriptionEn }),
      sql`from ${assessmentComponents} ${ac} where ${ac.applicationKindId} = ${k.id}`,
      ac.position,
    ),
  });

const sessionJson = jsonObject({
  id: s.id,
  startsAt: isoInstant(s.startsAt),
  place: s.place,
  capacity: s.capacity,
  registrationDeadline: isoInstant(s.registrationDeadline),
  demoValues: s.demoValues,
  booked: sql<number>`(select count(*)::int from ${applications} where ${applications.examSessionId} = ${s.id} and ${applications.state} in (${HOLDS_A_PLACE}))`,
});

/**
 * The statement behind a qualification's page, with placeholders, unprepared: `catalogueService`
 * prepares it once (building it costs more than running it); the benchmark runs its SQL raw.
 */
export function qualificationDetailQuery(db: Database) {
  const day = sql.placeholder('day');
  const at = sql.placeholder('at');
  return db
    .select({
      body: bodyJson(day),
      qualification: jsonObject({
        slug: q.slug,
        nameEt: q.nameEt,
        nameEn: q.nameEn,
        eqfLevel: q.eqfLevel,
        validityMonths: q.validityMonths,
        validityDemoValue: q.validityDemoValue,
        standardNameEt: q.standardNameEt,
        standardNameEn: q.standardNameEn,
        applicationKinds: jsonArray(
          kindJson(day),
          sql`from ${applicationKinds} ${k} where ${k.qualificationId} = ${q.id}`,
          k.id,
        ),
        // The next sessions only: the limit applies before they are aggregated.
        examSessions: jsonArray(
          sessionJson,
          sql`from (select * from ${examSessions} where ${and(eq(examSessions.qualificationId, q.id), gt(examSessions.startsAt, at))} order by ${examSessions.startsAt} limit ${sql.placeholder('sessions')}) as "s"`,
          s.startsAt,
        ),
      }),
    })
    .from(b)
    .innerJoin(q, and(eq(q.bodyId, b.id), eq(q.slug, sql.placeholder('qualification'))))
    .where(eq(b.slug, sql.placeholder('body')));
}

export type QualificationRow = Awaited<ReturnType<typeof qualificationDetailQuery>>[number];
export type BodyRow = QualificationRow['body'];
