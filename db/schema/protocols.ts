// Committee protocols: decisions on applications; signing a protocol issues the certificates.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';
import { awardingBodies } from './bodies.ts';
import { persons } from './people.ts';

export const protocolState = pgEnum('protocol_state', ['draft', 'signed']);
export const decision = pgEnum('decision', ['granted', 'refused']);

export const protocols = pgTable(
  'protocols',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id),
    number: text().notNull(),
    meetingDate: date({ mode: 'string' }).notNull(),
    state: protocolState().notNull().default('draft'),
    signedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    unique('protocols_body_number').on(t.bodyId, t.number),
    check('protocols_signed', sql`(${t.state} = 'signed') = (${t.signedAt} is not null)`),
  ],
);

export const protocolDecisions = pgTable(
  'protocol_decisions',
  {
    protocolId: uuid()
      .notNull()
      .references(() => protocols.id, { onDelete: 'cascade' }),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id)
      .unique(),
    decision: decision().notNull(),
    justification: text(),
  },
  (t) => [primaryKey({ columns: [t.protocolId, t.applicationId] })],
);

export const protocolSignatures = pgTable(
  'protocol_signatures',
  {
    protocolId: uuid()
      .notNull()
      .references(() => protocols.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    signedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.protocolId, t.personId] })],
);
