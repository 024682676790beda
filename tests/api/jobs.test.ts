// The job worker as a process of its own (`node api/jobs/worker.ts`): killed with SIGKILL after it
// took an e-mail and before SMTP, restarted, it sends that e-mail exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastPace, startJobs } from '../../api/jobs/run.ts';
import { type MailServer, startMailServer } from '../../demo/mail/server.ts';
import { admission, createSharedDatabase, type SharedDatabase, waitFor } from './mail.fixtures.ts';

const workerScript = fileURLToPath(new URL('../../api/jobs/worker.ts', import.meta.url));
let shared: SharedDatabase;
let smtp: MailServer;
const children: ChildProcess[] = [];

/** Starts the worker process; `output` collects what it prints. */
function startWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, [workerScript], {
    env: {
      ...process.env,
      ...shared.env,
      SMTP_URL: smtp.smtpUrl,
      MAIL_FROM: 'Kutse <kutse@kutse.example>',
      KUTSE_JOBS_PACE: 'fast',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { child, output: () => output.join('') };
}

async function stopWorker(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

beforeAll(async () => {
  shared = await createSharedDatabase();
  smtp = await startMailServer({ web: false });
}, 300_000);

afterAll(async () => {
  for (const child of children) await stopWorker(child, 'SIGKILL');
  await smtp?.close();
  await shared?.drop();
}, 120_000);

describe('a worker process killed between queueing and sending', () => {
  it('sends the e-mail exactly once after it is restarted', async () => {
    // Queue the e-mail from this process, which then lets go of the database (PGlite: one process at a time).
    const request = admission({ params: { ...admission().params, name: 'Mari Tapetud-Töötaja' } } as never);
    const database = shared.open();
    await database.migrate();
    const queueOnly = await startJobs(database, {
      mail: { smtpUrl: undefined, from: 'Kutse <kutse@kutse.example>' },
      work: false,
      pace: fastPace,
      onError: () => {},
    });
    const { id } = await database.db.transaction((tx) => queueOnly.mail.queue(tx, request));
    await queueOnly.stop();
    await database.close();

    // The first worker takes the job and stops just before SMTP; there it is killed.
    const first = startWorker({ KUTSE_TEST_PAUSE_BEFORE_SMTP_MS: '600000' });
    await waitFor(
      () => first.output().includes(`mail: sending ${request.idempotencyKey}`),
      240_000,
      'the first worker to take the e-mail',
    );
    await stopWorker(first.child, 'SIGKILL');
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(smtp.messages()).toEqual([]);

    // A new worker finds the abandoned job once it expires, and sends it.
    const second = startWorker({});
    const message = await waitFor(
      () => smtp.messages().find((m) => m.text.includes('Mari Tapetud-Töötaja')),
      240_000,
      `the e-mail after the restart (worker said: ${second.output()})`,
    );
    expect(message.messageId).toBe(`<${id}@kutse.example>`);
    // Long enough for any duplicate to arrive at the fast pace (expiry 4 s, retries from 1 s).
    await sleep(8_000);
    expect(smtp.messages().filter((m) => m.text.includes('Mari Tapetud-Töötaja'))).toHaveLength(1);
    await stopWorker(second.child);

    const after = shared.open();
    try {
      const row = await after.db.query.mailOutbox.findFirst({ where: (outbox, { eq }) => eq(outbox.id, id) });
      expect(row).toMatchObject({ state: 'sent', attempts: 2, lastError: null });
    } finally {
      await after.close();
    }
  }, 600_000);
});

// PostgreSQL only (the suite runs on both databases): a PGlite data directory opens in one process.
if (process.env.DATABASE_URL)
  describe('several worker processes on one PostgreSQL database', () => {
    it('send each of twenty e-mails once', async () => {
      const database = shared.open();
      await database.migrate();
      const queueOnly = await startJobs(database, {
        mail: { smtpUrl: undefined, from: 'Kutse <kutse@kutse.example>' },
        work: false,
        pace: fastPace,
        onError: () => {},
      });
      const workers = [startWorker({}), startWorker({})];
      const requests = Array.from({ length: 20 }, (_, n) =>
        admission({ params: { ...admission().params, name: `Mitu Protsessi ${n}` } } as never),
      );
      try {
        for (const request of requests)
          await database.db.transaction((tx) => queueOnly.mail.queue(tx, request));
        const named = () => smtp.messages().filter((m) => m.text.includes('Mitu Protsessi'));
        await waitFor(() => named().length >= 20, 240_000, 'twenty e-mails');
        await sleep(5_000);
        const names = named().map((m) => /Mitu Protsessi \d+/.exec(m.text)?.[0]);
        expect(names).toHaveLength(20);
        expect(new Set(names).size).toBe(20);
      } finally {
        for (const worker of workers) await stopWorker(worker.child);
        await queueOnly.stop();
        await database.close();
      }
    }, 600_000);
  });
