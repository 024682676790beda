// Verifiable credentials: the owner's credential, the registry's public keys and the revocation status lists.
import { Hono } from 'hono';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import type { MailQueue } from '../mail/outbox.ts';

export function credentialRoutes(_deps: { db: Database; clock: Clock; auth: AuthConfig; mail?: MailQueue }) {
  return new Hono<AppEnv>();
}
