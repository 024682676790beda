// The awarding body's side of the conversation with an applicant (issue 5 needs it so that the
// status tracker has something to show): return an application for completion with what is asked
// for, write to the applicant, and open the files they sent. Each goes through the tenant scope,
// so only the body's own applications are reachable, and each is recorded in the audit trail.

import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { isIn, returnable } from '../../contract/application-states.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { applications, applicationTransitions, documents, messages } from '../../db/schema/index.ts';
import { callerOf, tenantOf } from '../access/context.ts';
import { messagesOf } from '../applications/messages.ts';
import { recordAudit } from '../audit/record.ts';
import type { AppEnv } from '../http/env.ts';
import { notFound, ProblemError } from '../http/problem.ts';

export function applicationProcessing({ db, clock }: { db: Database; clock: Clock }) {
  /** The body's application, or 404; and who acts on it, for the audit trail. */
  const visible = async (c: Context<AppEnv>, id: string) => {
    const row = await tenantOf(c).applications.get(id);
    if (!row) throw notFound(`Application ${id}`);
    const { actor, role } = callerOf(c);
    const audit = (action: string, entity = 'application', entityId = id) => ({
      actorId: actor.personId,
      actorRole: role,
      bodyId: tenantOf(c).body.id,
      action,
      subjectId: row.applicantId,
      entity,
      entityId,
      requestId: c.get('requestId'),
      purpose: 'application processing',
    });
    return { row, actorId: actor.personId, audit };
  };

  return {
    async returnForCompletion(c: Context<AppEnv>, id: string, reason: string) {
      const { row, actorId, audit } = await visible(c, id);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const [changed] = await tx
          .update(applications)
          .set({ state: 'returned', updatedAt: now })
          .where(and(eq(applications.id, id), eq(applications.state, row.state)))
          .returning({ id: applications.id });
        if (!changed || !isIn(returnable, row.state))
          throw new ProblemError(409, 'Conflict', {
            detail: `A ${row.state} application cannot be returned for completion.`,
            extensions: { state: row.state },
          });
        await tx
          .insert(applicationTransitions)
          .values({ applicationId: id, fromState: row.state, toState: 'returned', actorId, reason, at: now });
        await recordAudit(tx, now, audit('application.return'));
      });
      return (await tenantOf(c).applications.get(id))?.history ?? [];
    },

    async send(c: Context<AppEnv>, id: string, text: string) {
      const { actorId, audit } = await visible(c, id);
      const now = clock.now();
      const messageId = await db.transaction(async (tx) => {
        const [message] = await tx
          .insert(messages)
          .values({ applicationId: id, authorId: actorId, fromBody: true, body: text, sentAt: now })
          .returning({ id: messages.id });
        await recordAudit(tx, now, audit('message.send'));
        return message?.id;
      });
      return (await messagesOf(db, id)).find((m) => m.id === messageId);
    },

    async thread(c: Context<AppEnv>, id: string) {
      const { audit } = await visible(c, id);
      await recordAudit(db, clock.now(), audit('message.read'));
      return messagesOf(db, id);
    },

    /** A file the applicant sent, opened by staff: recorded before it is served. */
    async document(c: Context<AppEnv>, id: string, documentId: string) {
      const { audit } = await visible(c, id);
      const [file] = await db
        .select()
        .from(documents)
        .where(and(eq(documents.id, documentId), eq(documents.applicationId, id)));
      if (!file) throw notFound(`Document ${documentId}`);
      await recordAudit(db, clock.now(), audit('document.read', 'document', documentId));
      return file;
    },
  };
}
