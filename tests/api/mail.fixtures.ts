// What the mail and job tests share: a request to queue, a wait, and a database that a child
// process can open too (a PGlite data directory on disk, or a PostgreSQL database of its own).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import type { MailRequest } from '../../api/mail/outbox.ts';
import { type DatabaseHandle, openDatabase } from '../../db/client.ts';

/** An admission e-mail to one applicant, keyed so that each call is a new event. */
export const admission = (overrides: Partial<MailRequest> = {}): MailRequest =>
  ({
    to: 'mari.maasikas@example.ee',
    language: 'et',
    template: 'admitted',
    params: {
      name: 'Mari Maasikas',
      qualification: 'Turvajuht, tase 5',
      session: '2024-06-20 10:00',
      place: 'Tallinn, Pärnu mnt 10',
      link: 'http://localhost:5174/taotlus',
    },
    idempotencyKey: `admitted:${randomBytes(6).toString('hex')}`,
    ...overrides,
  }) as MailRequest;

/** Polls until `check` answers something truthy, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs: number,
  what: string,
): Promise<Exclude<T, undefined | null | false>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const answer = await check();
    if (answer) return answer as Exclude<T, undefined | null | false>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** A database another process can open: what to put in its environment, and how to open it here. */
export type SharedDatabase = {
  env: Record<string, string>;
  open(): DatabaseHandle;
  drop(): Promise<void>;
};

export async function createSharedDatabase(): Promise<SharedDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'kutse-jobs-'));
    return {
      env: { KUTSE_DATA_DIR: dataDir },
      open: () => openDatabase({ dataDir }),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `kutse_jobs_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ url: url.toString(), maxConnections: 3 }),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
