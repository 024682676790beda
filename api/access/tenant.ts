// The data a body rule's handler may touch, already narrowed to that body — and, for a committee
// member or a partner, to the rows their role lets them see. Handlers of body routes get this
// scope instead of the database, so no query of theirs can reach another body's data.

import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type ApplicationState, applicationStates, committee } from '../../contract/application-states.ts';
import { tallinnDay } from '../../contract/calendar.ts';
import type { Database } from '../../db/client.ts';
import { applicationKinds, applications, bodyStaff, persons, qualifications } from '../../db/schema/index.ts';
import { type Actor, mandatesInForce } from './actor.ts';

export type TenantScope = ReturnType<typeof tenantScope>;

export function tenantScope(
  db: Database,
  body: { id: number; slug: string },
  actor: Actor,
  role: string,
  now: Date,
) {
  const visible = (): SQL | undefined => {
    const ofBody = eq(applications.bodyId, body.id);
    if (role === 'committee') return and(ofBody, inArray(applications.state, [...committee]));
    if (role === 'partner' || role === 'employer') {
      // Only what was submitted under each of their mandates, for the qualifications that one names.
      const each = mandatesInForce(actor, body.id, tallinnDay(now))
        .filter((m) => m.qualificationIds.length > 0)
        .map((m) =>
          and(
            eq(applications.mandateId, m.id),
            // A subquery, not a join: the console's counts read applications alone.
            inArray(
              applications.applicationKindId,
              db
                .select({ id: applicationKinds.id })
                .from(applicationKinds)
                .where(inArray(applicationKinds.qualificationId, m.qualificationIds)),
            ),
          ),
        );
      return each.length ? and(ofBody, or(...each)) : sql`false`;
    }
    return ofBody;
  };

  const summary = {
    id: applications.id,
    state: applications.state,
    channel: applications.channel,
    submittedAt: applications.submittedAt,
    applicantId: applications.applicantId,
    applicant: applications.applicant,
    qualification: qualifications.slug,
    qualificationNameEt: qualifications.nameEt,
    qualificationNameEn: qualifications.nameEn,
    kind: applicationKinds.kind,
  };
  const applicationRows = () =>
    db
      .select(summary)
      .from(applications)
      .innerJoin(applicationKinds, eq(applicationKinds.id, applications.applicationKindId))
      .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId));

  return {
    body,
    role,
    /** The instant the caller was let in: the time every read and change of the request is recorded at. */
    now,
    applications: {
      /**
       * The condition every query of the body's applications must carry: this body's rows, and of
       * them the ones the role may see (api/applications/list-query.ts builds the console's list on it).
       */
      visible,
      /**
       * The states whose body-wide counts the role may see as they are (application_state_counts),
       * or null when its rows are not whole states (a partner sees its mandates' rows only).
       */
      wholeStates: (): readonly ApplicationState[] | null =>
        role === 'committee'
          ? committee
          : role === 'partner' || role === 'employer'
            ? null
            : applicationStates,
      async get(id: string) {
        const [row] = await applicationRows().where(and(visible(), eq(applications.id, id)));
        return row;
      },
    },
    staff: {
      list: () =>
        db
          .select({
            personId: persons.id,
            givenName: persons.givenName,
            familyName: persons.familyName,
            role: bodyStaff.role,
          })
          .from(bodyStaff)
          .innerJoin(persons, eq(persons.id, bodyStaff.personId))
          .where(eq(bodyStaff.bodyId, body.id))
          .orderBy(persons.familyName, persons.givenName),
    },
  };
}
