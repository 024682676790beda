// A few applications already in the registry, so that staff, committee and partner views (and the
// tenant boundary between the two bodies) have something to show from the first start.
import { and, eq } from 'drizzle-orm';
import type { ApplicationState } from '../../contract/application-states.ts';
import type { Transaction } from '../client.ts';
import {
  applicantSnapshot,
  applicationKinds,
  applications,
  applicationTransitions,
  mandateQualifications,
  mandates,
  messages,
  persons,
} from '../schema/index.ts';
import { nextPaymentReference } from '../sequences.ts';
import { addDays, addMonths, isoDay } from './dates.ts';

type BodyIds = { bodyId: number; qualificationIds: Record<string, number> };

type SeededApplication = {
  body: BodyIds;
  qualification: string;
  kind: string;
  applicantId: string;
  state: 'submitted' | 'assessed';
  daysAgo: number;
  mandate?: { id: number; submittedById: string };
};

/** The partner's mandate at ETEL (Turvatöötaja, tase 3 only, a year either side of today) and the applications. */
export async function seedApplications(
  tx: Transaction,
  { now, etel, cooks, people }: { now: Date; etel: BodyIds; cooks: BodyIds; people: Record<string, string> },
) {
  const [mandate] = await tx
    .insert(mandates)
    .values({
      bodyId: etel.bodyId,
      personId: people.etelPartner as string,
      organisationName: 'Valvekaitse OÜ (väljamõeldud)',
      kind: 'partner',
      validFrom: isoDay(addMonths(now, -12)),
      validUntil: isoDay(addMonths(now, 12)),
    })
    .returning({ id: mandates.id });
  const partner = { id: mandate?.id as number, submittedById: people.etelPartner as string };
  await tx
    .insert(mandateQualifications)
    .values({ mandateId: partner.id, qualificationId: etel.qualificationIds['turvatootaja-3'] as number });

  const seeded: SeededApplication[] = [
    {
      body: etel,
      qualification: 'turvajuht-5',
      kind: 'first',
      applicantId: people.applicant as string,
      state: 'submitted',
      daysAgo: 3,
    },
    {
      body: etel,
      qualification: 'turvatootaja-3',
      kind: 'first',
      applicantId: people.longExpiredManager as string,
      state: 'submitted',
      daysAgo: 5,
      mandate: partner,
    },
    {
      body: etel,
      qualification: 'turvajuht-5',
      kind: 'recertification',
      applicantId: people.recentlyExpiredManager as string,
      state: 'assessed',
      daysAgo: 20,
    },
    {
      body: cooks,
      qualification: 'kokk-4',
      kind: 'first',
      applicantId: people.oldQualificationHolder as string,
      state: 'submitted',
      daysAgo: 2,
    },
  ];
  const ids: string[] = [];
  for (const a of seeded) ids.push(await insertApplication(tx, now, a));
  // The body has written to Mari about her application: the status tracker shows it unread.
  await tx.insert(messages).values({
    applicationId: ids[0] as string,
    authorId: people.etelProcessor as string,
    fromBody: true,
    body: 'Tere! Saime teie taotluse kätte. Eksamiaja kinnitame pärast tasu laekumist.',
    sentAt: addDays(now, -2),
  });
  return { mandateId: partner.id };
}

async function insertApplication(tx: Transaction, now: Date, a: SeededApplication) {
  const [kind] = await tx
    .select({ id: applicationKinds.id })
    .from(applicationKinds)
    .where(
      and(
        eq(applicationKinds.qualificationId, a.body.qualificationIds[a.qualification] as number),
        eq(applicationKinds.slug, a.kind),
      ),
    );
  const [person] = await tx.select().from(persons).where(eq(persons.id, a.applicantId));
  if (!kind || !person) throw new Error(`seed: no kind ${a.kind} of ${a.qualification}, or no applicant`);
  const submittedAt = addDays(now, -a.daysAgo);
  const [row] = await tx
    .insert(applications)
    .values({
      bodyId: a.body.bodyId,
      applicationKindId: kind.id,
      applicantId: a.applicantId,
      submittedById: a.mandate?.submittedById ?? a.applicantId,
      channel: a.mandate ? 'partner' : 'self',
      mandateId: a.mandate?.id ?? null,
      state: a.state,
      applicant: applicantSnapshot(person),
      createdAt: submittedAt,
      updatedAt: submittedAt,
      submittedAt,
      paymentReference: await nextPaymentReference(tx),
    })
    .returning({ id: applications.id });
  // The states it went through; an assessed one went the whole way (docs/glossary.md).
  const path: ApplicationState[] = [
    'draft',
    'submitted',
    ...(a.state === 'assessed' ? (['admitted', 'exam_booked', 'assessed'] as const) : []),
  ];
  await tx.insert(applicationTransitions).values(
    path.map((to, i) => ({
      applicationId: row?.id as string,
      fromState: i === 0 ? null : (path[i - 1] ?? null),
      toState: to,
      actorId: a.mandate?.submittedById ?? a.applicantId,
      at: addDays(submittedAt, i === 0 ? 0 : i - 1),
    })),
  );
  return row?.id as string;
}
