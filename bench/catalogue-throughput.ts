// Throughput of the catalogue's hot path — the request every embedded widget makes — through the
// whole API, beside a raw node:http server running the very same SQL: the ratio says how much of
// the achievable throughput the framework, middleware and response shaping leave on the table.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fillPlaceholders } from 'drizzle-orm';
import { qualificationDetailQuery, qualificationDetailValues } from '../api/catalogue/qualification-query.ts';
import { systemClock } from '../db/clock.ts';
import { startApiServer } from './api-server.ts';
import type { ServerJob, ServerReply } from './catalogue-server-process.ts';
import type { BenchDatabase } from './databases.ts';
import type { LoadJob, LoadReply, LoadResult } from './load-generator.ts';
import { type RunningServer, startRawCatalogueServer } from './raw-catalogue-server.ts';

export const CATALOGUE_PATH = '/bodies/etel/qualifications/turvajuht-5';

export type LoadPlan = {
  connections: number;
  /** Untimed load per server first: JIT, connection pools, PostgreSQL's caches. */
  warmupSeconds: number;
  /** Timed seconds per server per round. */
  roundSeconds: number;
  /** Rounds alternate the order (hono, raw), (raw, hono), … so neither side always goes first. */
  rounds: number;
};

export type ServerStats = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  responses: number;
  bytesPerResponse: number;
  failures: number;
  /**
   * CPU time of the server's process (its event loop and its database client) per response, in
   * µs. Throughput on a shared machine moves with whatever else runs; the CPU a request costs
   * moves much less, so it shows where a change helped even when the rates are noisy.
   */
  cpuMicrosPerRequest: number;
};

export type CatalogueResult = {
  database: string;
  poolSize: number;
  hono: ServerStats;
  raw: ServerStats;
  /** hono/raw of each round's pair: its spread shows how much the machine's noise moves the ratio. */
  roundRatios: number[];
};

/**
 * The load generator runs in a child process, not in this one: on a 2-core machine it still
 * competes with the server (and PostgreSQL) for CPU, but it no longer shares the server's event
 * loop, so its own work does not land inside the server's latencies. A worker_thread would do that
 * too; a process also keeps it out of the server's libuv pool and out of a `--cpu-prof` profile.
 */
export class LoadGenerator {
  private readonly child = fork(fileURLToPath(new URL('./load-generator.ts', import.meta.url)), {
    // Not the parent's flags: a `--cpu-prof` of the bench should profile the server only.
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  private readonly waiting = new Map<number, (reply: LoadReply) => void>();
  private nextId = 1;

  constructor() {
    this.child.on('message', (reply: LoadReply) => this.waiting.get(reply.id)?.(reply));
    this.child.on('exit', (code) => {
      for (const settle of this.waiting.values()) settle({ id: 0, error: `load generator exited (${code})` });
    });
  }

  run(job: Omit<LoadJob, 'id'>): Promise<LoadResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (reply) => {
        this.waiting.delete(id);
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply.result);
      });
      this.child.send({ id, ...job } satisfies LoadJob);
    });
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

/** Runs the load plan against the API and the raw server, both over `database`. */
export async function measureCatalogue(
  database: BenchDatabase,
  load: LoadGenerator,
  plan: LoadPlan,
): Promise<CatalogueResult> {
  const { db } = database.handle;
  // The statement the route runs for this page today with its default of 5 sessions, built once.
  const query = qualificationDetailQuery(db).toSQL();
  const values = qualificationDetailValues({
    body: 'etel',
    qualification: 'turvajuht-5',
    at: systemClock.now(),
    sessions: 5,
  });
  const statement = { sql: query.sql, params: fillPlaceholders(query.params, values) };

  const servers: MeasuredServer[] = [];
  try {
    // On PostgreSQL each server runs in a process of its own, as a deployed one does. Sharing this
    // process, each ran code the other had warmed for its own shapes (node:http, postgres.js, the
    // JSON of the rows): in rounds alternated between both set-ups, the raw server got faster
    // beside the API than alone (hono/raw 0.76–0.82 shared against 0.87–0.90 apart, three runs).
    // PGlite is a database inside this process, so both servers stay here.
    const job = {
      databaseUrl: database.url ?? '',
      poolSize: database.poolSize,
      statement,
      path: CATALOGUE_PATH,
    };
    const hono = database.url
      ? await inOwnProcess({ ...job, side: 'hono' })
      : inThisProcess(await startApiServer(database.handle));
    servers.push(hono);
    const raw = database.url
      ? await inOwnProcess({ ...job, side: 'raw' })
      : inThisProcess(await startRawCatalogueServer(database.raw, statement, CATALOGUE_PATH));
    servers.push(raw);

    const bytes = { hono: await checkResponse(`${hono.url}${CATALOGUE_PATH}`, 'hono'), raw: 0 };
    bytes.raw = await checkResponse(`${raw.url}${CATALOGUE_PATH}`, 'raw');

    const loadJob = (url: string, seconds: number) => ({ url, connections: plan.connections, seconds });
    for (const server of [hono, raw])
      await load.run(loadJob(`${server.url}${CATALOGUE_PATH}`, plan.warmupSeconds));

    const runs = { hono: [] as TimedRun[], raw: [] as TimedRun[] };
    for (let round = 0; round < plan.rounds; round++) {
      const order = round % 2 === 0 ? (['hono', 'raw'] as const) : (['raw', 'hono'] as const);
      for (const side of order) {
        const server = side === 'hono' ? hono : raw;
        // Only one server is loaded at a time: on PGlite, where both live in this process, the CPU
        // it spends during a run is that server's (the load generator is another process).
        const before = await server.cpuMicros();
        const result = await load.run(loadJob(`${server.url}${CATALOGUE_PATH}`, plan.roundSeconds));
        runs[side].push({ ...result, cpuMicros: (await server.cpuMicros()) - before });
      }
    }
    return {
      database: database.label,
      poolSize: database.poolSize,
      hono: summarize(runs.hono, bytes.hono),
      raw: summarize(runs.raw, bytes.raw),
      roundRatios: runs.hono.map((h, i) => rate(h) / rate(runs.raw[i] ?? h)),
    };
  } finally {
    await Promise.allSettled(servers.map((s) => s.close()));
  }
}

/** A server under measurement, and the CPU time so far of the process it runs in. */
type MeasuredServer = RunningServer & { cpuMicros(): Promise<number> };

const ownCpu = async () => {
  const cpu = process.cpuUsage();
  return cpu.user + cpu.system;
};

/** A server in this process: its CPU is this process's, while only it is loaded. */
const inThisProcess = (server: RunningServer): MeasuredServer => ({ ...server, cpuMicros: ownCpu });

/** A server in a child process of its own (catalogue-server-process.ts). */
async function inOwnProcess(job: ServerJob): Promise<MeasuredServer> {
  const child = fork(fileURLToPath(new URL('./catalogue-server-process.ts', import.meta.url)), {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<ServerReply>((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`${job.side} server exited (${code})`));
      child.once('exit', exited);
      child.once('message', (reply: ServerReply) => {
        child.off('exit', exited);
        resolve(reply);
      });
    });
  const started = next();
  child.send(job);
  const reply = await started;
  if (!('url' in reply)) {
    child.kill();
    throw new Error(`${job.side} server: ${'error' in reply ? reply.error : 'no address'}`);
  }
  return {
    url: reply.url,
    async cpuMicros() {
      const answer = next();
      child.send('cpu');
      const got = await answer;
      if (!('cpuMicros' in got)) throw new Error(`${job.side} server did not say its CPU time`);
      return got.cpuMicros;
    },
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}

/** One request before any load: a wrong answer would make every number below meaningless. */
async function checkResponse(url: string, side: 'hono' | 'raw'): Promise<number> {
  const response = await fetch(url);
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`${side} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { qualification?: { slug?: string } } | unknown[];
  const ok = Array.isArray(body) ? body.length === 1 : body.qualification?.slug === 'turvajuht-5';
  if (!ok) throw new Error(`${side} ${url} did not return the qualification: ${text.slice(0, 300)}`);
  return Buffer.byteLength(text);
}

type TimedRun = LoadResult & { cpuMicros: number };

const rate = (run: LoadResult) => run.latencies.length / run.seconds;

function summarize(runs: TimedRun[], bytesPerResponse: number): ServerStats {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const cpuMicros = runs.reduce((sum, r) => sum + r.cpuMicros, 0);
  return {
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    responses: latencies.length,
    bytesPerResponse,
    failures: runs.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
    cpuMicrosPerRequest: latencies.length ? cpuMicros / latencies.length : Number.NaN,
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
