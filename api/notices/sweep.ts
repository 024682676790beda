// The scheduled sweep: finds every certificate whose event is due and not yet told, and tells it
// (queueNotice). Each notice is exactly once by its unique milestone, so two sweeps at once, or
// the next run, find it there and send nothing; a sweep that dies halfway is simply run again.
//
// Which events are told: an event is told within GRACE_DAYS of happening (issued, expired,
// revoked, replaced). Certificates that were already history when the registry started telling
// (the seeded and migrated ones: issued years ago, expired months ago) get no e-mail out of the
// blue on the first run; a holder is told of what just happened, and of what is about to.
// The expiry warnings are told while they are true: `expiring-6m` with one to six months left,
// `expiring-1m` with less than a month left; a certificate first seen with three weeks left gets
// only the one-month warning, not a six-month one that would be wrong.
import { and, between, eq, gte, inArray, lt, lte, notExists, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { addMonthsToDay, tallinnDay } from '../../contract/calendar.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { certificates, notices } from '../../db/schema/index.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { type Milestone, type NoticeEvent, queueNotice } from './queue.ts';

/** How long after an event its notice is still sent. */
export const GRACE_DAYS = 30;

/** Certificates looked at per query; the sweep asks again while a batch comes back full. */
const BATCH = 500;

type Due = { milestone: Milestone; kind: NoticeEvent; where: SQL };

const replacement = alias(certificates, 'replacement');

/** What is due on `today` (a Tallinn day), given the start of the grace period. */
function dueEvents(db: Database, today: string, graceDay: string, graceInstant: Date): Due[] {
  return [
    { milestone: 'issued', kind: 'issued', where: between(certificates.issuedOn, graceDay, today) },
    {
      milestone: 'expiring-6m',
      kind: 'expiring',
      where: and(
        eq(certificates.status, 'valid'),
        sql`${certificates.validUntil} > ${addMonthsToDay(today, 1)}`,
        lte(certificates.validUntil, addMonthsToDay(today, 6)),
      ) as SQL,
    },
    {
      milestone: 'expiring-1m',
      kind: 'expiring',
      where: and(
        eq(certificates.status, 'valid'),
        between(certificates.validUntil, today, addMonthsToDay(today, 1)),
      ) as SQL,
    },
    {
      milestone: 'expired',
      kind: 'expired',
      // The stored status is brought up to date before this is asked (expireDue).
      where: and(
        eq(certificates.status, 'expired'),
        lt(certificates.validUntil, today),
        gte(certificates.validUntil, graceDay),
      ) as SQL,
    },
    {
      milestone: 'revoked',
      kind: 'revoked',
      where: and(eq(certificates.status, 'revoked'), gte(certificates.revokedAt, graceInstant)) as SQL,
    },
    {
      milestone: 'replaced',
      kind: 'replaced',
      // Told when the new certificate is issued.
      where: inArray(
        certificates.replacedById,
        db.select({ id: replacement.id }).from(replacement).where(gte(replacement.issuedOn, graceDay)),
      ),
    },
  ];
}

/**
 * Stores `expired` on every certificate still `valid` past its last day: reads derive it anyway
 * (effectiveStatus), but the register's filters and the notices read the stored value.
 */
async function expireDue(db: Database, today: string) {
  await db
    .update(certificates)
    .set({ status: 'expired' })
    .where(and(eq(certificates.status, 'valid'), lt(certificates.validUntil, today)));
}

/**
 * One sweep at the clock's now: stores expired statuses, then records and mails every notice due.
 * Answers what this sweep itself told (a concurrent sweep's notices are not in it).
 * @example await runNoticeSweep(db, clock, jobs.mail)
 */
export async function runNoticeSweep(
  db: Database,
  clock: Clock,
  mail?: MailQueue,
): Promise<{ certificateId: string; milestone: Milestone }[]> {
  const now = clock.now();
  const today = tallinnDay(now);
  const graceInstant = new Date(now.getTime() - GRACE_DAYS * 86_400_000);
  const graceDay = tallinnDay(graceInstant);
  await expireDue(db, today);
  const told: { certificateId: string; milestone: Milestone }[] = [];
  for (const { milestone, kind, where } of dueEvents(db, today, graceDay, graceInstant)) {
    for (;;) {
      const due = await db
        .select({ id: certificates.id })
        .from(certificates)
        .where(
          and(
            where,
            notExists(
              db
                .select({ one: sql`1` })
                .from(notices)
                .where(and(eq(notices.certificateId, certificates.id), eq(notices.milestone, milestone))),
            ),
          ),
        )
        .orderBy(certificates.id)
        .limit(BATCH);
      let progress = false;
      for (const { id } of due) {
        const { created } = await db.transaction((tx) =>
          queueNotice(tx, { certificateId: id, milestone, kind, now, mail }),
        );
        // Not created: another sweep told it between our query and our insert; it is done all the same.
        if (created) told.push({ certificateId: id, milestone });
        progress = true;
      }
      if (due.length < BATCH || !progress) break;
    }
  }
  return told;
}
