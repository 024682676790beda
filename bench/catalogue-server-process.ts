// One catalogue server in a process of its own, for the PostgreSQL run of catalogue-throughput.ts:
// the API as deployed (createApp on @hono/node-server over its own pool), or the raw node:http
// server with its own postgres.js pool. It answers its CPU time when asked, and closes when the
// bench disconnects.
import postgres from 'postgres';
import { openDatabase } from '../db/client.ts';
import { startApiServer } from './api-server.ts';
import { type Statement, startRawCatalogueServer } from './raw-catalogue-server.ts';

export type ServerJob = {
  side: 'hono' | 'raw';
  databaseUrl: string;
  poolSize: number;
  /** The raw side's statement and the path it answers. */
  statement: Statement;
  path: string;
};
export type ServerReply = { url: string } | { cpuMicros: number } | { error: string };

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
