// People known to the registry: applicants, certificate owners, staff, committee members.
import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const persons = pgTable('persons', {
  id: uuid().primaryKey().defaultRandom(),
  /** The identity provider's `sub`, verbatim: `EE` + isikukood, or a longer eIDAS identifier. */
  subject: text().notNull().unique(),
  /** Estonian personal code (isikukood) when the person has one; never logged. */
  personalCode: text(),
  givenName: text().notNull(),
  familyName: text().notNull(),
  dateOfBirth: date({ mode: 'string' }),
  email: text(),
  phone: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Person = typeof persons.$inferSelect;
