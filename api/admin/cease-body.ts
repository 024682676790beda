// An awarding body stops acting: the registry records the day and takes over the owners' requests
// still open with it, so that none waits on a body that will never answer (issue 13). New requests
// go to the registry from that day (certificates/handling-body.ts). Each owner whose request moved
// is told so in a register notice (and its e-mail).
import { and, eq, inArray } from 'drizzle-orm';
import type { BodyCeased } from '../../contract/body-cease.ts';
import { tallinnDay } from '../../contract/calendar.ts';
import type { Database } from '../../db/client.ts';
import { awardingBodies, ownerRequests } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import type { Language } from '../http/env.ts';
import { bodyField, conflict, notFound, unprocessable } from '../http/problem.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { queueNotice } from '../notices/queue.ts';

/** The registry admin who records it, and when; the mail queue tells the owners (absent in most tests). */
export type CeaseBy = {
  actorId: string;
  role: string;
  now: Date;
  requestId?: string | undefined;
  mail?: MailQueue;
};

/** A request still waiting on its handler; `done` and `declined` stay the body's record. */
const OPEN = ['open', 'in_progress'] as const;

const inTheFuture = (language: Language) =>
  language === 'et'
    ? 'Tegevuse lõpetamise päev ei saa olla tulevikus.'
    : 'The day the body ceased cannot be in the future.';

/**
 * Records that the body ceased on `ceasedOn` (today or earlier) and moves its open requests to the
 * registry, in one transaction: 404 for no such body, 422 for a later day, 409 when it has ceased.
 * @example await ceaseBody(db, 'etel', '2026-11-30', { actorId, role: 'registry-admin', now })
 */
export async function ceaseBody(
  db: Database,
  slug: string,
  ceasedOn: string,
  by: CeaseBy,
): Promise<BodyCeased> {
  return db.transaction(async (tx) => {
    const [body] = await tx
      .select({ id: awardingBodies.id, ceasedOn: awardingBodies.ceasedOn })
      .from(awardingBodies)
      .where(eq(awardingBodies.slug, slug))
      .for('update');
    if (!body) throw notFound(`Awarding body ${slug}`);
    if (ceasedOn > tallinnDay(by.now)) throw unprocessable([bodyField('ceasedOn', inTheFuture)]);
    if (body.ceasedOn !== null)
      throw conflict((language) =>
        language === 'et'
          ? `See kutse andja lõpetas tegevuse juba ${body.ceasedOn}.`
          : `This awarding body already ceased on ${body.ceasedOn}.`,
      );
    await tx.update(awardingBodies).set({ ceasedOn }).where(eq(awardingBodies.id, body.id));
    const moved = await tx
      .update(ownerRequests)
      .set({ bodyId: null })
      .where(and(eq(ownerRequests.bodyId, body.id), inArray(ownerRequests.state, [...OPEN])))
      .returning({ id: ownerRequests.id, certificateId: ownerRequests.certificateId });
    // Each owner is told who answers them now, once per request (its notice's milestone).
    for (const request of moved)
      await queueNotice(tx, {
        certificateId: request.certificateId,
        milestone: `moved:${request.id}`,
        kind: 'moved',
        now: by.now,
        ...(by.mail ? { mail: by.mail } : {}),
      });
    await recordAudit(tx, by.now, {
      actorId: by.actorId,
      actorRole: by.role,
      bodyId: body.id,
      action: 'body.cease',
      entity: 'awarding_body',
      entityId: String(body.id),
      requestId: by.requestId,
      detail: { ceasedOn, requestsMoved: moved.length },
    });
    return { body: slug, ceasedOn, requestsMoved: moved.length };
  });
}
