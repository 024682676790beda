// Starts the API on a port: checks a production start's settings, opens the database, migrates,
// seeds the demo data when asked to (only `npm start` and the end-to-end tests do), serves.
import { serve } from '@hono/node-server';
import { openDatabase } from '../db/client.ts';
import { type Clock, systemClock } from '../db/clock.ts';
import { seed } from '../db/seed/index.ts';
import { createApp } from './app.ts';
import { appConfig, configFromEnv, type ServerConfig } from './config.ts';
import { credentialKeysFromEnv } from './credentials/keys.ts';
import { assertDeployable, DeploymentRefused } from './deployment.ts';
import { startJobs } from './jobs/run.ts';
import { createLogger } from './logger.ts';

/**
 * `clock`: tests start the whole product on another day (e.g. to see the VAT rate of 2024).
 * `seedDemo`: seed an empty database with the demo data (refused in production).
 * Rejects with DeploymentRefused before touching anything when a production start keeps a demo setting.
 */
export async function startApi(
  config: ServerConfig = configFromEnv(),
  { clock = systemClock, seedDemo = false }: { clock?: Clock; seedDemo?: boolean } = {},
) {
  assertDeployable(config, { seedDemo });
  const logger = createLogger(config.logLevel);
  const database = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  const demoOrigins = [`http://localhost:${config.demoPort}`, `http://127.0.0.1:${config.demoPort}`];
  if (seedDemo && (await seed(database.db, { clock, windows: 'demo', etelOrigins: demoOrigins }))) {
    logger.info('seeded an empty database with the demo data: ETEL and the fictional body');
  }
  // The job queue (e-mail) lives in the same database; this process also works it unless told not to.
  const jobs = await startJobs(database, {
    mail: config.mail,
    work: config.workJobs,
    onError: (error) => logger.error({ err: error }, 'job queue'),
  });
  if (!config.mail.smtpUrl) logger.warn('SMTP_URL is not set: e-mail is queued but not sent');
  // Port 0 picks a free port (tests), so the app, whose redirect URI and token issuer name the
  // API's own URL, is built once the server listens; nothing is served before that.
  let app: ReturnType<typeof createApp> | undefined;
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve) => {
      const s = serve(
        {
          fetch: (request, env) => (app ? app.fetch(request, env) : new Response(null, { status: 503 })),
          port: config.port,
          hostname: config.host,
        },
        (info) => resolve({ server: s, port: info.port }),
      );
    },
  );
  const url = config.publicUrl ?? `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}`;
  app = createApp({
    db: database.db,
    clock,
    logger,
    config: appConfig(config, url),
    ping: database.ping,
    mail: jobs.mail,
    credentialKeys: credentialKeysFromEnv({
      KUTSE_CREDENTIAL_KEY_FILE: config.signing.credentialKeyFile,
      KUTSE_CREDENTIAL_KEY_ALG: process.env.KUTSE_CREDENTIAL_KEY_ALG,
    }),
  });
  return {
    url,
    /** The port it listens on (the public URL may name another, behind a proxy). */
    port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.stop();
      await database.close();
    },
  };
}

// `npm run serve` (NODE_ENV=production): the API alone, as deployed.
if (import.meta.main) {
  const api = await startApi().catch((error: unknown) => {
    if (!(error instanceof DeploymentRefused)) throw error;
    console.error(error.message);
    process.exit(1);
  });
  console.log(`Kutse API: ${api.url}  (reference: ${api.url}/docs)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void api.close().then(() => process.exit(0)));
}
