// Removes what uploads leave behind: message attachments no message took within a day, and chunks
// no document names (an upload a crashed process left). There is no job queue yet, so every upload
// runs this first, inline; once a scheduler exists it belongs there, on a timer.
import { and, eq, inArray, isNull, lt, notExists } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { documents, messageAttachments } from '../../db/schema/index.ts';
import { ATTACHMENTS, ORPHAN_CHUNKS_KEPT_MS } from './limits.ts';
import type { DocumentStorage } from './storage.ts';

/** Returns how many unsent attachments went. */
export async function sweepStaleUploads(db: Database, storage: DocumentStorage, now: Date): Promise<number> {
  const removed = await db.transaction(async (tx) => {
    const stale = tx
      .select({ id: documents.id })
      .from(documents)
      .where(
        and(
          isNull(documents.documentTypeId),
          lt(documents.uploadedAt, new Date(now.getTime() - ATTACHMENTS.unsentKeptMs)),
          notExists(
            tx.select().from(messageAttachments).where(eq(messageAttachments.documentId, documents.id)),
          ),
        ),
      )
      // A message being sent holds its attachments' rows (messages.ts): those are skipped, not
      // deleted from under it.
      .for('update', { skipLocked: true });
    const rows = await tx
      .delete(documents)
      .where(inArray(documents.id, stale))
      .returning({ storageKey: documents.storageKey });
    for (const row of rows) await storage.remove(row.storageKey, tx);
    return rows.length;
  });
  await storage.sweep(new Date(now.getTime() - ORPHAN_CHUNKS_KEPT_MS));
  return removed;
}
