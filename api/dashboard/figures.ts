// The dashboard's figures for one body (contract/dashboard.ts): three grouped queries, whatever the
// number of applications, and the fees priced here from the kinds' fee items and the VAT of each
// month. Drafts are left out everywhere: until sent in, an application is the applicant's own.
import { and, eq, gte, ne, sql } from 'drizzle-orm';
import { type ApplicationState, applicationStates } from '../../contract/application-states.ts';
import { addMonthsToDay, tallinnDay } from '../../contract/calendar.ts';
import type { Dashboard, DashboardMonth } from '../../contract/dashboard.ts';
import type { Database } from '../../db/client.ts';
import { applicationKinds, applications, feeItems, qualifications, vatRates } from '../../db/schema/index.ts';
import type { Language } from '../http/env.ts';
import { withVat } from '../payments/vat.ts';

const MONTHS = 12;

const noCounts = () =>
  Object.fromEntries(applicationStates.map((s) => [s, 0])) as Record<ApplicationState, number>;

/** The month (YYYY-MM) an instant falls in, in Tallinn. */
const tallinnMonth = sql<string>`to_char(${applications.submittedAt} at time zone 'Europe/Tallinn', 'YYYY-MM')`;

/** The VAT rate (basis points) on a day: the latest rate that applies from that day or before. */
function rateOn(rates: { country: string; category: string; validFrom: string; rateBasisPoints: number }[]) {
  return (country: string, category: string, day: string) =>
    rates
      .filter((r) => r.country === country && r.category === category && r.validFrom <= day)
      .reduce(
        (latest, r) => (latest && latest.validFrom > r.validFrom ? latest : r),
        undefined as (typeof rates)[number] | undefined,
      )?.rateBasisPoints ?? 0;
}

/**
 * The body's dashboard as of `now`, names in `language`.
 * @example await dashboardFigures(db, { bodyId: 1, now: new Date(), language: 'et' })
 */
export async function dashboardFigures(
  db: Database,
  { bodyId, now, language }: { bodyId: number; now: Date; language: Language },
): Promise<Dashboard> {
  const today = tallinnDay(now);
  const months = Array.from({ length: MONTHS }, (_, i) =>
    addMonthsToDay(`${today.slice(0, 7)}-01`, i - MONTHS + 1),
  );
  const ofBody = and(eq(applications.bodyId, bodyId), ne(applications.state, 'draft'));

  const [byQualificationRows, monthRows, fees, rates] = await Promise.all([
    db
      .select({
        slug: qualifications.slug,
        nameEt: qualifications.nameEt,
        nameEn: qualifications.nameEn,
        state: applications.state,
        count: sql<number>`count(*)::int`,
      })
      .from(applications)
      .innerJoin(applicationKinds, eq(applicationKinds.id, applications.applicationKindId))
      .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId))
      .where(ofBody)
      .groupBy(qualifications.slug, qualifications.nameEt, qualifications.nameEn, applications.state),
    db
      .select({
        month: tallinnMonth,
        kindId: applications.applicationKindId,
        submitted: sql<number>`count(*)::int`,
        received: sql<number>`(count(*) filter (where ${applications.feeReceivedAt} is not null))::int`,
        waived: sql<number>`(count(*) filter (where ${applications.feeReceivedAt} is null and ${applications.feeWaivedReason} is not null))::int`,
        // Withdrawn before paying: nothing is expected of them any more.
        gone: sql<number>`(count(*) filter (where ${applications.feeReceivedAt} is null and ${applications.feeWaivedReason} is null and ${applications.state} = 'withdrawn'))::int`,
      })
      .from(applications)
      .where(
        and(
          ofBody,
          gte(applications.submittedAt, sql`(${months[0]}::date)::timestamp at time zone 'Europe/Tallinn'`),
        ),
      )
      .groupBy(tallinnMonth, applications.applicationKindId),
    db
      .select({
        kindId: feeItems.applicationKindId,
        netCents: feeItems.netCents,
        country: feeItems.vatCountry,
        category: feeItems.vatCategory,
      })
      .from(feeItems)
      .innerJoin(applicationKinds, eq(applicationKinds.id, feeItems.applicationKindId))
      .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId))
      .where(and(eq(qualifications.bodyId, bodyId), eq(feeItems.due, 'submission'))),
    db.select().from(vatRates),
  ]);

  const byState = noCounts();
  type Counts = ReturnType<typeof noCounts>;
  const qualificationsBySlug = new Map<
    string,
    { slug: string; name: string; total: number; byState: Counts }
  >();
  for (const row of byQualificationRows) {
    byState[row.state] += row.count;
    const name = language === 'en' ? row.nameEn : row.nameEt;
    const entry = qualificationsBySlug.get(row.slug) ?? {
      slug: row.slug,
      name,
      total: 0,
      byState: noCounts(),
    };
    entry.total += row.count;
    entry.byState[row.state] += row.count;
    qualificationsBySlug.set(row.slug, entry);
  }

  // A kind's fee due at submission in a month: its items, each with the VAT of the month's first day
  // (Estonia's rate has changed on the first of a month) and rounded as an invoice rounds it.
  const rate = rateOn(rates);
  const feeOf = (kindId: number, firstDay: string) =>
    fees
      .filter((f) => f.kindId === kindId)
      .reduce((sum, f) => sum + withVat(f.netCents, rate(f.country, f.category, firstDay)).grossCents, 0);

  const monthly: DashboardMonth[] = months.map((firstDay) => {
    const month = firstDay.slice(0, 7);
    const rows = monthRows.filter((r) => r.month === month);
    return rows.reduce(
      (m, r) => {
        const fee = feeOf(r.kindId, firstDay);
        m.submitted += r.submitted;
        m.expectedCents += fee * (r.submitted - r.waived - r.gone);
        m.receivedCents += fee * r.received;
        m.waived += r.waived;
        return m;
      },
      { month, submitted: 0, expectedCents: 0, receivedCents: 0, waived: 0 },
    );
  });

  return {
    asOf: today,
    byState,
    byQualification: [...qualificationsBySlug.values()].sort(
      (a, b) => b.total - a.total || a.name.localeCompare(b.name, language),
    ),
    months: monthly,
  };
}
