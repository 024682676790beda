// The awarding body's side of the conversation with an applicant: write to the applicant (and
// e-mail them), read the thread, open the files they sent, and see the e-mails sent about the
// application. Each goes through the caller's tenant scope, so only the body's own applications
// are reachable, and each is recorded in the audit trail. The steps of the application's life are
// in actions.ts.
import { and, asc, eq } from 'drizzle-orm';
import type { EmailView } from '../../contract/staff.ts';
import type { Database } from '../../db/client.ts';
import { documents, mailOutbox, messages } from '../../db/schema/index.ts';
import { type AuditEntry, recordAudit } from '../audit/record.ts';
import { notFound } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { visible } from './actions.ts';
import { messagesOf } from './messages.ts';
import { notifyApplicant } from './notify.ts';
import type { StaffScope } from './scope.ts';

const PURPOSE = 'application processing';

/** An audit entry of the caller handling the applicant's data. */
const handled = (
  scope: StaffScope,
  applicantId: string,
  action: string,
  entity: string,
  entityId: string,
): AuditEntry => ({
  actorId: scope.actor.personId,
  actorRole: scope.role,
  bodyId: scope.body.id,
  action,
  subjectId: applicantId,
  entity,
  entityId,
  requestId: scope.requestId,
  purpose: PURPOSE,
});

export function applicationProcessing(db: Database, mail?: MailQueue) {
  return {
    /**
     * Writes to the applicant, and e-mails them the message in the same transaction. A message
     * does not raise the application's version: it changes nothing an action decides on.
     */
    async send(scope: StaffScope, id: string, text: string) {
      const row = await visible(scope, id);
      const messageId = await db.transaction(async (tx) => {
        const [message] = await tx
          .insert(messages)
          .values({
            applicationId: id,
            authorId: scope.actor.personId,
            fromBody: true,
            body: text,
            sentAt: scope.now,
          })
          .returning({ id: messages.id });
        if (!message) throw new Error('message not inserted');
        await recordAudit(tx, scope.now, handled(scope, row.applicantId, 'message.send', 'application', id));
        await notifyApplicant(tx, mail, id, `staffMessage:${message.id}`, (common) => ({
          template: 'staffMessage',
          params: { ...common, body: text },
        }));
        return message.id;
      });
      return (await messagesOf(db, id)).find((m) => m.id === messageId);
    },

    async thread(scope: StaffScope, id: string) {
      const row = await visible(scope, id);
      await recordAudit(db, scope.now, handled(scope, row.applicantId, 'message.read', 'application', id));
      return messagesOf(db, id);
    },

    /** The e-mails sent or queued about the application, oldest first: recorded, as they name the applicant's address. */
    async emails(scope: StaffScope, id: string): Promise<EmailView[]> {
      const row = await visible(scope, id);
      await recordAudit(db, scope.now, handled(scope, row.applicantId, 'email.read', 'application', id));
      const rows = await db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.applicationId, id))
        .orderBy(asc(mailOutbox.queuedAt), asc(mailOutbox.id));
      return rows.map((m) => ({
        id: m.id,
        to: m.recipient,
        subject: m.subject,
        template: m.template,
        state: m.state,
        attempts: m.attempts,
        lastError: m.lastError,
        queuedAt: m.queuedAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      }));
    },

    /** A file the applicant sent, opened by staff: recorded before it is served. */
    async document(scope: StaffScope, id: string, documentId: string) {
      const row = await visible(scope, id);
      const [file] = await db
        .select()
        .from(documents)
        .where(and(eq(documents.id, documentId), eq(documents.applicationId, id)));
      if (!file) throw notFound(httpPhrase({ code: 'notFoundDocument', params: { id: documentId } }));
      await recordAudit(
        db,
        scope.now,
        handled(scope, row.applicantId, 'document.read', 'document', documentId),
      );
      return file;
    },
  };
}
