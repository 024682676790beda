// The notice sweep as a pg-boss job: scheduled every 15 minutes (pg-boss keeps the schedule in its
// tables, so several processes make one schedule, and each occurrence is one job), plus one run when
// a process starts working the queue, so a restart catches up at once.
import type { PgBoss } from 'pg-boss';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { runNoticeSweep } from './sweep.ts';

export const NOTICE_SWEEP_QUEUE = 'notice-sweep';

/** Every 15 minutes: "on time" for a notice about a day is well within that day. */
export const NOTICE_SWEEP_CRON = '*/15 * * * *';

/**
 * Creates the sweep's queue and schedule, and works it in this process.
 * @example await startNoticeSweep(boss, db, { clock: systemClock, mail });
 */
export async function startNoticeSweep(
  boss: PgBoss,
  db: Database,
  { clock, mail, onError }: { clock: Clock; mail: MailQueue; onError: (error: Error) => void },
) {
  // Stately: at most one sweep waiting and one running. Two at once would still send each notice
  // once (the milestone is unique), but would only repeat each other's queries.
  if (!(await boss.getQueue(NOTICE_SWEEP_QUEUE))) {
    await boss.createQueue(NOTICE_SWEEP_QUEUE, { policy: 'stately' }).catch(() => {});
  }
  await boss.schedule(NOTICE_SWEEP_QUEUE, NOTICE_SWEEP_CRON, null, { tz: 'Europe/Tallinn' });
  await boss.work(NOTICE_SWEEP_QUEUE, async () => {
    await runNoticeSweep(db, clock, mail);
  });
  await boss.send(NOTICE_SWEEP_QUEUE, null).catch(onError);
}
