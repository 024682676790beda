// `node api/jobs/worker.ts`: works the job queue in a process of its own, beside the API (run the
// API with KUTSE_WORK_JOBS=false to leave all the work here, or run both: pg-boss hands each job to
// one worker, so any number of processes may work one PostgreSQL database). On the embedded PGlite
// only one process can open the data directory: stop the API first.
//
// Environment: as the API (DATABASE_URL or KUTSE_DATA_DIR, SMTP_URL, MAIL_FROM), plus for tests
// KUTSE_JOBS_PACE=fast (short retries and expiry) and KUTSE_TEST_PAUSE_BEFORE_SMTP_MS (prints
// "mail: sending <key>" and waits that long before SMTP, so a test can kill the process there);
// both are ignored in production.
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase } from '../../db/client.ts';
import { isProduction } from '../../db/environment.ts';
import { configFromEnv } from '../config.ts';
import { createLogger } from '../logger.ts';
import { fastPace, productionPace, startJobs } from './run.ts';

const config = configFromEnv();
const logger = createLogger(config.logLevel);
if (!config.mail.smtpUrl) {
  console.error('SMTP_URL is not set: the worker has nothing to send mail with.');
  process.exit(1);
}
const testing = !isProduction(process.env);
const pause = testing ? Number(process.env.KUTSE_TEST_PAUSE_BEFORE_SMTP_MS ?? 0) : 0;
const database = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await database.migrate();
const jobs = await startJobs(database, {
  mail: config.mail,
  work: true,
  pace: testing && process.env.KUTSE_JOBS_PACE === 'fast' ? fastPace : productionPace,
  onError: (error) => logger.error({ err: error }, 'job queue'),
  beforeSmtp: pause
    ? async (row) => {
        console.log(`mail: sending ${row.idempotencyKey}`);
        await sleep(pause);
      }
    : undefined,
});
console.log('Kutse job worker: working the queue');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await jobs.stop();
    await database.close();
    process.exit(0);
  });
}
