// The console's application list on 100 000 applications (issue 12), on PostgreSQL: realistic list
// requests through the whole API (a processor's cookie session, validation, the tenant scope,
// shaping, the audit insert) beside a bare node:http server that runs every SQL statement the API
// runs for the request, with postgres.js: the cookie's session check, the body's kinds when the
// API needs them, the page and the counts (built once from api/applications/list-query.ts, as the
// catalogue's raw server does), the audit insert; then it writes the rows as JSON. So raw/API is
// what the framework, validation and shaping add to the same work in PostgreSQL. Requests go one
// at a time, alternating the two servers, so each latency is one request's own.
import { fillPlaceholders } from 'drizzle-orm';
import postgres from 'postgres';
import { loadActor } from '../api/access/actor.ts';
import { consoleCallerStatement } from '../api/access/console-caller.ts';
import { tenantScope } from '../api/access/tenant.ts';
import { listRequest, needsKinds } from '../api/applications/list.ts';
import { encodeCursor } from '../api/applications/list-cursor.ts';
import {
  filtersBeyondState,
  keptStateCounts,
  kindsStatement,
  pageRows,
  stateCounts,
} from '../api/applications/list-query.ts';
import type { StaffScope } from '../api/applications/scope.ts';
import { createConsoleSession, liveConsoleValues } from '../api/auth/sessions.ts';
import { configFromEnv } from '../api/config.ts';
import type { ApplicationQuery } from '../contract/staff.ts';
import { systemClock } from '../db/clock.ts';
import { SEED_PEOPLE } from '../db/seed/people.ts';
import { seedManyApplications } from '../scripts/seed-applications.ts';
import { startApiServer } from './api-server.ts';
import { type BenchDatabase, openPostgresBench } from './databases.ts';
import { listen, type RunningServer } from './raw-catalogue-server.ts';
import { formatTable, grouped } from './table.ts';

const COUNT = 100_000;
const WARMUP = 10;
const SAMPLES = 60;
const P95_TARGET_MS = 50;
const RATIO_TARGET = 0.8;

export type ConsoleListResult = { report: string; verdicts: string[]; failures: number };

type Kind = { label: string; query: Record<string, string> };

/** The requests a processor's day is made of; the deep page's cursor and the code are found after seeding. */
async function requestKinds(sql: postgres.Sql, bodyId: number): Promise<Kind[]> {
  const [someone] = await sql<{ code: string }[]>`
    select applicant->>'personalCode' as code from applications where body_id = ${bodyId}
    order by submitted_at limit 1 offset 31415`;
  const [deep] = await sql<{ at: string; id: string }[]>`
    select submitted_at::text as at, id from applications where body_id = ${bodyId} and submitted_at is not null
    order by submitted_at desc, id desc limit 1 offset 49999`;
  const after = encodeCursor({
    sort: { by: 'submitted', order: 'desc' },
    key: [deep?.at ?? '', deep?.id ?? ''],
  });
  return [
    { label: 'first page, no filter', query: {} },
    { label: 'state=submitted', query: { state: 'submitted' } },
    { label: 'qualification + state', query: { qualification: 'turvajuht-5', state: 'admitted' } },
    { label: 'search by name (q=mägi)', query: { q: 'mägi' } },
    { label: 'search by personal code', query: { q: someone?.code ?? '' } },
    { label: 'deep keyset page (row 50 000)', query: { after } },
    { label: 'sort by name', query: { sort: 'name' } },
    { label: 'sort by qualification, desc', query: { sort: 'qualification', order: 'desc' } },
  ];
}

const PATH = '/staff/bodies/etel/applications';
const pathOf = (query: Record<string, string>) => {
  const search = new URLSearchParams(query).toString();
  return search ? `${PATH}?${search}` : PATH;
};

/** Builds the 100 000 applications, signs a processor in, and measures each kind on both servers. */
export async function measureConsoleList(serverUrl: string): Promise<ConsoleListResult> {
  let database: BenchDatabase | undefined;
  let direct: postgres.Sql | undefined;
  const servers: RunningServer[] = [];
  try {
    database = await openPostgresBench(serverUrl);
    const { db } = database.handle;
    // A client of the bench database's own: the seed, the raw server (arrays, pool as the API's).
    direct = postgres(database.url ?? serverUrl, { max: database.poolSize, onnotice: () => {} });
    const seeded = await seedManyApplications(direct, { count: COUNT });
    await direct`vacuum analyze applications`;
    const [body] = (await database.raw('select id from awarding_bodies where slug = $1', ['etel'])) as {
      id: number;
    }[];
    const [person] = (await database.raw('select id from persons where subject = $1', [
      `EE${SEED_PEOPLE.etelProcessor.personalCode}`,
    ])) as { id: string }[];
    if (!body || !person) throw new Error('the bench database has no ETEL or no processor');
    const now = systemClock.now();
    const { secret } = await createConsoleSession(db, {
      personId: person.id,
      method: 'smartid',
      assurance: 'high',
      now,
      expiresAt: new Date(now.getTime() + 3_600_000),
    });
    const cookie = `kutse_session=${secret}`;

    // The raw side's statements: what the API runs for each request, built once.
    const actor = await loadActor(db, person.id);
    const etel = { id: body.id, slug: 'etel' };
    const tenant = tenantScope(db, etel, actor, 'processor', now);
    const scope: StaffScope = { actor, role: 'processor', body: etel, tenant, now, language: 'et' };
    const kinds = await requestKinds(direct, body.id);
    const statements = new Map<string, RawStatements>();
    const kindsQuery = kindsStatement(db, 'et').getQuery();
    for (const kind of kinds) {
      const request = await listRequest(db, scope, kind.query as ApplicationQuery);
      const page = pageRows(db, tenant.applications.visible(), request);
      // As list.ts chooses: the kept counts unless something beyond state filters.
      const counts = filtersBeyondState(request)
        ? stateCounts(db, tenant.applications.visible(), request)
        : { sql: keptStateCounts(db).getQuery().sql, params: [etel.id] };
      const bodyKinds = needsKinds(kind.query as ApplicationQuery)
        ? { sql: kindsQuery.sql, params: fillPlaceholders(kindsQuery.params, { bodyId: etel.id }) }
        : undefined;
      statements.set(pathOf(kind.query), { bodyKinds, page, counts });
    }

    const api = await startApiServer(database.handle);
    servers.push(api);
    const guard = consoleCallerStatement(db).getQuery();
    const { consoleIdleMinutes } = configFromEnv({}).auth;
    const raw = await startRawListServer(direct, statements, {
      actorId: person.id,
      bodyId: body.id,
      // The guard's statement with the values it takes for this cookie now (the idle time as the
      // API's config, built from an empty environment in api-server.ts, has it).
      caller: (secret) => ({
        sql: guard.sql,
        params: fillPlaceholders(guard.params, {
          ...liveConsoleValues(secret, new Date(), consoleIdleMinutes),
          slug: 'etel',
        }),
      }),
    });
    servers.push(raw);

    const latencies = new Map<string, { api: number[]; raw: number[] }>();
    let failures = 0;
    for (const kind of kinds) {
      const path = pathOf(kind.query);
      const times = { api: [] as number[], raw: [] as number[] };
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        // Alternating which goes first: neither always meets the other's warm caches.
        const order = i % 2 === 0 ? (['api', 'raw'] as const) : (['raw', 'api'] as const);
        for (const side of order) {
          const started = performance.now();
          const res = await fetch(`${(side === 'api' ? api : raw).url}${path}`, { headers: { cookie } });
          const text = await res.text();
          const ms = performance.now() - started;
          if (res.status !== 200) {
            failures++;
            if (failures < 3)
              console.error(`console list ${side} ${path}: ${res.status} ${text.slice(0, 300)}`);
          }
          if (i >= WARMUP) times[side].push(ms);
        }
      }
      latencies.set(kind.label, times);
    }
    return report(kinds, latencies, failures, seeded.ms);
  } finally {
    await Promise.allSettled(servers.map((s) => s.close()));
    await direct?.end({ timeout: 5 });
    await database?.dispose();
  }
}

type Statement = { sql: string; params: unknown[] };
/** What the raw side runs for one request path, beside the session check. */
type RawStatements = { bodyKinds: Statement | undefined; page: Statement; counts: Statement };

/**
 * The floor: no framework, validation or shaping. The session check (401 without a live one), the
 * kinds if the API needs them, then the page and the counts at once (as the API does), the page's
 * audit rows in one insert, and the rows as JSON.
 */
async function startRawListServer(
  sql: postgres.Sql,
  statements: Map<string, RawStatements>,
  who: { actorId: string; bodyId: number; caller: (secret: string) => Statement },
): Promise<RunningServer> {
  const { createServer } = await import('node:http');
  const audit =
    'insert into audit_events (at, actor_id, actor_role, body_id, action, subject_id, entity, entity_id, purpose) ' +
    "select now(), $1, 'processor', $2, 'application.list', s, 'application', e, 'application processing' " +
    'from unnest($3::uuid[], $4::text[]) as t(s, e)';
  const run = (s: Statement) =>
    sql.unsafe(s.sql, s.params as postgres.ParameterOrJSON<never>[], { prepare: true }).values();
  const answer = async (statement: RawStatements, secret: string) => {
    if ((await run(who.caller(secret))).length === 0) return undefined;
    if (statement.bodyKinds) await run(statement.bodyKinds);
    return Promise.all([
      run(statement.page).then(async (rows) => {
        // Columns as list-query.ts selects them: id first, the applicant's id sixth.
        await sql.unsafe(audit, [who.actorId, who.bodyId, rows.map((r) => r[5]), rows.map((r) => r[0])], {
          prepare: true,
        });
        return rows;
      }),
      run(statement.counts),
    ]);
  };
  const server = createServer((req, res) => {
    const statement = statements.get(req.url ?? '');
    const secret = /(?:^|; )kutse_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (req.method !== 'GET' || !statement) {
      res.writeHead(404).end();
      return;
    }
    answer(statement, secret ?? '')
      .then((answered) => {
        if (!answered) res.writeHead(401).end();
        else {
          const [rows, counts] = answered;
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ rows, counts }));
        }
      })
      .catch((error: unknown) => {
        console.error('raw list server:', error);
        res.writeHead(500).end();
      });
  });
  return listen(server);
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

function report(
  kinds: Kind[],
  latencies: Map<string, { api: number[]; raw: number[] }>,
  failures: number,
  seedMs: number,
): ConsoleListResult {
  const rows: string[][] = [];
  let worstP95 = 0;
  let apiSum = 0;
  let rawSum = 0;
  for (const kind of kinds) {
    const times = latencies.get(kind.label);
    if (!times) continue;
    const api = [...times.api].sort((a, b) => a - b);
    const raw = [...times.raw].sort((a, b) => a - b);
    const p = (list: number[], q: number) => percentile(list, q).toFixed(1);
    worstP95 = Math.max(worstP95, percentile(api, 0.95));
    apiSum += percentile(api, 0.5);
    rawSum += percentile(raw, 0.5);
    rows.push([
      kind.label,
      p(api, 0.5),
      p(api, 0.95),
      p(raw, 0.5),
      p(raw, 0.95),
      (percentile(raw, 0.5) / percentile(api, 0.5)).toFixed(2),
    ]);
  }
  const ratio = rawSum / apiSum;
  const table = formatTable(
    [
      { title: 'request (GET /staff/bodies/etel/applications)' },
      { title: 'API p50', align: 'right' },
      { title: 'API p95', align: 'right' },
      { title: 'raw p50', align: 'right' },
      { title: 'raw p95', align: 'right' },
      { title: 'raw/API', align: 'right' },
    ],
    rows,
  );
  const header =
    `Console list: ${grouped(COUNT)} applications at ETEL on PostgreSQL (seeded in ${(seedMs / 1000).toFixed(0)} s); ` +
    `${SAMPLES} requests per kind and side after ${WARMUP} warm-up, one at a time, alternating; ms`;
  const note =
    '  API: cookie session, validation, tenant scope, shaping, audit insert. raw: every SQL statement the API\n' +
    '  runs (session, kinds, page, counts, audit) with postgres.js, rows as JSON. raw/API: p50 over p50.\n';
  return {
    report: `${header}\n${table}\n${note}`,
    verdicts: [
      `console list PostgreSQL: worst API p95 ${worstP95.toFixed(1)} ms over ${kinds.length} request kinds (target ≤ ${P95_TARGET_MS} ms) ${worstP95 <= P95_TARGET_MS ? 'OK' : 'MISSED'}`,
      `console list PostgreSQL: raw/API = ${ratio.toFixed(2)} (sum of p50s; target ≥ ${RATIO_TARGET}) ${ratio >= RATIO_TARGET ? 'OK' : 'MISSED'}`,
    ],
    failures,
  };
}
