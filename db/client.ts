// Opens the database: embedded PGlite by default, PostgreSQL through postgres.js when a URL is given.
// Nothing outside this file knows which one it got.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { fromPglite } from 'pg-boss';
import postgres from 'postgres';
import { preparingAll } from './prepare-all.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle: services take `Database | Transaction` so that callers can compose them. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseHandle = {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Applies the committed migrations (idempotent; safe when several processes start at once). */
  migrate(): Promise<void>;
  /** True when a trivial query answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /**
   * How the job queue (pg-boss, api/jobs/) reaches this database: on PostgreSQL its own small pool
   * from the URL (so several processes can work one queue), on PGlite the one in-process session.
   */
  jobsConnection: JobsConnection;
};

/** The subset of pg-boss's constructor options that names the database. */
export type JobsConnection =
  | { backend: 'postgres'; connectionString: string; max: number }
  | { backend: 'pglite'; db: ReturnType<typeof fromPglite> };

export type DatabaseOptions = {
  /** A PostgreSQL connection string; without it the embedded PGlite is used. */
  url?: string;
  /** PGlite's data directory, or `memory://` for a throw-away database. */
  dataDir?: string;
  /** postgres.js pool size. */
  maxConnections?: number;
};

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
// Any fixed number: every process that migrates takes the same advisory lock first.
const MIGRATION_LOCK = 4_242_001;

/**
 * @example
 * const { db, migrate } = openDatabase({ url: process.env.DATABASE_URL, dataDir: './data/kutse' });
 * await migrate();
 */
export function openDatabase({
  url,
  dataDir = './data/kutse',
  maxConnections = 10,
}: DatabaseOptions = {}): DatabaseHandle {
  return url ? openPostgres(url, maxConnections) : openPglite(dataDir);
}

function openPostgres(url: string, max: number): DatabaseHandle {
  // `onnotice` silenced: migrations' "already exists, skipping" notices are not news.
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres(preparingAll(client), { schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    driver: 'postgres',
    async migrate() {
      // One dedicated connection holds the advisory lock for the whole migration run.
      const single = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK})`;
        await migratePostgres(drizzlePostgres(single, { schema, casing: 'snake_case' }), {
          migrationsFolder,
        });
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    ping: () => pingWith(db),
    close: () => client.end({ timeout: 5 }),
    jobsConnection: { backend: 'postgres', connectionString: url, max: 3 },
  };
}

function openPglite(dataDir: string): DatabaseHandle {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the console's name search uses a trigram index (migration 0012), on PostgreSQL too.
  const client = new PGlite(dataDir, { extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    // PGlite is one in-process session: no other process can migrate it at the same time.
    migrate: () =>
      migratePglite(drizzlePglite(client, { schema, casing: 'snake_case' }), { migrationsFolder }),
    ping: () => pingWith(db),
    close: () => client.close(),
    jobsConnection: { backend: 'pglite', db: fromPglite(client) },
  };
}

async function pingWith(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
