// Telling the owner that the awarding body (or the registry, the body gone) answered their request: the 'answered' register notice
// and its e-mail (issue 13, item 2), through the notices area's queueNotice, once per answer (its
// milestone `answered:<message id>`), in the answer's transaction.
import type { Transaction } from '../../db/client.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { queueNotice } from '../notices/queue.ts';

export type AnsweredRequest = {
  certificateId: string;
  messageId: string;
  now: Date;
  /** The registry answered (the request's body is gone): the notice names it, not the body. */
  byRegistry: boolean;
};

/** The registry as the notices name it. */
const REGISTRY = { et: 'Kutsekoda', en: 'Kutsekoda' } as const;

/** Records the owner's 'answered' notice and queues its e-mail (when there is a mail queue). */
export async function notifyOwnerAnswered(
  tx: Transaction,
  mail: MailQueue | undefined,
  { certificateId, messageId, now, byRegistry }: AnsweredRequest,
): Promise<void> {
  await queueNotice(tx, {
    certificateId,
    milestone: `answered:${messageId}`,
    kind: 'answered',
    now,
    ...(byRegistry ? { answeredBy: REGISTRY } : {}),
    ...(mail ? { mail } : {}),
  });
}
