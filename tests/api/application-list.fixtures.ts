// Applications at ETEL for the console's list tests: people with Estonian names and valid personal
// codes, in chosen states, kinds, sessions, fee and submit times (several at the same instant, so
// keyset paging is tested on ties).
import { and, eq } from 'drizzle-orm';
import type { ApplicationState } from '../../contract/application-states.ts';
import { personalCodeCheckDigit } from '../../contract/personal-code.ts';
import {
  applicationKinds,
  applications,
  awardingBodies,
  examSessions,
  persons,
  qualifications,
} from '../../db/schema/index.ts';
import type { TestDatabase } from '../fixtures/test-database.ts';

export type Made = {
  givenName: string;
  familyName: string;
  qualification: 'turvajuht-5' | 'turvatootaja-3';
  kind: 'first' | 'recertification';
  state: ApplicationState;
  submittedAt: string;
  fee?: 'received' | 'waived';
  session?: boolean;
};

/** A valid personal code from a number (born 1980–1989, serial from n). */
export function codeFor(n: number): string {
  const firstTen = `3${80 + (n % 10)}0${1 + (n % 9)}1${n % 10}${String(n).padStart(3, '0').slice(-3)}`;
  return `${firstTen}${personalCodeCheckDigit(firstTen)}`;
}

const GIVEN = ['Mari', 'Jaan', 'Tõnu', 'Ülle', 'Kätlin', 'Šarlota', 'Andres', 'Liis'];
const FAMILY = ['Tamm', 'Mägi', 'Õunapuu', 'Saar', 'Kask', 'Žukov', 'Pärn', 'Lepik', 'MÄGIOJA'];
const STATES: ApplicationState[] = ['submitted', 'returned', 'resubmitted', 'admitted', 'rejected'];

/**
 * 36 applications: 12 at one instant (ties), the rest a day apart around Tallinn's midnight; every
 * third with the fee received, one waived; the admitted ones in a session.
 */
export function sampleApplications(): Made[] {
  return Array.from({ length: 36 }, (_, i) => {
    const state = STATES[i % STATES.length] as ApplicationState;
    return {
      givenName: GIVEN[i % GIVEN.length] as string,
      familyName: FAMILY[(i * 5) % FAMILY.length] as string,
      qualification: i % 3 === 0 ? 'turvatootaja-3' : 'turvajuht-5',
      kind: i % 4 === 1 && i % 3 !== 0 ? 'recertification' : 'first',
      state,
      // 21:30 UTC is 00:30 the next day in Tallinn (summer time): the day filters must say so.
      submittedAt:
        i < 12 ? '2024-04-10T08:00:00.000Z' : new Date(Date.UTC(2024, 3, i - 1, 21, 30)).toISOString(),
      ...(i % 3 === 0 ? { fee: 'received' as const } : i === 4 ? { fee: 'waived' as const } : {}),
      ...(state === 'admitted' ? { session: true } : {}),
    };
  });
}

/** Inserts the applications at ETEL; gives their ids in order with each one's personal code. */
export async function insertApplications(database: TestDatabase, made: Made[]) {
  const { db } = database;
  const [etel] = await db.select().from(awardingBodies).where(eq(awardingBodies.slug, 'etel'));
  const ids: { id: string; personalCode: string; made: Made }[] = [];
  for (const [i, a] of made.entries()) {
    const [kind] = await db
      .select({ id: applicationKinds.id, qualificationId: applicationKinds.qualificationId })
      .from(applicationKinds)
      .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId))
      .where(
        and(
          eq(qualifications.bodyId, etel?.id as number),
          eq(qualifications.slug, a.qualification),
          eq(applicationKinds.slug, a.kind),
        ),
      );
    if (!kind) throw new Error(`no kind ${a.kind} of ${a.qualification}`);
    const [session] = a.session
      ? await db
          .select({ id: examSessions.id })
          .from(examSessions)
          .where(eq(examSessions.qualificationId, kind.qualificationId))
      : [];
    const personalCode = codeFor(i + 1);
    const [person] = await db
      .insert(persons)
      .values({
        subject: `EE${personalCode}`,
        personalCode,
        givenName: a.givenName,
        familyName: a.familyName,
      })
      .returning({ id: persons.id });
    const at = new Date(a.submittedAt);
    const [row] = await db
      .insert(applications)
      .values({
        bodyId: etel?.id as number,
        applicationKindId: kind.id,
        applicantId: person?.id as string,
        submittedById: person?.id as string,
        state: a.state,
        examSessionId: session?.id ?? null,
        applicant: {
          givenName: a.givenName,
          familyName: a.familyName,
          personalCode,
          email: null,
          phone: null,
        },
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
        feeReceivedAt: a.fee === 'received' ? at : null,
        feeWaivedReason: a.fee === 'waived' ? 'Töötukassa koolitus' : null,
      })
      .returning({ id: applications.id });
    ids.push({ id: row?.id as string, personalCode, made: a });
  }
  return ids;
}
