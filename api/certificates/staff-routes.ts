// The awarding body's side of certificates: owners' requests and their threads, revocation.
import { Hono } from 'hono';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import type { MailQueue } from '../mail/outbox.ts';

export function staffCertificateRoutes(_deps: {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  mail?: MailQueue;
}) {
  return new Hono<AppEnv>();
}
