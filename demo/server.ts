// Serves the demo awarding-body website on its own port: a different origin from the API, as a
// real body's site would be.
import { readFile } from 'node:fs/promises';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { type DemoLanguage, type DemoPage, etelPage, PATHS } from './etel/page.ts';

/** `apiUrl` may be a function: a test starts the site first, so the API can register its origin. */
type ApiUrl = string | (() => string);
const urlOf = (apiUrl: ApiUrl) => (typeof apiUrl === 'string' ? apiUrl : apiUrl());

export function createDemoSite({ apiUrl }: { apiUrl: ApiUrl }) {
  const css = readFile(new URL('./etel/site.css', import.meta.url), 'utf8');
  const site = new Hono();
  for (const [page, paths] of Object.entries(PATHS) as [DemoPage, Record<DemoLanguage, string>][])
    for (const [language, path] of Object.entries(paths) as [DemoLanguage, string][])
      site.get(path, (c) =>
        c.html(etelPage({ apiUrl: urlOf(apiUrl), language, page, qualification: c.req.query('kutse') })),
      );
  return (
    site
      // A page without a favicon makes the browser log a 404 on every visit.
      .get('/favicon.ico', (c) => c.body(null, 204))
      .get('/site.css', async (c) => c.body(await css, 200, { 'Content-Type': 'text/css; charset=utf-8' }))
  );
}

/** Starts the site; port 0 picks a free port, and the URL reports the one actually bound. */
export async function startDemoSite({
  apiUrl,
  port,
  host = '127.0.0.1',
}: {
  apiUrl: ApiUrl;
  port: number;
  host?: string;
}) {
  const { server, bound } = await new Promise<{ server: ReturnType<typeof serve>; bound: number }>(
    (resolve, reject) => {
      const s = serve({ fetch: createDemoSite({ apiUrl }).fetch, port, hostname: host }, (info) =>
        resolve({ server: s, bound: info.port }),
      );
      // A port already taken must fail the start, not leave it waiting for ever.
      s.once('error', reject);
    },
  );
  // The site names the address it listens on: on 127.0.0.1 it is another site than the API on
  // `localhost`, as a body's website and Kutse are (SameSite, Sec-Fetch-Site, partitioning).
  const named = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${named}:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
