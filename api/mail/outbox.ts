// Queueing an e-mail: one `mail_outbox` row and one `sendMail` job, both written in the caller's
// transaction, so the e-mail exists if and only if the change it announces commits.
import { randomUUID } from 'node:crypto';
import type { PgBoss } from 'pg-boss';
import type { Language } from '../../contract/wording.ts';
import type { Transaction } from '../../db/client.ts';
import { mailOutbox } from '../../db/schema/mail.ts';
import { inTransaction } from '../jobs/queue.ts';
import { type MailContent, renderMail } from './templates.ts';

/** The pg-boss queue that sends e-mail. */
export const MAIL_QUEUE = 'send-mail';

/** What a caller asks for. `idempotencyKey` names the event (e.g. `returned:<transition id>`). */
export type MailRequest = MailContent & {
  to: string;
  language: Language;
  idempotencyKey: string;
  applicationId?: string | null;
};

/** The `sendMail` job's payload: enough to read in the queue's own tables what it is about. */
export type SendMailJob = Pick<MailRequest, 'to' | 'language' | 'template' | 'params' | 'idempotencyKey'>;

export type MailQueue = {
  /**
   * Queues one e-mail in the caller's transaction. A second call with the same idempotency key
   * queues nothing and answers the first one's row (`queued: false`).
   * @example await db.transaction((tx) => mail.queue(tx, { to, language: 'et', template: 'admitted', params, idempotencyKey }));
   */
  queue(tx: Transaction, request: MailRequest): Promise<{ id: string; queued: boolean }>;
};

/** The domain that Message-IDs are made in: the sender's. */
export const messageIdDomain = (from: string) => /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';

export function createMailQueue(boss: PgBoss, { from }: { from: string }): MailQueue {
  const domain = messageIdDomain(from);
  return {
    async queue(tx, request) {
      const { subject, body } = renderMail(request, request.language);
      const id = randomUUID();
      const [row] = await tx
        .insert(mailOutbox)
        .values({
          id,
          idempotencyKey: request.idempotencyKey,
          applicationId: request.applicationId ?? null,
          recipient: request.to,
          language: request.language,
          template: request.template,
          params: request.params,
          subject,
          body,
          // Fixed now, sent with every attempt: a receiver that got a first attempt whose
          // acknowledgement was lost can recognise the second as the same message.
          messageId: `<${id}@${domain}>`,
        })
        .onConflictDoNothing({ target: mailOutbox.idempotencyKey })
        .returning({ id: mailOutbox.id });
      if (!row) {
        const existing = await tx.query.mailOutbox.findFirst({
          columns: { id: true },
          where: (outbox, { eq }) => eq(outbox.idempotencyKey, request.idempotencyKey),
        });
        return { id: existing?.id ?? id, queued: false };
      }
      const job: SendMailJob = {
        to: request.to,
        language: request.language,
        template: request.template,
        params: request.params,
        idempotencyKey: request.idempotencyKey,
      };
      await boss.send(MAIL_QUEUE, job, { db: inTransaction(tx) });
      return { id, queued: true };
    },
  };
}
