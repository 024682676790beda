// The public catalogue's contract: path/query inputs and response bodies, shared by the API's
// validator, the OpenAPI document and the widget's typed client.
import * as v from 'valibot';
import { Money } from './money.ts';
import { BodyParams, Slug } from './slug.ts';

export { BodyParams };
export const QualificationParams = v.object({ body: Slug, qualification: Slug });

/** An ISO date (YYYY-MM-DD) that is a real calendar date. */
export const IsoDate = v.pipe(
  v.string(),
  v.isoDate('must be a date as YYYY-MM-DD'),
  v.check(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'must be a real calendar date',
  ),
);

export const Language = v.picklist(['et', 'en']);

export const QualificationQuery = v.object({
  /** The day fees and windows are computed for; today by default. */
  on: v.optional(IsoDate),
  /** How many upcoming exam sessions to list. */
  sessions: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d+$/, 'must be a whole number'),
      v.transform(Number),
      v.minValue(1, 'must be at least 1'),
      v.maxValue(50, 'must be at most 50'),
    ),
  ),
  lang: v.optional(Language),
});

export const LanguageQuery = v.object({ lang: v.optional(Language) });

export const Fee = v.object({
  ...Money.entries,
  label: v.string(),
  due: v.picklist(['submission', 'before_exam']),
  demoValue: v.boolean(),
});

export const DocumentRequirement = v.object({
  slug: v.string(),
  label: v.string(),
  required: v.boolean(),
  /** A blank form to download and fill in (a body that wants its own signed form); null: none. */
  templateUrl: v.nullable(v.string()),
  /** The requirement is example data: the body does not list it. */
  demoValue: v.boolean(),
  mediaTypes: v.array(v.string()),
  maxBytes: v.number(),
  /** Each rule as data plus its sentence in the requested language. */
  rules: v.array(
    v.object({
      type: v.picklist(['issuedBeforeExam', 'coversRecentPeriod', 'oneOf']),
      months: v.optional(v.number()),
      variants: v.optional(v.array(v.object({ slug: v.string(), name: v.string() }))),
      text: v.string(),
    }),
  ),
});

export const WindowStatus = v.picklist(['open', 'not_yet_open', 'closed']);

export const ApplicationKindInfo = v.object({
  slug: v.string(),
  kind: v.picklist(['first', 'recertification', 'reexam', 'rpl']),
  title: v.string(),
  openFrom: v.nullable(v.string()),
  openUntil: v.nullable(v.string()),
  status: WindowStatus,
  demoValues: v.boolean(),
  prerequisites: v.array(v.string()),
  documents: v.array(DocumentRequirement),
  fees: v.array(Fee),
  assessment: v.array(
    v.object({
      method: v.picklist(['test', 'interview', 'written_task', 'practical', 'portfolio']),
      description: v.string(),
    }),
  ),
  recertificationWindow: v.nullable(v.object({ fromMonths: v.number(), untilMonths: v.number() })),
});

export const ExamSessionInfo = v.object({
  id: v.number(),
  startsAt: v.string(),
  place: v.string(),
  capacity: v.number(),
  freePlaces: v.number(),
  registrationDeadline: v.string(),
  registrationOpen: v.boolean(),
  demoValues: v.boolean(),
});

export const BodySummary = v.object({
  slug: v.string(),
  name: v.string(),
  website: v.nullable(v.string()),
  contactEmail: v.string(),
  fictional: v.boolean(),
});

export const BodyDetail = v.object({
  ...BodySummary.entries,
  iban: v.string(),
  bankName: v.nullable(v.string()),
  paymentExplanation: v.string(),
  deliveryOptions: v.array(
    v.object({ slug: v.string(), label: v.string(), ...Money.entries, demoValue: v.boolean() }),
  ),
});

export const QualificationSummary = v.object({
  slug: v.string(),
  name: v.string(),
  eqfLevel: v.nullable(v.number()),
  validityMonths: v.nullable(v.number()),
  /** The validity is example data: the body does not say it. */
  validityDemoValue: v.boolean(),
  applicationsOpen: v.boolean(),
});

export const QualificationDetail = v.object({
  language: Language,
  on: v.string(),
  body: BodyDetail,
  qualification: v.object({ ...QualificationSummary.entries, standardName: v.nullable(v.string()) }),
  kinds: v.array(ApplicationKindInfo),
  examSessions: v.array(ExamSessionInfo),
});

export type QualificationDetail = v.InferOutput<typeof QualificationDetail>;
export type BodyDetail = v.InferOutput<typeof BodyDetail>;
