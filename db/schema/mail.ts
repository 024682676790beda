// The mail outbox: every e-mail the product sends, one row each, with its state, so that the console
// can show what was sent to whom and the sending job can tell "already sent" from "to send".
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';

/** queued → sending → sent; `failed` once the queue has given up retrying (the row says why). */
export const mailStates = ['queued', 'sending', 'sent', 'failed'] as const;
export const mailState = pgEnum('mail_state', mailStates);
export const mailLanguage = pgEnum('mail_language', ['et', 'en']);

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The caller's key: queueing twice with the same key leaves one row and one job. */
    idempotencyKey: text().notNull().unique(),
    applicationId: uuid().references(() => applications.id, { onDelete: 'set null' }),
    recipient: text().notNull(),
    language: mailLanguage().notNull(),
    template: text().notNull(),
    params: jsonb().$type<Record<string, string>>().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    /** Fixed when the row is made, so every attempt sends the same Message-ID and receivers can dedupe. */
    messageId: text().notNull().unique(),
    state: mailState().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    /** While `sending`: until when this attempt holds the row; a crashed attempt's hold runs out. */
    leaseUntil: timestamp({ withTimezone: true }),
    queuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('mail_outbox_application').on(t.applicationId, t.queuedAt),
    index('mail_outbox_state').on(t.state, t.queuedAt),
    check('mail_outbox_sent_at', sql`(${t.state} = 'sent') = (${t.sentAt} is not null)`),
  ],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
