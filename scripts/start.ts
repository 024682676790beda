// `npm start`: the API (with the built widget), the demo awarding-body site and the local
// identity provider that stands in for TARA, each on its own origin.
import { dirname, join } from 'node:path';
import { demoTokenKeys } from '../api/auth/token-keys.ts';
import { configFromEnv } from '../api/config.ts';
import { startApi } from '../api/server.ts';
import { startIdentityProvider } from '../demo/idp/server.ts';
import { startDemoSite } from '../demo/server.ts';

const config = configFromEnv();
// The demo is not a deployment: it seeds people with valid personal codes, runs a stand-in for
// TARA that signs anyone in, and keys everyone can read.
if (config.production) {
  console.error(
    'npm start runs the demo (demo data, the stand-in for TARA, demo keys) and refuses production.\n' +
      'Start the API alone: npm run serve (see README, "Deploying").',
  );
  process.exit(1);
}
// No token keys configured: the demo's own, generated on first start beside PGlite's data
// (./data/token-keys.json, gitignored), so that tokens outlive a restart.
config.auth.tokenKeys ??= demoTokenKeys(join(dirname(config.dataDir), 'token-keys.json'));
// With OIDC_ISSUER set, the API signs people in there (TARA itself); otherwise at the stand-in.
const idp = process.env.OIDC_ISSUER
  ? undefined
  : await startIdentityProvider({
      port: config.idpPort,
      host: config.host,
      clients: [{ clientId: config.auth.oidc.clientId, clientSecret: config.auth.oidc.clientSecret }],
    });
if (idp) config.auth.oidc.issuer = idp.issuer;
const api = await startApi(config, { seedDemo: true });
const demo = await startDemoSite({ apiUrl: api.url, port: config.demoPort, host: config.host });

console.log(`
Kutse is running${config.databaseUrl ? ' on PostgreSQL' : ` on embedded PGlite (${config.dataDir})`}.
  API:                 ${api.url}   (reference: ${api.url}/docs)
  Demo body's website: ${demo.url}   (English: ${demo.url}/en)
  Sign-in:             ${idp ? `${idp.issuer}   (local stand-in for TARA: pick a test person)` : config.auth.oidc.issuer}
Press Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await demo.close();
    await api.close();
    await idp?.close();
    process.exit(0);
  });
}
