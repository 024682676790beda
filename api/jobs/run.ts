// Starts the queue with its job types: what the API process and `node api/jobs/worker.ts` share.
import type { DatabaseHandle } from '../../db/client.ts';
import { type Clock, systemClock } from '../../db/clock.ts';
import type { MailOutboxRow } from '../../db/schema/mail.ts';
import { createMailQueue, type MailQueue } from '../mail/outbox.ts';
import { defaultMailTimings, type MailTimings, prepareMailQueue, startMailWorker } from '../mail/worker.ts';
import { startNoticeSweep } from '../notices/job.ts';
import { defaultTimings, type QueueTimings, startQueue } from './queue.ts';

export type Pace = { queue: QueueTimings; mail: MailTimings };

export const productionPace: Pace = { queue: defaultTimings, mail: defaultMailTimings };

/** Tests' pace: an abandoned job comes back within a few seconds, retries start at one second. */
export const fastPace: Pace = {
  queue: { pollingIntervalSeconds: 0.5, superviseIntervalSeconds: 1 },
  mail: {
    retryLimit: 10,
    retryDelaySeconds: 1,
    retryDelayMaxSeconds: 4,
    expireInSeconds: 4,
    leaseSeconds: 3,
    pollingIntervalSeconds: 0.5,
  },
};

export type JobsOptions = {
  /** Where and as whom e-mail is sent; without `smtpUrl` mail is queued but not worked here. */
  mail: { smtpUrl: string | undefined; from: string };
  /** Work jobs in this process (false: only queue them, a separate worker process sends). */
  work: boolean;
  pace?: Pace;
  onError: (error: Error) => void;
  beforeSmtp?: (row: MailOutboxRow) => Promise<void>;
  /** "Today" for the scheduled register notices (api/notices); tests move it. */
  clock?: Clock;
};

export type Jobs = { mail: MailQueue; stop(): Promise<void> };

/**
 * @example const jobs = await startJobs(database, { mail: { smtpUrl, from }, work: true, onError });
 * await db.transaction((tx) => jobs.mail.queue(tx, request));
 */
export async function startJobs(
  database: DatabaseHandle,
  { mail, work, pace = productionPace, onError, beforeSmtp, clock = systemClock }: JobsOptions,
): Promise<Jobs> {
  const boss = await startQueue(database.jobsConnection, { timings: pace.queue, onError });
  await prepareMailQueue(boss, pace.mail);
  const worker =
    work && mail.smtpUrl
      ? await startMailWorker(boss, database.db, {
          smtpUrl: mail.smtpUrl,
          from: mail.from,
          timings: pace.mail,
          beforeSmtp,
        })
      : undefined;
  const mailQueue = createMailQueue(boss, { from: mail.from });
  if (work) await startNoticeSweep(boss, database.db, { clock, mail: mailQueue, onError });
  return {
    mail: mailQueue,
    async stop() {
      // Graceful: a job in hand finishes (or times out) before the database closes under it.
      await boss.stop({ graceful: true, timeout: 10_000 });
      worker?.close();
    },
  };
}
