// The awarding body's side of the conversation with an applicant: return an application for
// completion with what is asked for, write to the applicant, and open the files they sent. Each
// goes through the caller's tenant scope, so only the body's own applications are reachable, and
// each is recorded in the audit trail.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { documents, messages } from '../../db/schema/index.ts';
import { type AuditEntry, recordAudit } from '../audit/record.ts';
import { conflict, notFound } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import { applicationHistory } from './history.ts';
import { transition } from './lifecycle.ts';
import { messagesOf } from './messages.ts';
import type { StaffScope } from './scope.ts';
import { applicationPhrase } from './wording.ts';

const PURPOSE = 'application processing';

/** The body's application as the caller may see it, or 404. */
async function visible(scope: StaffScope, id: string) {
  const row = await scope.tenant.applications.get(id);
  if (!row) throw notFound(httpPhrase({ code: 'notFoundApplication', params: { id } }));
  return row;
}

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

export function applicationProcessing(db: Database) {
  return {
    /** Sends the application back to the applicant, saying why; answers its history. */
    async returnForCompletion(scope: StaffScope, id: string, reason: string) {
      const row = await visible(scope, id);
      await db.transaction((tx) =>
        transition(tx, {
          id,
          name: 'return',
          actorId: scope.actor.personId,
          role: scope.role,
          bodyId: scope.body.id,
          subjectId: row.applicantId,
          now: scope.now,
          reason,
          requestId: scope.requestId,
          purpose: PURPOSE,
          refused: (state) =>
            conflict(applicationPhrase({ code: 'notReturnable', params: { state } }), {
              extensions: { state },
            }),
        }),
      );
      return applicationHistory(db, id);
    },

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
        await recordAudit(tx, scope.now, handled(scope, row.applicantId, 'message.send', 'application', id));
        return message?.id;
      });
      return (await messagesOf(db, id)).find((m) => m.id === messageId);
    },

    async thread(scope: StaffScope, id: string) {
      const row = await visible(scope, id);
      await recordAudit(db, scope.now, handled(scope, row.applicantId, 'message.read', 'application', id));
      return messagesOf(db, id);
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
