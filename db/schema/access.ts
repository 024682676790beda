// Identity and access: who may administer the registry, logins in progress and sessions. All of
// it lives here, not in process memory, so that any API process can finish a login another one
// started. The keys the API signs its own tokens with do not: they come from configuration
// (api/auth/token-keys.ts), so that a copy of the database cannot mint tokens.
import { integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { awardingBodies } from './bodies.ts';
import { persons } from './people.ts';

/** Registry administrators: they run every body's process from the console. */
export const registryAdmins = pgTable('registry_admins', {
  personId: uuid()
    .primaryKey()
    .references(() => persons.id),
  grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Where a login was started: a widget on a body's website (popup) or a console. */
export const loginPurpose = pgEnum('login_purpose', ['widget', 'console']);

export const sessions = pgTable('sessions', {
  id: uuid().primaryKey().defaultRandom(),
  kind: loginPurpose().notNull(),
  personId: uuid()
    .notNull()
    .references(() => persons.id),
  /** Console sessions: SHA-256 of the cookie's secret (the secret itself is never stored). */
  secretHash: text().unique(),
  /** Console sessions: the token every state-changing request must echo in `X-CSRF-Token`. */
  csrfToken: text(),
  /** Widget sessions: the body whose website the person signed in on, and that page's origin. */
  bodyId: integer().references(() => awardingBodies.id, { onDelete: 'cascade' }),
  origin: text(),
  /** The identity provider's `amr` and `acr` for this login. */
  method: text().notNull(),
  assurance: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  lastSeenAt: timestamp({ withTimezone: true }).notNull(),
  /** The absolute end, however active the session is. */
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  endedAt: timestamp({ withTimezone: true }),
});

export const loginAttempts = pgTable('login_attempts', {
  id: uuid().primaryKey().defaultRandom(),
  /** SHA-256 of the `state` sent to the identity provider; the callback finds its attempt by it. */
  stateHash: text().notNull().unique(),
  nonce: text().notNull(),
  /** PKCE verifier, when the provider's discovery document offers PKCE. */
  codeVerifier: text(),
  /** The methods asked for (scope values such as `idcard`), checked against the token's `amr`. */
  methods: text().array().notNull(),
  purpose: loginPurpose().notNull(),
  bodyId: integer().references(() => awardingBodies.id, { onDelete: 'cascade' }),
  /** Widget logins: the embedding page's origin, registered by the body. */
  origin: text(),
  /** Widget logins: SHA-256 of the widget's one-time handoff secret (the fallback to postMessage). */
  handoffHash: text().unique(),
  /** Widget logins whose start did not come from the body's page (no proving `Sec-Fetch-Site` and
   * `Referer`): SHA-256 of the one-time value of the confirmation page. While it is set, the login
   * goes nowhere; the person's Continue clears it. */
  confirmHash: text().unique(),
  /** Console logins: the console path to return to. */
  returnTo: text(),
  language: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  /** SHA-256 of the secret in the cookie set on the browser that started the login: the callback
   * must come back to that browser (no login CSRF). */
  browserHash: text(),
  /** Set by the callback: a replayed `state` finds it set and is refused. */
  completedAt: timestamp({ withTimezone: true }),
  /** Why a completed login did not open a session (`access_denied`, `login_failed`). */
  failure: text(),
  sessionId: uuid().references(() => sessions.id),
  /** Set when the widget collected its token through the handoff: once only. */
  handedOverAt: timestamp({ withTimezone: true }),
});
