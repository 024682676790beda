// A Vite plugin that leaves Hono's cookie serializer out of the widget. `hc` imports it to build a
// Cookie header, which a browser's fetch refuses to send anyway (a forbidden header name), so in
// the widget it is dead weight: ~0.5 KB gzipped, a tenth of the component's budget.
import type { Plugin } from 'vite';

const stub = '\0kutse:hono-cookie';

/** Resolves hono/client's `../utils/cookie.js` to a stub that throws if it is ever used. */
export function withoutHonoCookies(): Plugin {
  return {
    name: 'kutse:without-hono-cookies',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      // If Hono moves this import, nothing breaks: the bundle just grows back (see its size report).
      const fromHonoClient = importer && /[\\/]hono[\\/]dist[\\/]client[\\/]client\.js$/.test(importer);
      return fromHonoClient && source === '../utils/cookie.js' ? stub : null;
    },
    load(id) {
      if (id !== stub) return null;
      return 'export const serialize = () => { throw new Error("Kutse: the widget sends no cookies"); };';
    },
  };
}
