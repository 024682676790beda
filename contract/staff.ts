// What the staff, committee and partner routes answer: the contract of the console's reads.
import * as v from 'valibot';
import { HistoryEntry } from './applications.ts';

/** An application in a body's list: who applied, for what, and where it stands. */
export const StaffApplicationSummary = v.object({
  id: v.string(),
  state: v.string(),
  /** Who submitted it: the applicant (`self`), an employer, a partner or the body's staff. */
  channel: v.picklist(['self', 'employer', 'partner', 'staff']),
  submittedAt: v.nullable(v.string()),
  qualification: v.object({ slug: v.string(), name: v.string() }),
  kind: v.string(),
  applicant: v.object({ givenName: v.string(), familyName: v.string() }),
});

export const StaffApplicationList = v.object({ applications: v.array(StaffApplicationSummary) });

/** One application with the applicant's details as they applied, and its history. */
export const StaffApplication = v.object({
  ...StaffApplicationSummary.entries,
  applicant: v.object({
    givenName: v.string(),
    familyName: v.string(),
    personalCode: v.nullable(v.string()),
    email: v.nullable(v.string()),
    phone: v.nullable(v.string()),
  }),
  history: v.array(HistoryEntry),
});

export const ApplicationHistory = v.object({ history: v.array(HistoryEntry) });

export const StaffList = v.object({
  staff: v.array(
    v.object({
      personId: v.string(),
      givenName: v.string(),
      familyName: v.string(),
      role: v.picklist(['manager', 'processor', 'assessor']),
    }),
  ),
});
