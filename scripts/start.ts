// `npm start`: the API (with the built widget), the demo awarding-body site and the local
// identity provider that stands in for TARA, each on its own origin.
import { dirname, join } from 'node:path';
import { demoTokenKeys } from '../api/auth/token-keys.ts';
import { configFromEnv } from '../api/config.ts';
import { startApi } from '../api/server.ts';
import { startIdentityProvider } from '../demo/idp/server.ts';
import { startMailServer } from '../demo/mail/server.ts';
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
// With SMTP_URL set, e-mail goes there; otherwise to a local SMTP server whose page shows it.
const mail = config.mail.smtpUrl
  ? undefined
  : await startMailServer({
      smtpPort: config.mail.smtpPort,
      webPort: config.mail.webPort,
      host: config.host,
    });
if (mail) config.mail.smtpUrl = mail.smtpUrl;
const api = await startApi(config, { seedDemo: true });
const demo = await startDemoSite({ apiUrl: api.url, port: config.demoPort, host: config.host });

console.log(`
Kutse is running${config.databaseUrl ? ' on PostgreSQL' : ` on embedded PGlite (${config.dataDir})`}.
  API:                 ${api.url}   (reference: ${api.url}/docs)
  Demo body's website: ${demo.url}   (English: ${demo.url}/en)
  Sign-in:             ${idp ? `${idp.issuer}   (local stand-in for TARA: pick a test person)` : config.auth.oidc.issuer}
  E-mail sent:         ${mail ? `${mail.webUrl}   (local SMTP server, ${mail.smtpUrl})` : `through ${new URL(config.mail.smtpUrl ?? 'smtp://-').host}`}
Press Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await demo.close();
    await api.close();
    await idp?.close();
    await mail?.close();
    process.exit(0);
  });
}
