// The server side of the submit bench, run as a child process so that its memory is the API's
// alone (the 20 clients' buffers live in the parent). It opens and seeds its own database, signs
// in the bench's applicants, serves the API and a raw drain server, and samples its memory when
// asked. The parent drives it over IPC (see submit.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { and, asc, eq, gt } from 'drizzle-orm';
import { createApp } from '../api/app.ts';
import { createWidgetSession } from '../api/auth/sessions.ts';
import { ephemeralTokenKeys } from '../api/auth/token-keys.ts';
import { mintToken } from '../api/auth/tokens.ts';
import { appConfig, configFromEnv } from '../api/config.ts';
import { createLogger } from '../api/logger.ts';
import type { Database } from '../db/client.ts';
import { systemClock } from '../db/clock.ts';
import { awardingBodies, examSessions, persons, qualifications } from '../db/schema/index.ts';
import { type BenchDatabase, disposeAll, openPgliteBench, openPostgresBench } from './databases.ts';
import { closeServer, listen, type RunningServer } from './raw-catalogue-server.ts';

export type ServerSpec = { database: 'pglite' } | { database: 'postgres'; url: string };

/** The signed-in applicant's request headers, as the widget sends them. */
export type Applicant = { authorization: string; origin: string };

export type Ready = {
  label: string;
  apiUrl: string;
  drainUrl: string;
  /** A Turvajuht 5 exam session still open for registration, with room for every applicant. */
  sessionId: number;
  applicants: Applicant[];
};

export type Memory = { rss: number; heapUsed: number };
export type MemoryWindow = { before: Memory; peak: Memory; after: Memory };

export type Request = { id: number; type: 'memory-start' | 'memory-stop' | 'close' };
export type Reply =
  | { id: 0; ready: Ready }
  | { id: number; memory?: MemoryWindow }
  | { id: number; error: string };

/** The API's public URL: the issuer its tokens carry, so the bench mints its tokens with it. */
const PUBLIC_URL = 'http://localhost:8787';
/** One of ETEL's registered website origins (seeded always, not only for the demo). */
const ETEL_ORIGIN = 'https://www.etel.ee';
const SAMPLE_MS = 50;
/** The bench's applicants' tokens are signed with the key the API it starts verifies with. */
const TOKEN_KEYS = ephemeralTokenKeys();

if (!process.send) throw new Error('submit-server.ts runs as a child process with an IPC channel');

const send = (reply: Reply) => process.send?.(reply);
const message = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

let database: BenchDatabase | undefined;
const servers: RunningServer[] = [];
let closing: Promise<void> | undefined;
const shutdown = () => {
  closing ??= (async () => {
    await Promise.allSettled(servers.map((s) => s.close()));
    await database?.dispose();
    // A PostgreSQL database still being created when Ctrl-C came is dropped too.
    await disposeAll();
  })();
  return closing;
};
// Ctrl-C reaches this process too, and the parent going away must not leave a database behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void shutdown().finally(() => process.exit(130)));
process.on('disconnect', () => void shutdown().finally(() => process.exit(0)));

try {
  const { spec, applicants } = JSON.parse(process.argv[2] ?? '') as { spec: ServerSpec; applicants: number };
  database = spec.database === 'pglite' ? await openPgliteBench() : await openPostgresBench(spec.url);
  const ready = await prepare(database, applicants);
  const sampler = memorySampler();
  process.on('message', async ({ id, type }: Request) => {
    try {
      if (type === 'memory-stop') return send({ id, memory: sampler.stop() });
      if (type === 'memory-start') sampler.start();
      else await shutdown();
      send({ id });
      if (type === 'close') process.disconnect();
    } catch (error) {
      send({ id, error: message(error) });
    }
  });
  send({ id: 0, ready });
} catch (error) {
  send({ id: 0, error: message(error) });
  await shutdown();
  process.disconnect();
}

async function prepare(opened: BenchDatabase, count: number): Promise<Ready> {
  const { db } = opened.handle;
  const sessionId = await openSession(db);
  const applicants = await signInApplicants(db, count);
  servers.push(await startApi(opened));
  servers.push(await startDrain());
  const [api, drain] = servers as [RunningServer, RunningServer];
  return { label: opened.label, apiUrl: api.url, drainUrl: drain.url, sessionId, applicants };
}

/** The first Turvajuht 5 session open for registration, made big enough for every bench applicant. */
async function openSession(db: Database): Promise<number> {
  const [session] = await db
    .select({ id: examSessions.id })
    .from(examSessions)
    .innerJoin(qualifications, eq(qualifications.id, examSessions.qualificationId))
    .where(and(eq(qualifications.slug, 'turvajuht-5'), gt(examSessions.registrationDeadline, new Date())))
    .orderBy(asc(examSessions.startsAt))
    .limit(1);
  if (!session) throw new Error('the seed has no open Turvajuht 5 exam session');
  // The seed gives it 12 places; the bench submits ~30 applications to it, and a full session
  // would turn the later submits into 422s that measure nothing.
  await db.update(examSessions).set({ capacity: 1000 }).where(eq(examSessions.id, session.id));
  return session.id;
}

/**
 * New persons, each signed in on ETEL's website the way the login callback does it: a widget
 * session and a token. Their personal codes look Estonian but their check digits are not real.
 */
async function signInApplicants(db: Database, count: number): Promise<Applicant[]> {
  const [etel] = await db
    .select({ id: awardingBodies.id })
    .from(awardingBodies)
    .where(eq(awardingBodies.slug, 'etel'));
  if (!etel) throw new Error('the seed has no ETEL');
  const now = systemClock.now();
  const people = await db
    .insert(persons)
    .values(
      Array.from({ length: count }, (_, i) => {
        const code = String(39001010000 + i);
        return {
          subject: `EE${code}`,
          personalCode: code,
          givenName: 'Bench',
          familyName: `Applicant ${i + 1}`,
          email: `bench.applicant.${i + 1}@example.ee`,
        };
      }),
    )
    .returning({ id: persons.id });
  const applicants: Applicant[] = [];
  for (const { id } of people) {
    const session = await createWidgetSession(db, {
      personId: id,
      bodyId: etel.id,
      origin: ETEL_ORIGIN,
      method: 'smartid',
      assurance: 'high',
      now,
      expiresAt: new Date(now.getTime() + 3_600_000),
    });
    const { token } = await mintToken(TOKEN_KEYS, {
      issuer: PUBLIC_URL,
      now,
      // Longer than the widget's few minutes: the whole bench must fit inside it.
      minutes: 30,
      claims: { personId: id, sessionId: session.id, body: 'etel', origin: ETEL_ORIGIN },
    });
    applicants.push({ authorization: `Bearer ${token}`, origin: ETEL_ORIGIN });
  }
  return applicants;
}

/** The whole API as deployed (as in api-server.ts, with the bench's token keys): every request logged for real. */
function startApi(database: BenchDatabase): Promise<RunningServer> {
  const config = appConfig(configFromEnv({}), PUBLIC_URL);
  const app = createApp({
    db: database.handle.db,
    clock: systemClock,
    logger: createLogger('info', '/dev/null'),
    config: { ...config, auth: { ...config.auth, tokenKeys: TOKEN_KEYS } },
    ping: database.handle.ping,
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => closeServer(server) }),
    );
    // PGlite works in this process: with 20 applicants' uploads its event loop stalls for seconds,
    // and the clients' timers run late too. With Node's 5 s keep-alive the server closed idle
    // sockets a client was just reusing: one applicant in a run failed with ECONNRESET.
    if ('keepAliveTimeout' in server) server.keepAliveTimeout = 60_000;
    server.once('error', reject);
  });
}

/** The baseline: node:http reading each request body to its end and throwing it away. */
function startDrain(): Promise<RunningServer> {
  return listen(
    createServer((req, res) => {
      req.resume();
      req.once('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{}'));
    }),
  );
}

function memorySampler() {
  const now = (): Memory => {
    const { rss, heapUsed } = process.memoryUsage();
    return { rss, heapUsed };
  };
  let window: { before: Memory; peak: Memory; timer: NodeJS.Timeout } | undefined;
  const sample = () => {
    if (!window) return;
    const { rss, heapUsed } = now();
    window.peak = { rss: Math.max(window.peak.rss, rss), heapUsed: Math.max(window.peak.heapUsed, heapUsed) };
  };
  return {
    start() {
      if (window) clearInterval(window.timer);
      const before = now();
      window = { before, peak: before, timer: setInterval(sample, SAMPLE_MS) };
    },
    stop(): MemoryWindow {
      if (!window) throw new Error('memory sampling was not started');
      sample();
      clearInterval(window.timer);
      const { before, peak } = window;
      window = undefined;
      return { before, peak, after: now() };
    },
  };
}
