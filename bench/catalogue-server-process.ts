// One catalogue server in a process of its own, for the PostgreSQL run of catalogue-throughput.ts:
// the API as deployed (createApp on @hono/node-server over its own pool), or the raw node:http
// server with its own postgres.js pool. It answers its CPU time when asked, and closes when the
// bench disconnects.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import postgres from 'postgres';
import { createApp } from '../api/app.ts';
import { appConfig, configFromEnv } from '../api/config.ts';
import { createLogger } from '../api/logger.ts';
import { openDatabase } from '../db/client.ts';
import { systemClock } from '../db/clock.ts';
import {
  closeServer,
  type RunningServer,
  type Statement,
  startRawCatalogueServer,
} from './raw-catalogue-server.ts';

export type ServerJob = {
  side: 'hono' | 'raw';
  databaseUrl: string;
  poolSize: number;
  /** The raw side's statement and the path it answers. */
  statement: Statement;
  path: string;
};
export type ServerReply = { url: string } | { cpuMicros: number } | { error: string };

/** The whole API as deployed: createApp on @hono/node-server, logging every request for real. */
export function startApiServer(
  deps: Pick<Parameters<typeof createApp>[0], 'db' | 'ping'>,
): Promise<RunningServer> {
  // Log lines are formatted and written as in production; only the destination is discarded.
  const app = createApp({
    ...deps,
    clock: systemClock,
    logger: createLogger('info', '/dev/null'),
    config: appConfig(configFromEnv({}), 'http://localhost:8787'),
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => closeServer(server) }),
    );
    server.once('error', reject);
  });
}

async function start({ side, databaseUrl, poolSize, statement, path }: ServerJob) {
  if (side === 'hono') {
    const handle = openDatabase({ url: databaseUrl, maxConnections: poolSize });
    const server = await startApiServer(handle);
    return { server, close: () => Promise.allSettled([server.close(), handle.close()]) };
  }
  const sql = postgres(databaseUrl, { max: poolSize, onnotice: () => {} });
  // A prepared statement, as the API's catalogue query is.
  const raw = (text: string, params: unknown[]) =>
    sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true });
  const server = await startRawCatalogueServer(raw, statement, path);
  return { server, close: () => Promise.allSettled([server.close(), sql.end({ timeout: 5 })]) };
}

if (process.send) {
  const reply = (message: ServerReply) => process.send?.(message);
  process.once('message', (job: ServerJob) => {
    start(job).then(
      ({ server, close }) => {
        process.on('message', () => {
          const cpu = process.cpuUsage();
          reply({ cpuMicros: cpu.user + cpu.system });
        });
        process.once('disconnect', () => void close().then(() => process.exit(0)));
        reply({ url: server.url });
      },
      (error: unknown) => reply({ error: String(error) }),
    );
  });
}
