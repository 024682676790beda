// The OpenAPI 3.1 document, generated from the routes' valibot schemas, and a readable reference page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Scalar } from '@scalar/hono-api-reference';
import { type Hono, Hono as HonoApp } from 'hono';
import { openAPIRouteHandler } from 'hono-openapi';
import { allowPublic } from '../access/allow.ts';
import { docsPolicy, newNonce } from '../http/csp.ts';
import type { AppEnv } from '../http/env.ts';

// The page's script is served from node_modules: no CDN is reachable from every deployment.
const scalarScript = createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js');

// biome-ignore lint/suspicious/noExplicitAny: the documented app's route types do not matter here.
export function docsRoutes(documented: Hono<AppEnv, any, any>) {
  return new HonoApp<AppEnv>()
    .get(
      '/openapi.json',
      allowPublic(),
      openAPIRouteHandler(documented, {
        documentation: {
          openapi: '3.1.0',
          info: {
            title: 'Kutse API',
            version: '0.1.0',
            description:
              'Professional qualifications: the public catalogue of awarding bodies, applications, exams and certificates. Errors are `application/problem+json` (RFC 9457).',
          },
        },
        defaultValidationErrorResponse: false,
      }),
    )
    .get('/docs/scalar.js', allowPublic(), async (c) =>
      c.body(await readFile(scalarScript), 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=86400',
      }),
    )
    .get(
      '/docs',
      allowPublic(),
      Scalar((c) => {
        // A nonce per answer, named by the policy and put on the page's two script elements.
        const nonce = newNonce();
        c.header('Content-Security-Policy', docsPolicy(nonce));
        return {
          url: '/openapi.json',
          cdn: '/docs/scalar.js',
          nonce,
          pageTitle: 'Kutse API',
          // Nothing from Scalar's servers: not its fonts, its AI agent, MCP or request proxy.
          withDefaultFonts: false,
          agent: { disabled: true },
          mcp: { disabled: true },
          hideClientButton: true,
        };
      }),
    );
}
