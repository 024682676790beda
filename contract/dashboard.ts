// The body's dashboard in the console: where its applications stand, how this month compares with
// the previous ones, and the fees expected against those received. Aggregates only: no person's data.
import * as v from 'valibot';
import { applicationStates } from './application-states.ts';

const Counts = v.record(v.picklist(applicationStates), v.number());

/** One calendar month in Tallinn: what was submitted in it, and its fees. */
export const DashboardMonth = v.object({
  /** YYYY-MM. */
  month: v.string(),
  submitted: v.number(),
  /** The fees due at submission of the month's applications (gross, VAT of the month), in cents. */
  expectedCents: v.number(),
  /** Of those, the fees of applications whose fee the body marked received. */
  receivedCents: v.number(),
  /** Applications whose fee the body waived (neither received nor still expected of the applicant). */
  waived: v.number(),
});
export type DashboardMonth = v.InferOutput<typeof DashboardMonth>;

export const Dashboard = v.object({
  /** The Tallinn day the figures are of. */
  asOf: v.string(),
  /** Every state but draft (a draft is the applicant's own until sent in). */
  byState: Counts,
  byQualification: v.array(
    v.object({ slug: v.string(), name: v.string(), total: v.number(), byState: Counts }),
  ),
  /** The last 12 months, oldest first; the last one is the current month so far. */
  months: v.array(DashboardMonth),
});
export type Dashboard = v.InferOutput<typeof Dashboard>;
