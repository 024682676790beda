// Staff applying on a person's behalf (the seed: people abroad, or without the skills to apply
// online). A processor finds the person by personal code — or adds them to the registry — and then
// fills in the same application as the person would: the applicant's own services (own.ts,
// draft.ts, documents.ts, submit.ts), given a scope whose actor is the staff member. Every read of
// the person's data and every change is audited with the staff member as the actor, the person as
// the subject and why.
import { eq, or } from 'drizzle-orm';
import * as v from 'valibot';
import { Email, Phone } from '../../contract/applications.ts';
import { PersonalCode, personalCodeBirthDate } from '../../contract/personal-code.ts';
import type { Database } from '../../db/client.ts';
import { type Person, persons } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import { bodyField, conflict, forbidden, notFound, unprocessable } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import { onBehalfPhrase } from './on-behalf.wording.ts';
import { ownView, startDraft } from './own.ts';
import {
  type ApplicantScope,
  auditedAs,
  ON_BEHALF_PURPOSE,
  onBehalfScope,
  type StaffScope,
} from './scope.ts';

const Name = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(200, 'must be at most 200 characters'),
  v.nonEmpty('must not be empty'),
);

/** Who the staff member applies for: the personal code, and the name when the registry lacks them. */
export const PersonForApplying = v.strictObject({
  personalCode: PersonalCode,
  /** Required when no one with the code is in the registry yet; else the registry's name stands. */
  givenName: v.optional(Name),
  familyName: v.optional(Name),
  /** Contact details of a person added now; an existing person's are changed on the application. */
  email: v.optional(Email),
  phone: v.optional(Phone),
});
export type PersonForApplying = v.InferOutput<typeof PersonForApplying>;

export const OnBehalfPerson = v.object({
  id: v.string(),
  personalCode: v.nullable(v.string()),
  givenName: v.string(),
  familyName: v.string(),
  email: v.nullable(v.string()),
  phone: v.nullable(v.string()),
});

const personView = (p: Person): v.InferOutput<typeof OnBehalfPerson> => ({
  id: p.id,
  personalCode: p.personalCode,
  givenName: p.givenName,
  familyName: p.familyName,
  email: p.email,
  phone: p.phone,
});

/** The audit entry of the staff member's reading or adding the person's registry record. */
const personAudit = (staff: StaffScope, action: 'person.read' | 'person.create', personId: string) => ({
  actorId: staff.actor.personId,
  actorRole: staff.role,
  bodyId: staff.body.id,
  action,
  subjectId: personId,
  entity: 'person',
  entityId: personId,
  requestId: staff.requestId,
  purpose: ON_BEHALF_PURPOSE,
});

export function onBehalfService(db: Database) {
  /** The person's applications at the body, with the staff member acting; 404 for a person not in the registry. */
  async function forPerson(staff: StaffScope, personId: string): Promise<ApplicantScope> {
    const [person] = await db.select({ id: persons.id }).from(persons).where(eq(persons.id, personId));
    if (!person) throw notFound(onBehalfPhrase({ code: 'personNotFound', params: {} }));
    return onBehalfScope(db, staff, person.id);
  }

  /** Records that the staff member was shown the person's application. */
  const readAudit = (own: ApplicantScope, id: string) =>
    recordAudit(db, own.now, {
      ...auditedAs(own),
      action: 'application.read',
      entity: 'application',
      entityId: id,
    });

  return {
    /**
     * The person with this personal code, found in the registry or added to it (`created`). An
     * Estonian code is how a login names them too (`EE` + code), so the person signing in later is
     * the one added here.
     */
    async findOrAddPerson(staff: StaffScope, input: PersonForApplying) {
      const { personalCode } = input;
      const subject = `EE${personalCode}`;
      return db.transaction(async (tx) => {
        const byCode = () =>
          tx
            .select()
            .from(persons)
            .where(or(eq(persons.subject, subject), eq(persons.personalCode, personalCode)))
            .limit(1);
        const [found] = await byCode();
        if (found) {
          await recordAudit(tx, staff.now, personAudit(staff, 'person.read', found.id));
          return { created: false, person: personView(found) };
        }
        const { givenName, familyName } = input;
        if (givenName === undefined || familyName === undefined) {
          const detail = onBehalfPhrase({ code: 'nameRequired', params: {} });
          throw unprocessable(
            [
              ...(givenName === undefined ? [bodyField('givenName', detail)] : []),
              ...(familyName === undefined ? [bodyField('familyName', detail)] : []),
            ],
            detail,
          );
        }
        // Two staff adding the same person at once (or the person's first login meanwhile): one row.
        const [added] = await tx
          .insert(persons)
          .values({
            subject,
            personalCode,
            givenName,
            familyName,
            dateOfBirth: personalCodeBirthDate(personalCode),
            email: input.email ?? null,
            phone: input.phone ?? null,
          })
          .onConflictDoNothing({ target: persons.subject })
          .returning();
        const person = added ?? (await byCode())[0];
        if (!person) throw new Error('person neither added nor found');
        await recordAudit(
          tx,
          staff.now,
          personAudit(staff, added ? 'person.create' : 'person.read', person.id),
        );
        return { created: added !== undefined, person: personView(person) };
      });
    },

    /**
     * Starts a draft for the person (channel `staff`, submitted by the staff member), or resumes the
     * one staff started; a draft the person began themselves stays theirs (409).
     */
    async startDraft(staff: StaffScope, personId: string, q: { qualification: string; kind: string }) {
      const own = await forPerson(staff, personId);
      const started = await startDraft(own, q);
      if (started.created) return started;
      if (started.application.submittedBy?.on !== 'staff')
        throw conflict(onBehalfPhrase({ code: 'ownDraftExists', params: {} }));
      await readAudit(own, started.application.id);
      return started;
    },

    /**
     * The scope to act on an application staff made for a person at this body: 404 for another
     * body's or none, 403 for one the person made themselves.
     */
    async forApplication(staff: StaffScope, id: string): Promise<ApplicantScope> {
      const row = await staff.tenant.applications.get(id);
      if (!row) throw notFound(httpPhrase({ code: 'notFoundApplication', params: { id } }));
      if (row.channel !== 'staff') throw forbidden(onBehalfPhrase({ code: 'notOnBehalf', params: {} }));
      return onBehalfScope(db, staff, row.applicantId);
    },

    /** The application as the person sees it; the staff member's read is recorded. */
    async view(own: ApplicantScope, id: string) {
      const view = await ownView(own, id);
      await readAudit(own, id);
      return view;
    },
  };
}
