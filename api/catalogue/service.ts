// The public catalogue: what bodies offer, in the reader's language, with fees for a given day.
// A qualification is read in one SQL statement (drizzle's relational query) — it is the hot path
// that every embedded widget hits.
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Language } from '../http/env.ts';
import { notFound } from '../http/problem.ts';
import { withVat } from '../payments/vat.ts';
import { describeRule } from './rules.ts';
import type { BodyDetail, QualificationDetail } from './schemas.ts';

/** Application states that hold a place in an exam session. */
const HOLDS_A_PLACE = sql.raw(`'submitted','returned','resubmitted','admitted','exam_booked','assessed'`);

const vatRateOn = (country: SQL | string, category: SQL | string, day: SQL | Placeholder | string) =>
  sql<number>`(select v.rate_basis_points from vat_rates v where v.country = ${country} and v.category = ${category} and v.valid_from <= ${day}::date order by v.valid_from desc limit 1)`;

export type QualificationQuery = { body: string; qualification: string; at: Date; sessions: number };

/** The values of the qualification query's placeholders (drizzle passes them to the driver as they are). */
export function qualificationDetailValues({ body, qualification, at, sessions }: QualificationQuery) {
  return { body, qualification, sessions, at: at.toISOString(), day: at.toISOString().slice(0, 10) };
}

/**
 * The relational query behind a qualification's page, with placeholders, unexecuted: prepared once
 * by `catalogueService` (building this 11 KB statement costs more than running it), and run raw by
 * the benchmark.
 */
export function qualificationDetailQuery(db: Database) {
  const day = sql.placeholder('day');
  return db.query.awardingBodies.findFirst({
    where: (b, { eq }) => eq(b.slug, sql.placeholder('body')),
    // Only the columns the page shows: less for PostgreSQL to send and for drizzle to map.
    columns: {
      id: false,
      registryCode: false,
      mode: false,
      billing: false,
      accountantEmail: false,
      createdAt: false,
    },
    with: {
      deliveryOptions: {
        columns: { slug: true, labelEt: true, labelEn: true, costNetCents: true, demoValue: true },
        orderBy: (d, { asc }) => [asc(d.id)],
        extras: { vatRateBasisPoints: vatRateOn('EE', 'standard', day).as('vat_rate_basis_points') },
      },
      qualifications: {
        where: (q, { eq }) => eq(q.slug, sql.placeholder('qualification')),
        columns: { id: false, bodyId: false, awardedUntil: false },
        with: {
          applicationKinds: {
            columns: { id: false, qualificationId: false },
            orderBy: (k, { asc }) => [asc(k.id)],
            with: {
              prerequisites: {
                columns: { textEt: true, textEn: true },
                orderBy: (p, { asc }) => [asc(p.position)],
              },
              documents: {
                columns: { required: true, labelEt: true, labelEn: true, rules: true },
                orderBy: (d, { asc }) => [asc(d.position)],
                with: { documentType: { columns: { slug: true, mediaTypes: true, maxBytes: true } } },
              },
              fees: {
                columns: { id: false, applicationKindId: false, position: false },
                orderBy: (f, { asc }) => [asc(f.position)],
                extras: (f) => ({
                  vatRateBasisPoints: vatRateOn(sql`${f.vatCountry}`, sql`${f.vatCategory}`, day).as(
                    'vat_rate_basis_points',
                  ),
                }),
              },
              assessmentComponents: {
                columns: { method: true, descriptionEt: true, descriptionEn: true },
                orderBy: (a, { asc }) => [asc(a.position)],
              },
            },
          },
          examSessions: {
            columns: { bodyId: false, qualificationId: false },
            where: (s, { gt }) => gt(s.startsAt, sql.placeholder('at')),
            orderBy: (s, { asc }) => [asc(s.startsAt)],
            limit: sql.placeholder('sessions'),
            extras: (s) => ({
              booked:
                sql<number>`(select count(*)::int from applications a where a.exam_session_id = ${s.id} and a.state in (${HOLDS_A_PLACE}))`.as(
                  'booked',
                ),
            }),
          },
        },
      },
    },
  });
}

type BodyRow = NonNullable<Awaited<ReturnType<ReturnType<typeof qualificationDetailQuery>['execute']>>>;

/** Whether a window is open at an instant. */
export function windowStatus(openFrom: Date | null, openUntil: Date | null, at: Date) {
  if (openFrom && at < openFrom) return 'not_yet_open' as const;
  if (openUntil && at > openUntil) return 'closed' as const;
  return 'open' as const;
}

/** The catalogue's reads over one database, its hot query prepared once. */
export function catalogueService(db: Database) {
  const qualificationDetail = qualificationDetailQuery(db).prepare('catalogue_qualification_detail');
  return {
    /** A qualification's page: everything an applicant needs to know before applying. */
    getQualification: async (query: QualificationQuery, language: Language) =>
      qualificationPage(await qualificationDetail.execute(qualificationDetailValues(query)), query, language),
    getBody: (slug: string, at: Date, language: Language) => getBody(db, slug, at, language),
    listBodies: (language: Language) => listBodies(db, language),
    listQualifications: (slug: string, at: Date, language: Language) =>
      listQualifications(db, slug, at, language),
  };
}

function qualificationPage(
  row: BodyRow | undefined,
  query: QualificationQuery,
  language: Language,
): QualificationDetail {
  const q = row?.qualifications[0];
  if (!row || !q) throw notFound(`Qualification ${query.qualification} of ${query.body}`);
  const pick = (et: string, en: string) => (language === 'et' ? et : en);
  const kinds = q.applicationKinds.map((k) => ({
    slug: k.slug,
    kind: k.kind,
    title: pick(k.titleEt, k.titleEn),
    openFrom: k.openFrom?.toISOString() ?? null,
    openUntil: k.openUntil?.toISOString() ?? null,
    status: windowStatus(k.openFrom, k.openUntil, query.at),
    demoValues: k.demoValues,
    prerequisites: k.prerequisites.map((p) => pick(p.textEt, p.textEn)),
    documents: k.documents.map((d) => ({
      slug: d.documentType.slug,
      label: pick(d.labelEt, d.labelEn),
      required: d.required,
      mediaTypes: d.documentType.mediaTypes,
      maxBytes: d.documentType.maxBytes,
      rules: d.rules.map((rule) => ({
        type: rule.type,
        ...(rule.type === 'oneOf'
          ? { variants: rule.variants.map((x) => ({ slug: x.slug, name: pick(x.nameEt, x.nameEn) })) }
          : { months: rule.months }),
        text: describeRule(rule, language),
      })),
    })),
    fees: k.fees.map((f) => ({
      label: pick(f.labelEt, f.labelEn),
      due: f.due,
      demoValue: f.demoValue,
      ...withVat(f.netCents, Number(f.vatRateBasisPoints ?? 0), f.currency),
    })),
    assessment: k.assessmentComponents.map((a) => ({
      method: a.method,
      description: pick(a.descriptionEt, a.descriptionEn),
    })),
    recertificationWindow:
      k.recertificationFromMonths !== null && k.recertificationUntilMonths !== null
        ? { fromMonths: k.recertificationFromMonths, untilMonths: k.recertificationUntilMonths }
        : null,
  }));
  return {
    language,
    on: query.at.toISOString().slice(0, 10),
    body: bodyDetail(row, language),
    qualification: {
      slug: q.slug,
      name: pick(q.nameEt, q.nameEn),
      eqfLevel: q.eqfLevel,
      validityMonths: q.validityMonths,
      standardName:
        q.standardNameEt === null ? null : pick(q.standardNameEt, q.standardNameEn ?? q.standardNameEt),
      applicationsOpen: kinds.some((k) => k.status === 'open'),
    },
    kinds,
    examSessions: q.examSessions.map((s) => ({
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      place: s.place,
      capacity: s.capacity,
      freePlaces: Math.max(0, s.capacity - Number(s.booked)),
      registrationDeadline: s.registrationDeadline.toISOString(),
      registrationOpen: query.at <= s.registrationDeadline && s.capacity > Number(s.booked),
      demoValues: s.demoValues,
    })),
  };
}

function bodyDetail(row: BodyRow, language: Language): BodyDetail {
  const pick = (et: string, en: string) => (language === 'et' ? et : en);
  return {
    slug: row.slug,
    name: pick(row.nameEt, row.nameEn),
    website: row.website,
    contactEmail: row.contactEmail,
    fictional: row.fictional,
    iban: row.iban,
    bankName: row.bankName,
    paymentExplanation: pick(row.paymentExplanationEt, row.paymentExplanationEn),
    deliveryOptions: row.deliveryOptions.map((d) => ({
      slug: d.slug,
      label: pick(d.labelEt, d.labelEn),
      demoValue: d.demoValue,
      ...withVat(d.costNetCents, Number(d.vatRateBasisPoints ?? 0)),
    })),
  };
}

/** A body with its payment details and delivery options. */
async function getBody(db: Database, slug: string, at: Date, language: Language): Promise<BodyDetail> {
  const day = at.toISOString().slice(0, 10);
  const row = await db.query.awardingBodies.findFirst({
    where: (b, { eq }) => eq(b.slug, slug),
    with: {
      deliveryOptions: {
        orderBy: (d, { asc }) => [asc(d.id)],
        extras: { vatRateBasisPoints: vatRateOn('EE', 'standard', day).as('vat_rate_basis_points') },
      },
    },
  });
  if (!row) throw notFound(`Awarding body ${slug}`);
  return bodyDetail({ ...row, qualifications: [] }, language);
}

async function listBodies(db: Database, language: Language) {
  const rows = await db.query.awardingBodies.findMany({ orderBy: (b, { asc }) => [asc(b.nameEt)] });
  return rows.map((b) => ({
    slug: b.slug,
    name: language === 'et' ? b.nameEt : b.nameEn,
    website: b.website,
    contactEmail: b.contactEmail,
    fictional: b.fictional,
  }));
}

/** A body's qualifications that are still awarded, each saying whether any application kind is open. */
async function listQualifications(db: Database, slug: string, at: Date, language: Language) {
  const row = await db.query.awardingBodies.findFirst({
    where: (b, { eq }) => eq(b.slug, slug),
    with: {
      qualifications: {
        where: (q, { isNull }) => isNull(q.awardedUntil),
        orderBy: (q, { asc }) => [asc(q.eqfLevel), asc(q.slug)],
        with: { applicationKinds: { columns: { openFrom: true, openUntil: true } } },
      },
    },
  });
  if (!row) throw notFound(`Awarding body ${slug}`);
  return row.qualifications.map((q) => ({
    slug: q.slug,
    name: language === 'et' ? q.nameEt : q.nameEn,
    eqfLevel: q.eqfLevel,
    validityMonths: q.validityMonths,
    applicationsOpen: q.applicationKinds.some((k) => windowStatus(k.openFrom, k.openUntil, at) === 'open'),
  }));
}
