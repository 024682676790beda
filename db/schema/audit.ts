// Append-only record of who read or changed whose data (the data tracker, andmejälgija).
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { awardingBodies } from './bodies.ts';
import { persons } from './people.ts';

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid().references(() => persons.id),
    actorRole: text().notNull(),
    bodyId: integer().references(() => awardingBodies.id),
    /** e.g. `application.read`, `application.submit`. */
    action: text().notNull(),
    subjectId: uuid().references(() => persons.id),
    entity: text().notNull(),
    entityId: text(),
    requestId: text(),
    purpose: text(),
    detail: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_events_subject').on(t.subjectId, t.at)],
);
