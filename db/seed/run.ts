// `npm run seed`: migrates and seeds the configured database (PGlite under ./data by default).

import { openDatabase } from '../client.ts';
import { systemClock } from '../clock.ts';
import { isProduction } from '../environment.ts';
import { seed } from './index.ts';

if (isProduction(process.env)) {
  console.error('npm run seed writes demo data (people who are registry admins) and refuses production.');
  process.exit(1);
}
const handle = openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.KUTSE_DATA_DIR });
await handle.migrate();
const demoPort = process.env.DEMO_PORT ?? '5174';
const seeded = await seed(handle.db, {
  clock: systemClock,
  windows: 'demo',
  etelOrigins: [`http://localhost:${demoPort}`, `http://127.0.0.1:${demoPort}`],
});
console.log(seeded ? 'Seeded ETEL and the fictional body.' : 'Already seeded: nothing changed.');
await handle.close();
