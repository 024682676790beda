// Starts the stand-in TARA for the demo: `node demo/idp/main.ts` (IDP_PORT, OIDC_CLIENT_ID,
// OIDC_CLIENT_SECRET; the defaults match the demo API's).
import { startIdentityProvider } from './server.ts';

if (import.meta.main) {
  const idp = await startIdentityProvider({
    port: Number(process.env.IDP_PORT ?? 8788),
    clients: [
      {
        clientId: process.env.OIDC_CLIENT_ID ?? 'kutse-demo',
        clientSecret: process.env.OIDC_CLIENT_SECRET ?? 'kutse-demo-secret',
      },
    ],
  });
  console.log(`TARA (demo) issuer: ${idp.issuer}`);
  const stop = () => void idp.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
