// Staff applying on a person's behalf (the seed: people abroad, or without the skills to apply
// online): the same draft, documents and submit as the applicant's own, with the staff member as the
// one who submits. Mounted by staff-routes.ts.
import { Hono } from 'hono';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';

export function onBehalfRoutes(_deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  return new Hono<AppEnv>();
}
