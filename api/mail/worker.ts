// The mail queue's settings and its worker: takes `sendMail` jobs and delivers them over SMTP.
import nodemailer from 'nodemailer';
import type { PgBoss } from 'pg-boss';
import type { Database } from '../../db/client.ts';
import type { MailOutboxRow } from '../../db/schema/mail.ts';
import { deliverMail } from './deliver.ts';
import { MAIL_QUEUE, type SendMailJob } from './outbox.ts';

/** Retry and expiry of mail jobs. */
export type MailTimings = {
  /** Tries after the first; with backoff 1, 2, 4, 8 … × `retryDelaySeconds`, at most `retryDelayMaxSeconds`. */
  retryLimit: number;
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
  /** A job active this long is taken to be abandoned (its worker died) and retried. */
  expireInSeconds: number;
  /** How long one attempt holds the outbox row; below `expireInSeconds`. */
  leaseSeconds: number;
  pollingIntervalSeconds: number;
};

/** About a day of retries (the backoff reaches the hour after a dozen tries). */
export const defaultMailTimings: MailTimings = {
  retryLimit: 20,
  retryDelaySeconds: 10,
  retryDelayMaxSeconds: 3600,
  expireInSeconds: 180,
  leaseSeconds: 120,
  pollingIntervalSeconds: 2,
};

/** Creates the mail queue, or brings its settings up to date; safe from several processes. */
export async function prepareMailQueue(boss: PgBoss, timings: MailTimings = defaultMailTimings) {
  const options = {
    retryLimit: timings.retryLimit,
    retryDelay: timings.retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: timings.retryDelayMaxSeconds,
    expireInSeconds: timings.expireInSeconds,
  };
  if (await boss.getQueue(MAIL_QUEUE)) await boss.updateQueue(MAIL_QUEUE, options);
  else await boss.createQueue(MAIL_QUEUE, options).catch(() => boss.updateQueue(MAIL_QUEUE, options));
}

/** An SMTP transport with timeouts that end well inside one attempt's lease. */
export const smtpTransport = (smtpUrl: string) =>
  nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);

export type MailWorkerOptions = {
  smtpUrl: string;
  from: string;
  timings?: MailTimings;
  beforeSmtp?: (row: MailOutboxRow) => Promise<void>;
};

/**
 * Works the mail queue in this process (the API's, or `node api/jobs/worker.ts`).
 * @example await startMailWorker(boss, db, { smtpUrl: 'smtp://127.0.0.1:1025', from: 'Kutse <kutse@localhost>' });
 */
export async function startMailWorker(
  boss: PgBoss,
  db: Database,
  { smtpUrl, from, timings = defaultMailTimings, beforeSmtp }: MailWorkerOptions,
) {
  const transport = smtpTransport(smtpUrl);
  await boss.work<SendMailJob>(
    MAIL_QUEUE,
    { pollingIntervalSeconds: timings.pollingIntervalSeconds, localConcurrency: 2 },
    async ([job]) => {
      if (!job) return;
      await deliverMail(db, transport, job.data.idempotencyKey, {
        from,
        leaseSeconds: timings.leaseSeconds,
        lastTry: job.retryCount >= timings.retryLimit,
        beforeSmtp,
      });
    },
  );
  return { close: () => transport.close() };
}
