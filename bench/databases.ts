// The databases the bench runs against, each migrated and seeded from scratch so that a run never
// depends on (or disturbs) a developer's data. Each comes with a raw query function over the same
// connection settings, for the raw server to compare against.
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import { systemClock } from '../db/clock.ts';
import { seed } from '../db/seed/index.ts';

/** Runs one SQL statement with positional parameters and resolves to its rows. */
export type RawQuery = (text: string, params: unknown[]) => Promise<unknown[]>;

export type BenchDatabase = {
  label: string;
  handle: DatabaseHandle;
  raw: RawQuery;
  /** Connections per side (the app's pool and the raw pool are the same size); 1 for PGlite. */
  poolSize: number;
  /** The database's own URL on a PostgreSQL server, for another process to connect; none on PGlite. */
  url?: string;
  /** Closes every connection and removes what the bench created. Safe to call twice. */
  dispose(): Promise<void>;
};

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Same as openDatabase's default pool, so the app side is measured as it is deployed. */
const POOL_SIZE = 10;

// "demo" windows relative to now: the qualification's application kinds are open and its exam
// sessions lie ahead, so the query returns the same full page the widget shows.
const seedNow = (handle: DatabaseHandle) => seed(handle.db, { clock: systemClock, windows: 'demo' });

/** An in-memory PGlite; app and raw server share the one instance (PGlite is a single session). */
export async function openPgliteBench(): Promise<BenchDatabase> {
  const handle = openDatabase({ dataDir: 'memory://' });
  await handle.migrate();
  await seedNow(handle);
  // drizzle exposes the client it wraps as `$client` (not part of the app's Database type).
  const pglite = (handle.db as unknown as { $client: PGlite }).$client;
  let closed = false;
  return {
    label: 'PGlite (in-process, memory://)',
    handle,
    raw: async (text, params) => (await pglite.query(text, params)).rows,
    poolSize: 1,
    async dispose() {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
}

/** The PostgreSQL server to use: DATABASE_URL if set, else the local default if it answers. */
export async function findPostgres(): Promise<{ url: string; explicit: boolean } | undefined> {
  const explicit = process.env.DATABASE_URL;
  if (explicit) return { url: explicit, explicit: true };
  const probe = postgres(DEFAULT_POSTGRES_URL, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await probe`select 1`;
    return { url: DEFAULT_POSTGRES_URL, explicit: false };
  } catch {
    return undefined;
  } finally {
    await probe.end({ timeout: 1 });
  }
}

/** Databases created by this process and not yet dropped, for the interrupt handler. */
const pendingDrops = new Set<() => Promise<void>>();

/** Drops whatever the bench created; for SIGINT/SIGTERM, where no `finally` runs. */
export async function disposeAll(): Promise<void> {
  await Promise.allSettled([...pendingDrops].map((drop) => drop()));
}

/** A fresh database `kutse_bench_<random>` on the server of `serverUrl`, migrated and seeded. */
export async function openPostgresBench(serverUrl: string): Promise<BenchDatabase> {
  const name = `kutse_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch (error) {
    await admin.end({ timeout: 1 });
    throw error;
  }

  let handle: DatabaseHandle | undefined;
  let rawClient: postgres.Sql | undefined;
  let disposed: Promise<void> | undefined;
  const dispose = () => {
    disposed ??= (async () => {
      pendingDrops.delete(dispose);
      await Promise.allSettled([handle?.close(), rawClient?.end({ timeout: 5 })]);
      try {
        // FORCE: a connection left open by a crash must not keep the database alive.
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    })();
    return disposed;
  };
  pendingDrops.add(dispose);

  try {
    handle = openDatabase({ url: url.href, maxConnections: POOL_SIZE });
    await handle.migrate();
    await seedNow(handle);
    // Its own pool of the same size: the raw side gets exactly the connections the app has.
    rawClient = postgres(url.href, { max: POOL_SIZE, onnotice: () => {} });
    const sql = rawClient;
    return {
      label: `PostgreSQL (${url.host}, pool ${POOL_SIZE})`,
      handle,
      // A prepared statement, as the API's catalogue query is (drizzle's `.prepare(name)` on postgres.js).
      raw: (text, params) => sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true }),
      poolSize: POOL_SIZE,
      url: url.href,
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
