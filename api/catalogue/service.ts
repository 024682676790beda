// The public catalogue: what bodies offer, in the reader's language, with fees for a given day.
// A qualification's page is read in one prepared statement (qualification-query.ts): it is the
// hot path that every embedded widget hits.
import { eq } from 'drizzle-orm';
import { tallinnDay } from '../../contract/calendar.ts';
import type { BodyDetail, QualificationDetail } from '../../contract/catalogue.ts';
import { describeRule } from '../../contract/document-rules.wording.ts';
import { arrayRows } from '../../db/array-rows.ts';
import type { Database } from '../../db/client.ts';
import { awardingBodies } from '../../db/schema/index.ts';
import type { Language } from '../http/env.ts';
import { notFound } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import { withVat } from '../payments/vat.ts';
import {
  type BodyRow,
  bodyJson,
  type QualificationQuery,
  type QualificationRow,
  qualificationDetailQuery,
  qualificationDetailValues,
} from './qualification-query.ts';

/** An ISO timestamp from the query (qualification-query.ts) as an instant. */
const instant = (value: string | null) => (value === null ? null : new Date(value));

/** Whether a window is open at an instant. */
export function windowStatus(openFrom: Date | null, openUntil: Date | null, at: Date) {
  if (openFrom && at < openFrom) return 'not_yet_open' as const;
  if (openUntil && at > openUntil) return 'closed' as const;
  return 'open' as const;
}

/** The catalogue's reads over one database, its hot query prepared once. */
export function catalogueService(db: Database) {
  // Its one row as an array ([body, qualification], both JSON PostgreSQL built): drizzle's own
  // mapping of the two fields was ~2 % of the request's CPU (a profile of `npm run bench`).
  const qualificationDetail = arrayRows(
    db,
    qualificationDetailQuery(db).toSQL(),
    'catalogue_qualification_detail',
    (rows) => rows.map(([body, qualification]) => ({ body, qualification }) as QualificationRow),
  );
  return {
    /** A qualification's page: everything an applicant needs to know before applying. */
    getQualification: async (query: QualificationQuery, language: Language) => {
      // The Tallinn day is worked out once: the statement's VAT rates and the page's `on` share it.
      const values = qualificationDetailValues(query);
      const [row] = await qualificationDetail.execute(values);
      return qualificationPage(row, query, values.day, language);
    },
    getBody: (slug: string, at: Date, language: Language) => getBody(db, slug, at, language),
    listBodies: (language: Language) => listBodies(db, language),
    listQualifications: (slug: string, at: Date, language: Language) =>
      listQualifications(db, slug, at, language),
  };
}

function qualificationPage(
  row: QualificationRow | undefined,
  query: QualificationQuery,
  day: string,
  language: Language,
): QualificationDetail {
  if (!row)
    throw notFound(
      httpPhrase({
        code: 'notFoundQualification',
        params: { qualification: query.qualification, body: query.body },
      }),
    );
  const q = row.qualification;
  const pick = (et: string, en: string) => (language === 'et' ? et : en);
  const kinds = q.applicationKinds.map((k) => ({
    slug: k.slug,
    kind: k.kind,
    title: pick(k.titleEt, k.titleEn),
    openFrom: k.openFrom,
    openUntil: k.openUntil,
    status: windowStatus(instant(k.openFrom), instant(k.openUntil), query.at),
    demoValues: k.demoValues,
    prerequisites: k.prerequisites.map((p) => pick(p.textEt, p.textEn)),
    documents: k.documents.map((d) => ({
      slug: d.slug,
      label: pick(d.labelEt, d.labelEn),
      required: d.required,
      templateUrl: d.templateUrl,
      demoValue: d.demoValue,
      mediaTypes: d.mediaTypes,
      maxBytes: d.maxBytes,
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
      ...withVat(f.netCents, f.vatRateBasisPoints ?? 0, f.currency),
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
    on: day,
    body: bodyDetail(row.body, language),
    qualification: {
      slug: q.slug,
      name: pick(q.nameEt, q.nameEn),
      eqfLevel: q.eqfLevel,
      validityMonths: q.validityMonths,
      validityDemoValue: q.validityDemoValue,
      standardName:
        q.standardNameEt === null ? null : pick(q.standardNameEt, q.standardNameEn ?? q.standardNameEt),
      applicationsOpen: kinds.some((k) => k.status === 'open'),
    },
    kinds,
    examSessions: q.examSessions.map((s) => {
      return {
        id: s.id,
        startsAt: s.startsAt,
        place: s.place,
        capacity: s.capacity,
        freePlaces: Math.max(0, s.capacity - s.booked),
        registrationDeadline: s.registrationDeadline,
        registrationOpen: query.at.getTime() <= Date.parse(s.registrationDeadline) && s.capacity > s.booked,
        demoValues: s.demoValues,
      };
    }),
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
      ...withVat(d.costNetCents, d.vatRateBasisPoints ?? 0),
    })),
  };
}

/** A body with its payment details and delivery options. */
async function getBody(db: Database, slug: string, at: Date, language: Language): Promise<BodyDetail> {
  const [row] = await db
    .select({ body: bodyJson(tallinnDay(at)) })
    .from(awardingBodies)
    .where(eq(awardingBodies.slug, slug));
  if (!row) throw notFound(httpPhrase({ code: 'notFoundBody', params: { slug } }));
  return bodyDetail(row.body, language);
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
  if (!row) throw notFound(httpPhrase({ code: 'notFoundBody', params: { slug } }));
  return row.qualifications.map((q) => ({
    slug: q.slug,
    name: language === 'et' ? q.nameEt : q.nameEn,
    eqfLevel: q.eqfLevel,
    validityMonths: q.validityMonths,
    validityDemoValue: q.validityDemoValue,
    applicationsOpen: q.applicationKinds.some((k) => windowStatus(k.openFrom, k.openUntil, at) === 'open'),
  }));
}
