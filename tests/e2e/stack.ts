// Starts the whole product as `npm start` does — API with the built widget, demo body's website,
// the local identity provider, the local SMTP server the API's e-mail goes to —
// on free ports and a fresh database, and a headless Debian Chromium to drive it. The three are
// three sites, as a body's website, Kutse and TARA are: the body's site on http://127.0.0.1, the
// API on http://localhost and the identity provider on http://[::1]. All three are loopback, so
// Chromium treats them as secure contexts (crypto.subtle works) without flags, yet as different
// sites, so SameSite cookies and Sec-Fetch-Site behave as in production (demo-site.test.ts checks
// what the API receives).
import { randomBytes } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import postgres from 'postgres';
import { configFromEnv } from '../../api/config.ts';
import { startApi } from '../../api/server.ts';
import type { Clock } from '../../db/clock.ts';
import { startIdentityProvider } from '../../demo/idp/server.ts';
import { startMailServer } from '../../demo/mail/server.ts';
import { startDemoSite } from '../../demo/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../fixtures/chromium.ts';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** A fresh database for the stack: a new PostgreSQL database when DATABASE_URL is set, else a PGlite folder. */
async function freshDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'kutse-e2e-'));
    return {
      databaseUrl: undefined,
      dataDir,
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `kutse_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir: '',
    remove: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** A request as the API's server received it: what the browser really sent, e.g. `sec-fetch-site`. */
export type ReceivedRequest = { method: string; path: string; headers: IncomingMessage['headers'] };

/**
 * Records every request that reaches the server at `host` (host:port), through Node's own
 * diagnostics channel: the API under test stays exactly as it runs in production.
 */
function recordRequestsTo(host: () => string) {
  const received: ReceivedRequest[] = [];
  const onRequest = (message: unknown) => {
    const { request } = message as { request: IncomingMessage };
    if (request.headers.host === host())
      received.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers });
  };
  subscribe('http.server.request.start', onRequest);
  return { received, stop: () => unsubscribe('http.server.request.start', onRequest) };
}

export async function startStack({
  crossOriginOpenerPolicy = false,
  clock,
}: {
  crossOriginOpenerPolicy?: boolean;
  clock?: Clock;
} = {}) {
  const database = await freshDatabase();
  let apiUrl = '';
  const apiRecorder = recordRequestsTo(() => (apiUrl ? new URL(apiUrl).host : ''));
  // The body's site first, on a port of its own choosing, so that the API registers that very
  // origin: a port picked free and bound later could be taken in between (it was, once in a while).
  const demo = await startDemoSite({ apiUrl: () => apiUrl, port: 0 });
  const demoPort = Number(new URL(demo.url).port);
  const config = configFromEnv({});
  const idp = await startIdentityProvider({
    port: 0,
    host: '::1',
    clients: [{ clientId: config.auth.oidc.clientId, clientSecret: config.auth.oidc.clientSecret }],
    crossOriginOpenerPolicy,
  });
  const mail = await startMailServer({ web: false });
  const api = await startApi(
    {
      ...config,
      ...database,
      mail: { ...config.mail, smtpUrl: mail.smtpUrl },
      port: 0,
      demoPort,
      logLevel: 'warn',
      auth: { ...config.auth, oidc: { ...config.auth.oidc, issuer: idp.issuer } },
    },
    { seedDemo: true, ...(clock ? { clock } : {}) },
  );
  apiUrl = api.url;
  return {
    apiUrl: api.url,
    /** Every request the API received so far, oldest first. */
    apiRequests: () => [...apiRecorder.received],
    demoUrl: demo.url,
    idpUrl: idp.issuer,
    /** The e-mail the API sent so far (through its job queue and real SMTP), oldest first. */
    mail: () => [...mail.messages()],
    async stop() {
      apiRecorder.stop();
      await demo.close();
      await api.close();
      await idp.close();
      await mail.close();
      await database.remove();
    },
  };
}
