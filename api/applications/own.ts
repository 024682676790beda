// An applicant's own applications at one awarding body: every query here is narrowed to the
// signed-in person, so a handler of the applicant's routes cannot read anyone else's.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import {
  applicantSnapshot,
  applicationKinds,
  applications,
  applicationTransitions,
  persons,
  qualifications,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import { windowStatus } from '../catalogue/service.ts';
import type { Language } from '../http/env.ts';
import { notFound, ProblemError } from '../http/problem.ts';
import { applicationHistory } from './history.ts';

export type OwnScope = ReturnType<typeof ownApplications>;

const summaryColumns = {
  id: applications.id,
  state: applications.state,
  createdAt: applications.createdAt,
  updatedAt: applications.updatedAt,
  submittedAt: applications.submittedAt,
  qualification: qualifications.slug,
  qualificationNameEt: qualifications.nameEt,
  qualificationNameEn: qualifications.nameEn,
  kindSlug: applicationKinds.slug,
  kind: applicationKinds.kind,
  kindTitleEt: applicationKinds.titleEt,
  kindTitleEn: applicationKinds.titleEn,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]['_']['data'] | null };

const summary = (row: SummaryRow, language: Language) => {
  const pick = (et: string | null, en: string | null) => (language === 'et' ? et : en) ?? '';
  return {
    id: row.id as string,
    state: row.state as string,
    qualification: {
      slug: row.qualification as string,
      name: pick(row.qualificationNameEt, row.qualificationNameEn),
    },
    kind: {
      slug: row.kindSlug as string,
      kind: row.kind as string,
      title: pick(row.kindTitleEt, row.kindTitleEn),
    },
    createdAt: (row.createdAt as Date).toISOString(),
    updatedAt: (row.updatedAt as Date).toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
};

export function ownApplications(
  db: Database,
  {
    personId,
    body,
    now,
    requestId,
  }: { personId: string; body: { id: number; slug: string }; now: Date; requestId?: string },
) {
  const mine = and(eq(applications.applicantId, personId), eq(applications.bodyId, body.id));
  const rows = () =>
    db
      .select(summaryColumns)
      .from(applications)
      .innerJoin(applicationKinds, eq(applicationKinds.id, applications.applicationKindId))
      .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId));

  return {
    async list(language: Language) {
      return (await rows().where(mine).orderBy(desc(applications.createdAt))).map((r) =>
        summary(r, language),
      );
    },

    async get(id: string, language: Language) {
      const [row] = await rows().where(and(mine, eq(applications.id, id)));
      if (!row) throw notFound(`Application ${id}`);
      return { ...summary(row, language), history: await applicationHistory(db, id) };
    },

    /**
     * The person's draft for a kind of this body's qualification: resumed if there is one, else
     * started — only while the kind takes applications. `created` says which.
     */
    async startDraft(q: { qualification: string; kind: string }, language: Language) {
      const [kind] = await db
        .select({
          id: applicationKinds.id,
          openFrom: applicationKinds.openFrom,
          openUntil: applicationKinds.openUntil,
        })
        .from(applicationKinds)
        .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId))
        .where(
          and(
            eq(qualifications.bodyId, body.id),
            eq(qualifications.slug, q.qualification),
            eq(applicationKinds.slug, q.kind),
          ),
        );
      if (!kind)
        throw new ProblemError(422, 'Unprocessable Content', {
          errors: [
            {
              in: 'body',
              field: 'kind',
              pointer: '/kind',
              detail: `${body.slug} has no such kind of application for ${q.qualification}`,
            },
          ],
        });
      const status = windowStatus(kind.openFrom, kind.openUntil, now);
      if (status !== 'open')
        throw new ProblemError(422, 'Unprocessable Content', {
          detail:
            status === 'closed'
              ? 'Applications of this kind are closed.'
              : 'Applications of this kind have not opened yet.',
          errors: [
            {
              in: 'body',
              field: 'kind',
              pointer: '/kind',
              detail: status === 'closed' ? 'is closed' : 'is not open yet',
            },
          ],
        });
      const created = await db.transaction(async (tx) => {
        const [person] = await tx.select().from(persons).where(eq(persons.id, personId));
        if (!person) throw notFound('The signed-in person');
        const [row] = await tx
          .insert(applications)
          .values({
            bodyId: body.id,
            applicationKindId: kind.id,
            applicantId: personId,
            submittedById: personId,
            applicant: applicantSnapshot(person),
            createdAt: now,
            updatedAt: now,
          })
          // The partial unique index (one draft per person and kind) makes a second click a no-op.
          .onConflictDoNothing({
            target: [applications.applicantId, applications.applicationKindId],
            where: sql`state = 'draft'`,
          })
          .returning({ id: applications.id });
        if (!row) return undefined;
        await tx
          .insert(applicationTransitions)
          .values({ applicationId: row.id, fromState: null, toState: 'draft', actorId: personId, at: now });
        await recordAudit(tx, now, {
          actorId: personId,
          actorRole: 'applicant',
          bodyId: body.id,
          action: 'application.create',
          subjectId: personId,
          entity: 'application',
          entityId: row.id,
          requestId,
        });
        return row.id;
      });
      const id =
        created ??
        (
          await db
            .select({ id: applications.id })
            .from(applications)
            .where(and(mine, eq(applications.applicationKindId, kind.id), eq(applications.state, 'draft')))
        )[0]?.id;
      if (!id) throw new Error('draft neither created nor found');
      return { created: created !== undefined, application: await this.get(id, language) };
    },
  };
}
