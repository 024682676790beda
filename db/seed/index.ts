// Seeds the registry: ETEL (seed 003), a fictional second body, people, staff, certificates,
// exam sessions and VAT rates. Everything is placed relative to the injected clock.
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../client.ts';
import type { Clock } from '../clock.ts';
import {
  awardingBodies,
  bodyStaff,
  certificates,
  committeeMembers,
  examSessions,
  registryAdmins,
} from '../schema/index.ts';
import { seedApplications } from './applications.ts';
import { insertBody, type KindSpec } from './catalogue-builder.ts';
import { addDays, addMonths, examMorning, isoDay } from './dates.ts';
import { etel, PAGE_WINDOW } from './etel.ts';
import { fictionalBody } from './fictional-body.ts';
import { seedPeople } from './people.ts';
import { seedVat } from './vat.ts';

export type SeedOptions = {
  clock: Clock;
  /**
   * `page`: the windows of seed 003 (30.04.–30.06.2024), for tests with a fixed clock.
   * `demo`: the same qualifications opened for the coming months (demo values).
   */
  windows: 'page' | 'demo';
  /** Website origins of the demo sites, registered for ETEL and the fictional body. */
  etelOrigins?: string[];
  fictionalOrigins?: string[];
};

/** Seeds an empty database in one transaction; returns false (and changes nothing) if already seeded. */
export async function seed(db: Database, options: SeedOptions): Promise<boolean> {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: awardingBodies.id })
      .from(awardingBodies)
      .where(eq(awardingBodies.slug, 'etel'));
    if (existing.length) return false;
    await seedAll(tx, options);
    return true;
  });
}

async function seedAll(
  tx: Transaction,
  { clock, windows, etelOrigins = [], fictionalOrigins = [] }: SeedOptions,
) {
  const now = clock.now();
  const window: KindSpec['window'] =
    windows === 'page'
      ? PAGE_WINDOW
      : { openFrom: addDays(now, -30), openUntil: addMonths(now, 6), demoValues: true };
  await seedVat(tx);
  const people = await seedPeople(tx);
  const etelIds = await insertBody(tx, etel({ window, origins: etelOrigins }));
  const cooksIds = await insertBody(tx, fictionalBody({ window, origins: fictionalOrigins }));

  await tx.insert(bodyStaff).values([
    { bodyId: etelIds.bodyId, personId: people.etelManager, role: 'manager' },
    { bodyId: etelIds.bodyId, personId: people.etelProcessor, role: 'processor' },
    { bodyId: etelIds.bodyId, personId: people.etelAssessor, role: 'assessor' },
    { bodyId: cooksIds.bodyId, personId: people.cooksManager, role: 'manager' },
  ]);
  await tx
    .insert(committeeMembers)
    .values({ bodyId: etelIds.bodyId, personId: people.committeeChair, chair: true });
  await tx.insert(registryAdmins).values({ personId: people.registryAdmin, grantedAt: now });

  // Exam calendar: demo values, in the weeks after "today".
  const sessions = [
    { slug: 'turvatootaja-3', weeks: 3, place: 'Tallinn', capacity: 20 },
    { slug: 'turvatootaja-3', weeks: 9, place: 'Tartu', capacity: 16 },
    { slug: 'turvajuht-5', weeks: 4, place: 'Tallinn', capacity: 12 },
    { slug: 'turvajuht-5', weeks: 10, place: 'Tallinn', capacity: 12 },
    { slug: 'turvajuht-5', weeks: 16, place: 'Jõhvi', capacity: 8 },
  ];
  await tx.insert(examSessions).values([
    ...sessions.map((s) => {
      const startsAt = examMorning(addDays(now, s.weeks * 7));
      return {
        bodyId: etelIds.bodyId,
        qualificationId: etelIds.qualificationIds[s.slug] as number,
        startsAt,
        place: s.place,
        capacity: s.capacity,
        registrationDeadline: addDays(startsAt, -7),
        demoValues: true,
      };
    }),
    {
      bodyId: cooksIds.bodyId,
      qualificationId: cooksIds.qualificationIds['kokk-4'] as number,
      startsAt: examMorning(addDays(now, 35)),
      place: 'Pärnu',
      capacity: 10,
      registrationDeadline: examMorning(addDays(now, 28)),
      demoValues: true,
    },
  ]);

  const q = etelIds.qualificationIds as Record<string, number>;
  const certificate = (
    number: string,
    holderId: string,
    qualification: string,
    issued: Date,
    validUntil: Date | null,
  ) => ({
    number,
    holderId,
    bodyId: etelIds.bodyId,
    qualificationId: q[qualification] as number,
    issuedOn: isoDay(issued),
    validUntil: validUntil && isoDay(validUntil),
    status: validUntil && validUntil < now ? ('expired' as const) : ('valid' as const),
    public: true,
  });
  const twoMonthsAgo = addMonths(now, -2);
  const threeYearsAgo = addMonths(now, -36);
  await tx
    .insert(certificates)
    .values([
      certificate('ETEL-T3-0001', people.securityOfficer, 'turvatootaja-3', new Date('2019-05-20'), null),
      certificate(
        'ETEL-J5-0002',
        people.recentlyExpiredManager,
        'turvajuht-5',
        addMonths(twoMonthsAgo, -60),
        twoMonthsAgo,
      ),
      certificate(
        'ETEL-J5-0003',
        people.longExpiredManager,
        'turvajuht-5',
        addMonths(threeYearsAgo, -60),
        threeYearsAgo,
      ),
      certificate(
        'ETEL-TII-0004',
        people.oldQualificationHolder,
        'turvatootaja-ii',
        new Date('2010-10-15'),
        null,
      ),
    ]);
  await seedApplications(tx, { now, etel: etelIds, cooks: cooksIds, people });
}
