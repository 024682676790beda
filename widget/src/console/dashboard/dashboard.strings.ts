// The dashboard's words in Estonian and English (state names come from the console's strings).
import type { Language } from '../../shared/i18n.ts';

const et = {
  title: 'Ülevaade',
  loading: 'Laadin ülevaadet…',
  failed: 'Ülevaadet ei õnnestunud laadida.',
  thisMonth: 'Esitatud sel kuul',
  previousMonth: (n: number) => `eelmisel kuul ${n}`,
  awaiting: 'Ootavad otsust',
  awaitingHint: 'esitatud või uuesti esitatud',
  feesThisMonth: 'Laekunud tasud sel kuul',
  ofExpected: (amount: string) => `oodatud ${amount}`,
  byQualification: 'Taotlused kutsete ja olekute kaupa',
  qualification: 'Kutse',
  state: 'Olek',
  total: 'Kokku',
  byMonth: 'Esitatud taotlused kuude kaupa',
  month: 'Kuu',
  submitted: 'Esitatud',
  fees: 'Tasud: oodatud ja laekunud',
  expected: 'Oodatud',
  received: 'Laekunud',
  waived: 'Tasust vabastatud',
  chartOf: (title: string) => `Diagramm: ${title}. Samad arvud on tabelis diagrammi all.`,
  tableOf: (title: string) => `Tabel: ${title}`,
  empty: 'Esitatud taotlusi veel ei ole.',
};

export type DashboardStrings = typeof et;

const en: DashboardStrings = {
  title: 'Overview',
  loading: 'Loading the overview…',
  failed: 'The overview could not be loaded.',
  thisMonth: 'Submitted this month',
  previousMonth: (n) => `${n} last month`,
  awaiting: 'Awaiting a decision',
  awaitingHint: 'submitted or resubmitted',
  feesThisMonth: 'Fees received this month',
  ofExpected: (amount) => `of ${amount} expected`,
  byQualification: 'Applications by qualification and state',
  qualification: 'Qualification',
  state: 'State',
  total: 'Total',
  byMonth: 'Applications submitted by month',
  month: 'Month',
  submitted: 'Submitted',
  fees: 'Fees: expected and received',
  expected: 'Expected',
  received: 'Received',
  waived: 'Fee waived',
  chartOf: (title) => `Chart: ${title}. The same numbers are in the table below it.`,
  tableOf: (title) => `Table: ${title}`,
  empty: 'No applications have been submitted yet.',
};

export const dashboardStrings: Record<Language, DashboardStrings> = { et, en };
