// The floor the API is compared with: a bare node:http server that runs the catalogue's SQL and
// writes the rows as JSON. No framework, middleware, validation, shaping, i18n or VAT arithmetic —
// what is left is the cost of HTTP plus the database, which no implementation can avoid.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RawQuery } from './databases.ts';

export type Statement = { sql: string; params: unknown[] };

export type RunningServer = { url: string; close(): Promise<void> };

/** Serves `GET path` with the rows of `statement`, built once (as a prepared query would be). */
export async function startRawCatalogueServer(
  raw: RawQuery,
  statement: Statement,
  path: string,
): Promise<RunningServer> {
  const server = createServer((req, res) => {
    // One comparison keeps the raw side honest about routing without adding a router.
    if (req.method !== 'GET' || req.url !== path) {
      res.writeHead(404).end();
      return;
    }
    raw(statement.sql, statement.params).then(
      (rows) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows));
      },
      (error: unknown) => {
        console.error('raw catalogue server:', error);
        res.writeHead(500).end();
      },
    );
  });
  return listen(server);
}

/** Listens on a free loopback port and resolves once it accepts connections. */
export function listen(server: ReturnType<typeof createServer>): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => closeServer(server) });
    });
  });
}

export function closeServer(server: {
  close(cb: (error?: Error) => void): unknown;
  closeAllConnections?(): void;
}) {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets from the load generator would otherwise hold close() open.
    server.closeAllConnections?.();
  });
}
