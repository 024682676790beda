// The exam calendar: sessions applicants register for, with their capacity.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { awardingBodies } from './bodies.ts';
import { qualifications } from './catalogue.ts';

export const examSessions = pgTable(
  'exam_sessions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    bodyId: integer()
      .notNull()
      .references(() => awardingBodies.id, { onDelete: 'cascade' }),
    qualificationId: integer()
      .notNull()
      .references(() => qualifications.id, { onDelete: 'cascade' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull(),
    capacity: integer().notNull(),
    registrationDeadline: timestamp({ withTimezone: true }).notNull(),
    demoValues: boolean().notNull().default(false),
  },
  (t) => [
    check('exam_sessions_capacity', sql`${t.capacity} > 0`),
    check('exam_sessions_deadline', sql`${t.registrationDeadline} <= ${t.startsAt}`),
    index('exam_sessions_qualification_starts').on(t.qualificationId, t.startsAt),
  ],
);
