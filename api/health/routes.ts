// Liveness and readiness for load balancers and orchestrators.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { allowPublic } from '../access/allow.ts';
import type { AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';

export function healthRoutes({ ping }: { ping: () => Promise<boolean> }) {
  return new Hono<AppEnv>()
    .get(
      '/health',
      describeRoute({ tags: ['Operations'], summary: 'The process is up' }),
      allowPublic(),
      (c) => c.json({ status: 'ok' as const }, 200),
    )
    .get(
      '/ready',
      describeRoute({ tags: ['Operations'], summary: 'The database answers' }),
      allowPublic(),
      async (c) => {
        if (!(await ping()))
          throw new ProblemError(503, 'Service Unavailable', { detail: 'The database does not answer.' });
        return c.json({ status: 'ready' as const }, 200);
      },
    );
}
