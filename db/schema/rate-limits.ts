// Requests counted per client address, endpoint and fixed time window, for the rate limits of the
// public sign-in endpoints (api/auth/rate-limit.ts). In PostgreSQL, not in a process's memory, so
// that every API process counts against the same limit; one upsert per request.
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const rateLimits = pgTable(
  'rate_limits',
  {
    /** The limited endpoint, e.g. `widget-start`. */
    endpoint: text().notNull(),
    /** The client's IP address as the socket saw it (no other personal data). */
    client: text().notNull(),
    /** Start of the fixed window the requests fell in. */
    windowStart: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.endpoint, t.client, t.windowStart] })],
);
