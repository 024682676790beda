// Liveness and readiness for load balancers and orchestrators.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { allowPublic } from '../access/allow.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonContent, problems, securityOf } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';

export function healthRoutes({ ping }: { ping: () => Promise<boolean> }) {
  return new Hono<AppEnv>()
    .get(
      '/health',
      describeRoute({
        tags: ['Operations'],
        summary: 'The process is up',
        ...securityOf({ kind: 'public' }),
        responses: { 200: jsonContent(v.object({ status: v.literal('ok') }), 'Up', 'Health') },
      }),
      allowPublic(),
      (c) => c.json({ status: 'ok' as const }, 200),
    )
    .get(
      '/ready',
      describeRoute({
        tags: ['Operations'],
        summary: 'The database answers',
        ...securityOf({ kind: 'public' }),
        responses: {
          200: jsonContent(v.object({ status: v.literal('ready') }), 'Ready', 'Readiness'),
          503: problems[503],
        },
      }),
      allowPublic(),
      async (c) => {
        if (!(await ping()))
          throw new ProblemError(503, 'Service Unavailable', { detail: 'The database does not answer.' });
        return c.json({ status: 'ready' as const }, 200);
      },
    );
}
