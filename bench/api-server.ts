// The whole API as deployed, for the benches: createApp on @hono/node-server over a database,
// every request logged for real — lines formatted and written as in production, only their
// destination discarded.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../api/app.ts';
import { appConfig, configFromEnv } from '../api/config.ts';
import { createLogger } from '../api/logger.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { systemClock } from '../db/clock.ts';
import { closeServer, type RunningServer } from './raw-catalogue-server.ts';

/** @example const api = await startApiServer(database.handle); await fetch(`${api.url}/health`); */
export function startApiServer(database: Pick<DatabaseHandle, 'db' | 'ping'>): Promise<RunningServer> {
  const app = createApp({
    db: database.db,
    clock: systemClock,
    logger: createLogger('info', '/dev/null'),
    config: appConfig(configFromEnv({}), 'http://localhost:8787'),
    ping: database.ping,
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => closeServer(server) }),
    );
    server.once('error', reject);
  });
}
