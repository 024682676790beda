// `npm start`: the API (with the built widget) and the demo awarding-body site, on two origins.
import { configFromEnv } from '../api/config.ts';
import { startApi } from '../api/server.ts';
import { startDemoSite } from '../demo/server.ts';

const config = configFromEnv();
const api = await startApi(config);
const demo = await startDemoSite({ apiUrl: api.url, port: config.demoPort, host: config.host });

console.log(`
Kutse is running${config.databaseUrl ? ' on PostgreSQL' : ` on embedded PGlite (${config.dataDir})`}.
  API:                 ${api.url}   (reference: ${api.url}/docs)
  Demo body's website: ${demo.url}   (English: ${demo.url}/en)
Press Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await demo.close();
    await api.close();
    process.exit(0);
  });
}
