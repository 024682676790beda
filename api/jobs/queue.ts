// The durable job queue: pg-boss in the product's own database (its tables in the `pgboss` schema),
// over whatever db/client.ts opened. Jobs are rows, so a job sent inside a transaction exists only
// if that transaction commits, and a job whose worker died is picked up again after it expires.
import { sql } from 'drizzle-orm';
import { type DrizzleTransactionLike, fromDrizzle, PgBoss } from 'pg-boss';
import type { JobsConnection, Transaction } from '../../db/client.ts';

/** How often the queue looks for work and for jobs whose worker stopped answering. */
export type QueueTimings = {
  /** How long an idle worker waits before asking for work again. pg-boss's floor is 0.5. */
  pollingIntervalSeconds: number;
  /** How often expired (abandoned) jobs are put back for a retry; pg-boss's floor is 1. */
  superviseIntervalSeconds: number;
};

/** Production pace: a mail waits at most a couple of seconds, an abandoned one about a minute more. */
export const defaultTimings: QueueTimings = { pollingIntervalSeconds: 2, superviseIntervalSeconds: 30 };

/**
 * Starts pg-boss on the database (creating or migrating its schema under pg-boss's own advisory
 * lock, so several processes may start at once).
 * @example const boss = await startQueue(database.jobsConnection, { onError: (e) => logger.error(e) });
 */
export async function startQueue(
  connection: JobsConnection,
  { timings = defaultTimings, onError }: { timings?: QueueTimings; onError: (error: Error) => void },
): Promise<PgBoss> {
  const boss = new PgBoss({
    ...connection,
    schema: 'pgboss',
    superviseIntervalSeconds: timings.superviseIntervalSeconds,
    monitorIntervalSeconds: timings.superviseIntervalSeconds,
  });
  boss.on('error', onError);
  await boss.start();
  return boss;
}

/**
 * What `boss.send` needs to write the job through the caller's transaction: the job then exists
 * if and only if the transaction commits (works on postgres.js and PGlite alike, through drizzle).
 * @example await boss.send(queue, data, { db: inTransaction(tx) });
 */
export const inTransaction = (tx: Transaction) =>
  // drizzle's `execute` is typed per driver; the adapter reads either result shape ({ rows } or rows).
  fromDrizzle(tx as unknown as DrizzleTransactionLike, sql);
