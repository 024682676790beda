// Assessment results: one outcome per assessment component of an application.
import { integer, numeric, pgEnum, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';
import { assessmentComponents } from './catalogue.ts';
import { persons } from './people.ts';

export const resultOutcome = pgEnum('result_outcome', ['pass', 'fail', 'absent']);

export const assessmentResults = pgTable(
  'assessment_results',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    componentId: integer()
      .notNull()
      .references(() => assessmentComponents.id),
    outcome: resultOutcome().notNull(),
    score: numeric({ precision: 5, scale: 2 }),
    assessorId: uuid()
      .notNull()
      .references(() => persons.id),
    enteredAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [unique('assessment_results_component').on(t.applicationId, t.componentId)],
);
