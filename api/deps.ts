// What the API is built from. Tests build the app from their own deps; server.ts from the environment.
import type { Logger } from 'pino';
import type { Database } from '../db/client.ts';
import type { Clock } from '../db/clock.ts';
import type { AuthConfig } from './auth/config.ts';
import type { RegistryPayee } from './config.ts';
import type { CredentialKeys } from './credentials/keys.ts';
import type { MailQueue } from './mail/outbox.ts';

export type Config = {
  /** Folder holding the built widget (served at /widget/). */
  widgetDir: string;
  /** Largest JSON request body accepted, in bytes. */
  maxJsonBytes: number;
  /** Sign-in: the identity provider, and the lifetimes of tokens and sessions. */
  auth: AuthConfig;
  /**
   * Who is paid for the owners' orders the registry handles (their body gone); absent: the demo's
   * all-zero account (tests), which a production start refuses (deployment.ts).
   */
  registryPayee?: RegistryPayee;
};

export type Deps = {
  db: Database;
  clock: Clock;
  logger: Logger;
  config: Config;
  /** Answers whether the database is reachable, for /ready. */
  ping: () => Promise<boolean>;
  /** Queues e-mail in a transaction (api/mail/outbox.ts); absent where no queue runs (most tests). */
  mail?: MailQueue;
  /** The credentials' signing key when configured; the demo's, kept in the database, otherwise. */
  credentialKeys?: CredentialKeys | undefined;
};
