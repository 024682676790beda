// Starts the whole product as `npm start` does — API with the built widget, demo body's website,
// the local identity provider —
// on free ports and a fresh database, and a headless Debian Chromium to drive it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import postgres from 'postgres';
import { configFromEnv } from '../../api/config.ts';
import { startApi } from '../../api/server.ts';
import type { Clock } from '../../db/clock.ts';
import { startIdentityProvider } from '../../demo/idp/server.ts';
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

export async function startStack({
  crossOriginOpenerPolicy = false,
  clock,
}: {
  crossOriginOpenerPolicy?: boolean;
  clock?: Clock;
} = {}) {
  const database = await freshDatabase();
  // The body's site first, on a port of its own choosing, so that the API registers that very
  // origin: a port picked free and bound later could be taken in between (it was, once in a while).
  let apiUrl = '';
  const demo = await startDemoSite({ apiUrl: () => apiUrl, port: 0 });
  const demoPort = Number(new URL(demo.url).port);
  const config = configFromEnv({});
  const idp = await startIdentityProvider({
    port: 0,
    clients: [{ clientId: config.auth.oidc.clientId, clientSecret: config.auth.oidc.clientSecret }],
    crossOriginOpenerPolicy,
  });
  const api = await startApi(
    {
      ...config,
      ...database,
      port: 0,
      demoPort,
      logLevel: 'warn',
      auth: { ...config.auth, oidc: { ...config.auth.oidc, issuer: idp.issuer } },
    },
    clock ? { clock } : {},
  );
  apiUrl = api.url;
  return {
    apiUrl: api.url,
    demoUrl: demo.url,
    idpUrl: idp.issuer,
    async stop() {
      await demo.close();
      await api.close();
      await idp.close();
      await database.remove();
    },
  };
}
