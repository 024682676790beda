// The OpenAPI 3.1 document, generated from the routes' valibot schemas, and a readable reference page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Scalar } from '@scalar/hono-api-reference';
import { type Hono, Hono as HonoApp } from 'hono';
import { type GenerateSpecOptions, generateSpecs } from 'hono-openapi';
import { allowPublic } from '../access/allow.ts';
import { docsPolicy, newNonce } from '../http/csp.ts';
import type { AppEnv } from '../http/env.ts';
import { PROBLEM_RESPONSES, SECURITY_SCHEMES } from '../http/openapi.ts';
import { mergeIdenticalPaths } from './identical-paths.ts';

// The page's script is served from node_modules: no CDN is reachable from every deployment.
const scalarScript = createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js');

const OPTIONS: Partial<GenerateSpecOptions> = {
  documentation: {
    openapi: '3.1.0',
    info: {
      title: 'Kutse API',
      version: '0.1.0',
      description:
        'Professional qualifications: the public catalogue of awarding bodies, applications, exams and certificates. Errors are `application/problem+json` (RFC 9457). A widget on an awarding body’s website sends its token as `Authorization: Bearer …`; the console sends its session cookie, and its CSRF token in `X-CSRF-Token` on every state-changing request.',
    },
    // Relative: the API's own origin, wherever it is deployed.
    servers: [{ url: '/', description: 'This API' }],
    tags: [
      { name: 'Catalogue', description: 'Awarding bodies and their qualifications: public, no sign-in.' },
      { name: 'Applications', description: 'The signed-in applicant’s own applications at a body.' },
      { name: 'Sign-in', description: 'The widget’s popup sign-in and the console’s session.' },
      { name: 'Me', description: 'The signed-in person’s own data.' },
      { name: 'Awarding body', description: 'An awarding body’s staff, committee and partners (console).' },
      { name: 'Registry admin', description: 'The registry administrators (console).' },
      { name: 'Console', description: 'The console’s pages.' },
      { name: 'Operations', description: 'Liveness and readiness.' },
    ],
    components: { securitySchemes: SECURITY_SCHEMES, responses: PROBLEM_RESPONSES },
  },
  defaultValidationErrorResponse: false,
  excludeStaticFile: false, // GET /.well-known/jwks.json is an operation, not a file; routes without describeRoute stay out anyway
};

// biome-ignore lint/suspicious/noExplicitAny: the documented app's route types do not matter here.
export function docsRoutes(documented: Hono<AppEnv, any, any>) {
  let document: Promise<object> | undefined;
  return new HonoApp<AppEnv>()
    .get('/openapi.json', allowPublic(), async (c) => {
      // Built once, on the first request: the routes do not change while the process runs.
      document ??= generateSpecs(documented, OPTIONS, c)
        .then((spec) => ({ ...spec, paths: mergeIdenticalPaths(spec.paths) }))
        .catch((error: unknown) => {
          document = undefined;
          throw error;
        });
      return c.json(await document);
    })
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
