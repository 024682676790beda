// Telling the owner that the awarding body answered their request: the 'answered' register notice
// and its e-mail (issue 13, item 2). The notices area (api/notices/, helper H5) owns queueing them
// exactly once (the notice's milestone `answered:<request id>`); this is the one call site the
// console's answer goes through, to be pointed at that function once it lands.
import type { Transaction } from '../../db/client.ts';
import type { MailQueue } from '../mail/outbox.ts';

export type AnsweredRequest = { requestId: string; certificateId: string; ownerId: string };

/**
 * Queues the owner's 'answered' notice and e-mail, in the answer's transaction.
 * Not yet wired: api/notices/ has no queueing function yet, so nothing is queued.
 */
export async function notifyOwnerAnswered(
  _tx: Transaction,
  _mail: MailQueue | undefined,
  _answered: AnsweredRequest,
): Promise<void> {}
