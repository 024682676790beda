// A local identity provider that behaves like TARA, for the demo and the tests: oidc-provider
// configured as TARA is, plus a login page offering the seeded test people.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import { Provider } from 'oidc-provider';
import { createAccounts } from './accounts.ts';
import { allowLoopbackCallbacks, type IdpClient, signingKey, taraConfiguration } from './configuration.ts';
import { interactionHandler } from './interactions.ts';
import { forgetSessionOnNewAuthorization } from './no-single-sign-on.ts';

export type { IdpClient } from './configuration.ts';

export type IdpOptions = {
  /** 0 = a free port. */
  port: number;
  /** Default '127.0.0.1'. */
  host?: string;
  clients: IdpClient[];
  /** Send `Cross-Origin-Opener-Policy: same-origin` on the login page (to test a relying party's fallback when a popup loses window.opener). Default false. */
  crossOriginOpenerPolicy?: boolean;
  /**
   * Tests only: publish at /jwks, under the signing key's `kid`, another key — so that every ID
   * token's signature is wrong for what the provider says it signs with, as a forged token's
   * would be. A relying party that checks signatures must refuse each login. Default false.
   */
  publishForeignKey?: boolean;
};

// Hosts whose server the issuer names `localhost`. Not `::1`: bound there only, the server is
// reached at `[::1]` alone (the end-to-end tests put it there, a site of its own as TARA is).
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '0.0.0.0', '::']);

export async function startIdentityProvider(
  options: IdpOptions,
): Promise<{ issuer: string; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  // The issuer names the port, so the server listens before the provider exists; requests that
  // arrive in between wait for it.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(503, { 'Retry-After': '1' }).end();
  };
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // Browsers and relying parties name a loopback server `localhost`; the issuer must match exactly.
  const issuer = LOOPBACK.has(host)
    ? `http://localhost:${port}`
    : `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const accounts = createAccounts();
  const jwk = await signingKey();
  const foreignKeys = options.publishForeignKey ? await foreignJwks(jwk.kid) : undefined;
  const provider = new Provider(
    issuer,
    taraConfiguration({ clients: options.clients, jwk, findAccount: accounts.findAccount }),
  );
  allowLoopbackCallbacks(provider);
  provider.on('server_error', (_ctx, error) => console.error('identity provider:', error));

  const interactions = interactionHandler({
    provider,
    accounts,
    crossOriginOpenerPolicy: options.crossOriginOpenerPolicy ?? false,
  });
  const oidc = provider.callback();
  handle = (req, res) => {
    if (foreignKeys && req.method === 'GET' && req.url?.split('?')[0] === '/jwks') {
      res.writeHead(200, { 'Content-Type': 'application/jwk-set+json' }).end(JSON.stringify(foreignKeys));
      return;
    }
    interactions(req, res)
      .then((handled) => {
        if (handled) return;
        forgetSessionOnNewAuthorization(req, res);
        oidc(req, res);
      })
      .catch((error: unknown) => {
        console.error('identity provider:', error);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Internal error');
      });
  };

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Relying parties keep connections alive; close would otherwise wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

/** A key set with one public key that is not the provider's, named `kid` as the provider's is. */
async function foreignJwks(kid: string) {
  const { publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };
}
