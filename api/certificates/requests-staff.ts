// Owners' requests about their certificates (a print, a duplicate, a question) as the awarding
// body's console handles them — or the registry's admins, for requests whose body is gone: the
// list, one request with its thread, the answer, state changes and the fee. Every query is narrowed
// to the handler's requests (another body's request is not found), and every person whose data is
// shown or changed is recorded in the audit trail.
import { and, asc, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { tallinnDay } from '../../contract/calendar.ts';
import type {
  OwnerRequestFile,
  OwnerRequestKind,
  OwnerRequestMessage,
  OwnerRequestState,
  OwnerRequestStateChange,
  OwnerRequestSummary,
} from '../../contract/owner-requests.ts';
import type { Database, Transaction } from '../../db/client.ts';
import {
  certificates,
  deliveryOptions,
  ownerRequestMessages,
  ownerRequests,
  persons,
  qualifications,
} from '../../db/schema/index.ts';
import type { StaffScope } from '../applications/scope.ts';
import { type AuditEntry, recordAudit } from '../audit/record.ts';
import { vatRateOn } from '../catalogue/qualification-query.ts';
import type { Language } from '../http/env.ts';
import { conflict, notFound } from '../http/problem.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { withVat } from '../payments/vat.ts';
import { certificateView, loadCertificates } from './load.ts';
import { notifyOwnerAnswered } from './requests-notify.ts';
import { ownerRequestPhrase } from './requests-wording.ts';

const PURPOSE = 'owner request handling';

/**
 * Who handles requests, for whom: a body's staff (`bodyId`), or a registry admin for the requests
 * routed to the registry (`bodyId` null, their body gone).
 */
export type RequestHandler = {
  actorId: string;
  role: string;
  bodyId: number | null;
  now: Date;
  language: Language;
  requestId?: string | undefined;
};

/** A body's staff as handlers of its requests. */
export const bodyHandler = (scope: StaffScope): RequestHandler => ({
  actorId: scope.actor.personId,
  role: scope.role,
  bodyId: scope.body.id,
  now: scope.now,
  language: scope.language,
  requestId: scope.requestId,
});

/** The condition that narrows owner_requests to the handler's own. */
const handledBy = (scope: RequestHandler) =>
  scope.bodyId === null ? isNull(ownerRequests.bodyId) : eq(ownerRequests.bodyId, scope.bodyId);
const CLOSED: readonly OwnerRequestState[] = ['done', 'declined'];

/** An audit entry of the caller handling the owner's data through one request. */
const handled = (scope: RequestHandler, ownerId: string, action: string, requestId: string): AuditEntry => ({
  actorId: scope.actorId,
  actorRole: scope.role,
  bodyId: scope.bodyId,
  action,
  subjectId: ownerId,
  entity: 'owner_request',
  entityId: requestId,
  requestId: scope.requestId,
  purpose: PURPOSE,
});

const missing = (id: string) => notFound(ownerRequestPhrase({ code: 'notFoundRequest', params: { id } }));

/** The thread of a request, oldest first; the owner's own messages are the ones not from the body. */
async function threadOf(
  db: Database | Transaction,
  requestId: string,
  ownerId: string,
): Promise<OwnerRequestMessage[]> {
  const rows = await db
    .select({
      id: ownerRequestMessages.id,
      authorId: ownerRequestMessages.authorId,
      body: ownerRequestMessages.body,
      sentAt: ownerRequestMessages.sentAt,
      givenName: persons.givenName,
      familyName: persons.familyName,
    })
    .from(ownerRequestMessages)
    .innerJoin(persons, eq(persons.id, ownerRequestMessages.authorId))
    .where(eq(ownerRequestMessages.requestId, requestId))
    .orderBy(asc(ownerRequestMessages.sentAt), asc(ownerRequestMessages.id));
  return rows.map((m) => ({
    id: m.id,
    fromBody: m.authorId !== ownerId,
    author: `${m.givenName} ${m.familyName}`,
    text: m.body,
    sentAt: m.sentAt.toISOString(),
  }));
}

export function ownerRequestHandling(deps: { db: Database; publicUrl: string; mail?: MailQueue }) {
  const { db, publicUrl, mail } = deps;

  /** The request of the caller's body, locked for the change when `tx` is given; else 404. */
  async function requestOf(scope: RequestHandler, id: string, tx?: Transaction) {
    const query = (tx ?? db)
      .select()
      .from(ownerRequests)
      .where(and(eq(ownerRequests.id, id), handledBy(scope)));
    const [row] = tx ? await query.for('update') : await query;
    if (!row) throw missing(id);
    return row;
  }

  /** The request's page, as it is now; the caller has recorded why it was read. */
  async function fileOf(
    scope: RequestHandler,
    request: typeof ownerRequests.$inferSelect,
    handle: Database | Transaction = db,
  ): Promise<OwnerRequestFile> {
    const [[certificate], [owner], delivery, messages, [{ vatRate } = { vatRate: null }]] = await Promise.all(
      [
        loadCertificates(handle, eq(certificates.id, request.certificateId), { limit: 1 }),
        handle
          .select({
            givenName: persons.givenName,
            familyName: persons.familyName,
            email: persons.email,
            phone: persons.phone,
          })
          .from(persons)
          .where(eq(persons.id, request.personId)),
        request.deliveryOptionId === null
          ? Promise.resolve([])
          : handle
              .select({ labelEt: deliveryOptions.labelEt, labelEn: deliveryOptions.labelEn })
              .from(deliveryOptions)
              .where(eq(deliveryOptions.id, request.deliveryOptionId)),
        threadOf(handle, request.id, request.personId),
        // The VAT rate of the day it was ordered, as the owner was shown (owner-requests.ts).
        handle
          .select({ vatRate: vatRateOn('EE', 'standard', tallinnDay(request.createdAt)) })
          .from(ownerRequests)
          .where(eq(ownerRequests.id, request.id)),
      ],
    );
    if (!certificate || !owner) throw missing(request.id);
    const [option] = delivery;
    return {
      id: request.id,
      kind: request.kind,
      state: request.state,
      question: request.question,
      createdAt: request.createdAt.toISOString(),
      closedAt: request.closedAt?.toISOString() ?? null,
      fee: request.feeCents === null ? null : withVat(request.feeCents, vatRate ?? 0),
      paymentReference: request.paymentReference,
      feeReceivedAt: request.feeReceivedAt?.toISOString() ?? null,
      delivery: option ? { name: scope.language === 'en' ? option.labelEn : option.labelEt } : null,
      certificate: certificateView(certificate, {
        language: scope.language,
        publicUrl,
        today: tallinnDay(scope.now),
      }),
      owner,
      messages,
    };
  }

  /** Writes to the owner under the request's lock, and tells them in a notice (and an e-mail). */
  async function write(
    tx: Transaction,
    scope: RequestHandler,
    request: typeof ownerRequests.$inferSelect,
    text: string,
  ) {
    const [message] = await tx
      .insert(ownerRequestMessages)
      .values({ requestId: request.id, authorId: scope.actorId, body: text, sentAt: scope.now })
      .returning({ id: ownerRequestMessages.id });
    if (!message) throw new Error('message not inserted');
    await notifyOwnerAnswered(tx, mail, {
      certificateId: request.certificateId,
      messageId: message.id,
      now: scope.now,
      byRegistry: scope.bodyId === null,
    });
  }

  const refuseClosed = (request: typeof ownerRequests.$inferSelect) => {
    if (CLOSED.includes(request.state))
      throw conflict(ownerRequestPhrase({ code: 'requestClosed', params: {} }));
  };

  return {
    /**
     * The body's requests, newest first, with each one's last message; each owner shown is recorded.
     * @example await handling.list(scope, { state: 'open' })
     */
    async list(
      scope: RequestHandler,
      filters: { state?: OwnerRequestState | undefined; kind?: OwnerRequestKind | undefined },
    ): Promise<OwnerRequestSummary[]> {
      const where: (SQL | undefined)[] = [handledBy(scope)];
      if (filters.state) where.push(eq(ownerRequests.state, filters.state));
      if (filters.kind) where.push(eq(ownerRequests.kind, filters.kind));
      const rows = await db
        .select({
          id: ownerRequests.id,
          kind: ownerRequests.kind,
          state: ownerRequests.state,
          createdAt: ownerRequests.createdAt,
          personId: ownerRequests.personId,
          number: certificates.number,
          qualificationEt: qualifications.nameEt,
          qualificationEn: qualifications.nameEn,
          givenName: persons.givenName,
          familyName: persons.familyName,
        })
        .from(ownerRequests)
        .innerJoin(certificates, eq(certificates.id, ownerRequests.certificateId))
        .innerJoin(qualifications, eq(qualifications.id, certificates.qualificationId))
        .innerJoin(persons, eq(persons.id, ownerRequests.personId))
        .where(and(...where))
        .orderBy(desc(ownerRequests.createdAt), desc(ownerRequests.id))
        // A body's open requests are a handful a week; the filters narrow a longer history.
        .limit(200);
      const last = rows.length
        ? await db
            .selectDistinctOn([ownerRequestMessages.requestId], {
              requestId: ownerRequestMessages.requestId,
              authorId: ownerRequestMessages.authorId,
              body: ownerRequestMessages.body,
              sentAt: ownerRequestMessages.sentAt,
            })
            .from(ownerRequestMessages)
            .where(
              inArray(
                ownerRequestMessages.requestId,
                rows.map((r) => r.id),
              ),
            )
            .orderBy(
              ownerRequestMessages.requestId,
              desc(ownerRequestMessages.sentAt),
              desc(ownerRequestMessages.id),
            )
        : [];
      const lastOf = new Map(last.map((m) => [m.requestId, m]));
      await recordAudit(
        db,
        scope.now,
        rows.map((r) => handled(scope, r.personId, 'owner-request.list', r.id)),
      );
      return rows.map((r) => {
        const message = lastOf.get(r.id);
        return {
          id: r.id,
          kind: r.kind,
          state: r.state,
          certificate: {
            number: r.number,
            qualification: scope.language === 'en' ? r.qualificationEn : r.qualificationEt,
          },
          owner: { name: `${r.givenName} ${r.familyName}` },
          createdAt: r.createdAt.toISOString(),
          lastMessage: message
            ? {
                fromBody: message.authorId !== r.personId,
                text: message.body,
                sentAt: message.sentAt.toISOString(),
              }
            : null,
        };
      });
    },

    /** One request's page: the certificate, the owner's contact and the thread; the read is recorded. */
    async get(scope: RequestHandler, id: string): Promise<OwnerRequestFile> {
      const request = await requestOf(scope, id);
      await recordAudit(db, scope.now, handled(scope, request.personId, 'owner-request.read', id));
      return fileOf(scope, request);
    },

    /** Answers the owner: the message joins the thread, an open request is taken in progress. */
    async answer(scope: RequestHandler, id: string, text: string): Promise<OwnerRequestFile> {
      return db.transaction(async (tx) => {
        const request = await requestOf(scope, id, tx);
        refuseClosed(request);
        await write(tx, scope, request, text);
        const [updated] = await tx
          .update(ownerRequests)
          .set({ state: request.state === 'open' ? 'in_progress' : request.state })
          .where(eq(ownerRequests.id, id))
          .returning();
        await recordAudit(tx, scope.now, handled(scope, request.personId, 'owner-request.answer', id));
        return fileOf(scope, updated ?? request, tx);
      });
    },

    /**
     * Moves the request on: in progress, done, or declined with a reason (sent to the owner as a
     * message). A closed request stays closed.
     */
    async changeState(
      scope: RequestHandler,
      id: string,
      change: OwnerRequestStateChange,
    ): Promise<OwnerRequestFile> {
      return db.transaction(async (tx) => {
        const request = await requestOf(scope, id, tx);
        refuseClosed(request);
        if (change.reason !== undefined) await write(tx, scope, request, change.reason);
        const [updated] = await tx
          .update(ownerRequests)
          .set({ state: change.state, closedAt: CLOSED.includes(change.state) ? scope.now : null })
          .where(eq(ownerRequests.id, id))
          .returning();
        await recordAudit(tx, scope.now, {
          ...handled(scope, request.personId, 'owner-request.state', id),
          detail: { from: request.state, to: change.state },
        });
        return fileOf(scope, updated ?? request, tx);
      });
    },

    /** Marks a print's or duplicate's fee received (the bank transfer with its reference arrived). */
    async feeReceived(scope: RequestHandler, id: string): Promise<OwnerRequestFile> {
      return db.transaction(async (tx) => {
        const request = await requestOf(scope, id, tx);
        if (request.feeCents === null) throw conflict(ownerRequestPhrase({ code: 'noFee', params: {} }));
        if (request.feeReceivedAt !== null)
          throw conflict(ownerRequestPhrase({ code: 'feeAlreadyReceived', params: {} }));
        const [updated] = await tx
          .update(ownerRequests)
          .set({ feeReceivedAt: scope.now })
          .where(eq(ownerRequests.id, id))
          .returning();
        await recordAudit(tx, scope.now, handled(scope, request.personId, 'owner-request.fee-received', id));
        return fileOf(scope, updated ?? request, tx);
      });
    },
  };
}
