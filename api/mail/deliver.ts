// One attempt at sending one queued e-mail: take the outbox row, hand the message to SMTP, mark it sent.
//
// Exactly once, and the one window that cannot be closed:
// - The row is taken with a lease (`sending` until `lease_until`); a second attempt while the lease
//   runs (a job that expired while its worker was still at work) waits for a later retry.
// - A worker killed after queueing and before SMTP leaves the row `queued`, or `sending` with a
//   lease that runs out; pg-boss expires the abandoned job and retries it, and the retry sends.
// - A row already `sent` is never sent again (a retry after a crash between marking and the job's
//   completion ends there).
// - Not closable: a crash after the SMTP server accepted the message and before the row is marked
//   `sent`. The retry sends it a second time. Both copies carry the row's fixed Message-ID, so a
//   receiving server or client that deduplicates by Message-ID shows it once. SMTP has no two-phase
//   commit; the window is the time between the server's "250 OK" and one UPDATE.
import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { Database } from '../../db/client.ts';
import { type MailOutboxRow, mailOutbox } from '../../db/schema/mail.ts';

export type DeliverOptions = {
  from: string;
  /** How long one attempt holds the row; longer than the transport's own timeouts together. */
  leaseSeconds: number;
  /** Whether this is the queue's last try: a failure then marks the row `failed`. */
  lastTry: boolean;
  /** Called with the taken row just before SMTP (the crash test pauses here). */
  beforeSmtp?: (row: MailOutboxRow) => Promise<void>;
};

export type Delivery = 'sent' | 'already sent' | 'unknown';

/** Another attempt holds the row: the job fails this time and pg-boss retries it later. */
export class MailBusy extends Error {
  override name = 'MailBusy';
}

/**
 * Sends the row named by its idempotency key, once.
 * @example await deliverMail(db, transport, job.data.idempotencyKey, { from, leaseSeconds: 120, lastTry: false });
 */
export async function deliverMail(
  db: Database,
  transport: Transporter,
  idempotencyKey: string,
  { from, leaseSeconds, lastTry, beforeSmtp }: DeliverOptions,
): Promise<Delivery> {
  const [row] = await db
    .update(mailOutbox)
    .set({
      state: 'sending',
      attempts: sql`${mailOutbox.attempts} + 1`,
      leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
    })
    .where(
      and(
        eq(mailOutbox.idempotencyKey, idempotencyKey),
        ne(mailOutbox.state, 'sent'),
        or(ne(mailOutbox.state, 'sending'), lt(mailOutbox.leaseUntil, sql`now()`)),
      ),
    )
    .returning();
  if (!row) {
    const current = await db.query.mailOutbox.findFirst({
      columns: { state: true },
      where: (outbox, { eq }) => eq(outbox.idempotencyKey, idempotencyKey),
    });
    if (!current) return 'unknown';
    if (current.state === 'sent') return 'already sent';
    throw new MailBusy(`another attempt is sending ${idempotencyKey}`);
  }
  await beforeSmtp?.(row);
  try {
    await transport.sendMail({
      from,
      to: row.recipient,
      subject: row.subject,
      text: row.body,
      messageId: row.messageId,
      headers: { 'Content-Language': row.language },
    });
  } catch (error) {
    await db
      .update(mailOutbox)
      .set({ state: lastTry ? 'failed' : 'queued', leaseUntil: null, lastError: String(error) })
      .where(eq(mailOutbox.id, row.id));
    throw error;
  }
  await db
    .update(mailOutbox)
    .set({ state: 'sent', sentAt: sql`now()`, leaseUntil: null, lastError: null })
    .where(eq(mailOutbox.id, row.id));
  return 'sent';
}
