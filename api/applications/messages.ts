// Messages between an applicant and the awarding body about one application, with attachments.
// Reading them marks the body's messages read; each message sent is recorded in the audit trail.
import { and, asc, eq, inArray, isNull, notExists } from 'drizzle-orm';
import type { MessageView } from '../../contract/applications.ts';
import type { Database, Transaction } from '../../db/client.ts';
import { documents, messageAttachments, messages, persons } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import { bodyField, unprocessable } from '../http/problem.ts';
import { lockedState } from './documents.ts';
import { notEditable } from './draft.ts';
import { ownFacts } from './own.ts';
import type { ApplicantScope } from './scope.ts';
import { documentView } from './view.ts';
import { applicationPhrase } from './wording.ts';

export async function messagesOf(db: Database | Transaction, applicationId: string): Promise<MessageView[]> {
  const rows = await db
    .select({ message: messages, givenName: persons.givenName, familyName: persons.familyName })
    .from(messages)
    .innerJoin(persons, eq(persons.id, messages.authorId))
    .where(eq(messages.applicationId, applicationId))
    .orderBy(asc(messages.sentAt), asc(messages.id));
  const ids = rows.map((r) => r.message.id);
  const files = ids.length
    ? await db
        .select({ messageId: messageAttachments.messageId, document: documents })
        .from(messageAttachments)
        .innerJoin(documents, eq(documents.id, messageAttachments.documentId))
        .where(inArray(messageAttachments.messageId, ids))
        .orderBy(asc(documents.uploadedAt))
    : [];
  return rows.map(({ message, givenName, familyName }) => ({
    id: message.id,
    fromBody: message.fromBody,
    author: `${givenName} ${familyName}`,
    text: message.body,
    sentAt: message.sentAt.toISOString(),
    readAt: message.readAt?.toISOString() ?? null,
    attachments: files
      .filter((f) => f.messageId === message.id)
      .map((f) => documentView({ ...f.document, type: null })),
  }));
}

/** The applicant reads the thread: the body's unread messages become read. */
export async function readOwnMessages(own: ApplicantScope, id: string) {
  await ownFacts(own, id);
  const list = await messagesOf(own.db, id);
  await own.db
    .update(messages)
    .set({ readAt: own.now })
    .where(and(eq(messages.applicationId, id), eq(messages.fromBody, true), isNull(messages.readAt)));
  return list;
}

export async function sendOwnMessage(own: ApplicantScope, id: string, text: string, attachmentIds: string[]) {
  await ownFacts(own, id);
  return own.db.transaction(async (tx) => {
    // Under the application's lock: a withdrawal that lands meanwhile is seen.
    const state = await lockedState(tx, id);
    if (state === 'withdrawn') throw notEditable(state);
    const unique = [...new Set(attachmentIds)];
    // Only files this person uploaded to this application as attachments, not sent before.
    const usable = unique.length
      ? await tx
          .select({ id: documents.id })
          .from(documents)
          .where(
            and(
              inArray(documents.id, unique),
              eq(documents.applicationId, id),
              eq(documents.uploadedById, own.personId),
              isNull(documents.documentTypeId),
              notExists(
                tx.select().from(messageAttachments).where(eq(messageAttachments.documentId, documents.id)),
              ),
            ),
          )
          // Held until the message is in: the sweep of unsent files (documents/cleanup.ts) skips them.
          .for('share')
      : [];
    // Also a file left unsent for a day, which the sweep removed (documents/cleanup.ts).
    if (usable.length !== unique.length)
      throw unprocessable([
        bodyField('attachments', applicationPhrase({ code: 'attachmentGone', params: {} })),
      ]);
    const [message] = await tx
      .insert(messages)
      .values({ applicationId: id, authorId: own.personId, fromBody: false, body: text, sentAt: own.now })
      .returning({ id: messages.id });
    if (!message) throw new Error('message not inserted');
    if (unique.length)
      await tx
        .insert(messageAttachments)
        .values(unique.map((documentId) => ({ messageId: message.id, documentId })));
    await recordAudit(tx, own.now, {
      actorId: own.personId,
      actorRole: 'applicant',
      bodyId: own.body.id,
      action: 'message.send',
      subjectId: own.personId,
      entity: 'application',
      entityId: id,
      requestId: own.requestId,
    });
    const sent = (await messagesOf(tx, id)).find((m) => m.id === message.id);
    if (!sent) throw new Error('message not found after insert');
    return sent;
  });
}
