// What the holder does with a certificate: publish or hide it, order a print or a duplicate, ask a
// question, and reply in a request's thread. Each in one transaction, with its audit entry; a
// certificate or request not the caller's is answered as if it did not exist.
import { and, asc, eq } from 'drizzle-orm';
import { tallinnDay } from '../../contract/calendar.ts';
import { effectiveStatus } from '../../contract/certificates.ts';
import type {
  NewOrder,
  OwnerMessageView,
  OwnerRequestThread,
  OwnerRequestView,
} from '../../contract/owner-certificates.ts';
import type { Transaction } from '../../db/client.ts';
import {
  certificates,
  deliveryOptions,
  ownerRequestMessages,
  ownerRequests,
  persons,
} from '../../db/schema/index.ts';
import { nextPaymentReference } from '../../db/sequences.ts';
import { recordAudit } from '../audit/record.ts';
import { bodyField, conflict, notFound, unprocessable } from '../http/problem.ts';
import { handlingBody } from './handling-body.ts';
import { orderOptions } from './owner-list.ts';
import { ownerRequestViews } from './owner-requests.ts';
import type { OwnerScope } from './owner-scope.ts';
import { ownerPhrase } from './owner-wording.ts';

const noSuchCertificate = () => notFound(ownerPhrase({ code: 'noSuchCertificate', params: {} }));
const noSuchRequest = () => notFound(ownerPhrase({ code: 'noSuchRequest', params: {} }));

/** The caller's certificate of this number, locked for the change; 404 when it is not theirs. */
async function ownCertificate(tx: Transaction, own: OwnerScope, number: string) {
  const [row] = await tx
    .select({
      id: certificates.id,
      bodyId: certificates.bodyId,
      status: certificates.status,
      validUntil: certificates.validUntil,
      public: certificates.public,
    })
    .from(certificates)
    .where(and(eq(certificates.number, number), eq(certificates.holderId, own.personId)))
    .for('update');
  if (!row) throw noSuchCertificate();
  return row;
}

const audit = (
  tx: Transaction,
  own: OwnerScope,
  entry: {
    action: string;
    bodyId: number | null;
    entity: string;
    entityId: string;
    detail?: Record<string, unknown>;
  },
) =>
  recordAudit(tx, own.now, {
    actorId: own.personId,
    actorRole: 'holder',
    subjectId: own.personId,
    requestId: own.requestId,
    ...entry,
  });

/** Publishes or hides the certificate in the register and on every card, at once. */
export async function setVisibility(own: OwnerScope, number: string, visible: boolean) {
  return own.db.transaction(async (tx) => {
    const certificate = await ownCertificate(tx, own, number);
    if (certificate.public !== visible) {
      await tx.update(certificates).set({ public: visible }).where(eq(certificates.id, certificate.id));
      await audit(tx, own, {
        action: visible ? 'certificate.publish' : 'certificate.hide',
        bodyId: certificate.bodyId,
        entity: 'certificate',
        entityId: certificate.id,
      });
    }
    return { number, public: visible };
  });
}

/** One of the holder's requests as they see it; undefined when it is not theirs. */
const ownView = async (tx: Transaction, own: OwnerScope, id: string) =>
  (await ownerRequestViews(tx, own.personId, own.language, own.registryPayee, eq(ownerRequests.id, id)))[0];

/** The one request just made, as the holder sees it. */
async function viewOf(tx: Transaction, own: OwnerScope, id: string): Promise<OwnerRequestView> {
  const view = await ownView(tx, own, id);
  if (!view) throw new Error('request not found after insert');
  return view;
}

/**
 * Orders a print or a duplicate, delivered by one of the body's options: the fee is the option's
 * cost (the bodies keep no separate duplicate fee), paid by bank transfer with a new reference.
 * A duplicate only of a valid certificate (409 naming its status).
 */
export async function orderCopy(own: OwnerScope, number: string, order: NewOrder): Promise<OwnerRequestView> {
  return own.db.transaction(async (tx) => {
    const certificate = await ownCertificate(tx, own, number);
    const today = tallinnDay(own.now);
    const status = effectiveStatus(certificate, today);
    if (order.kind === 'duplicate' && status !== 'valid') {
      const why = ownerPhrase({ code: 'duplicateOfInvalid', params: { status } });
      throw conflict(why, { errors: [bodyField('kind', why)] });
    }
    // The issuing body's options and prices, even when the registry handles the order (its body
    // gone): the register keeps them, and only the fee's payee changes (owner-requests.ts).
    const [option] = await orderOptions(
      tx,
      and(eq(deliveryOptions.id, order.deliveryOptionId), eq(deliveryOptions.bodyId, certificate.bodyId)),
      { today, language: own.language },
    );
    if (!option)
      throw unprocessable([
        bodyField('deliveryOptionId', ownerPhrase({ code: 'noSuchDeliveryOption', params: {} })),
      ]);
    const payable = option.cost.grossCents > 0;
    const [request] = await tx
      .insert(ownerRequests)
      .values({
        certificateId: certificate.id,
        personId: own.personId,
        kind: order.kind,
        deliveryOptionId: option.id,
        createdAt: own.now,
        // The body that issued it handles it, or the registry once that body has ceased.
        bodyId: await handlingBody(tx, certificate.bodyId, today),
        // Net, as all money is kept: the VAT of the order's day is added when it is shown.
        feeCents: option.costNetCents,
        paymentReference: payable ? await nextPaymentReference(tx) : null,
      })
      .returning({ id: ownerRequests.id });
    if (!request) throw new Error('request not inserted');
    await audit(tx, own, {
      action: `certificate.order-${order.kind}`,
      // The trail of the body that issued it, whoever handles the request.
      bodyId: certificate.bodyId,
      entity: 'owner-request',
      entityId: request.id,
      detail: { certificate: number, deliveryOptionId: option.id },
    });
    return viewOf(tx, own, request.id);
  });
}

/**
 * Asks the awarding body a question about the certificate, whatever its status (the registry once
 * the body has ceased).
 */
export async function askQuestion(
  own: OwnerScope,
  number: string,
  question: string,
): Promise<OwnerRequestView> {
  return own.db.transaction(async (tx) => {
    const certificate = await ownCertificate(tx, own, number);
    const [request] = await tx
      .insert(ownerRequests)
      .values({
        certificateId: certificate.id,
        personId: own.personId,
        kind: 'information',
        question,
        createdAt: own.now,
        bodyId: await handlingBody(tx, certificate.bodyId, tallinnDay(own.now)),
      })
      .returning({ id: ownerRequests.id });
    if (!request) throw new Error('request not inserted');
    await audit(tx, own, {
      action: 'certificate.ask',
      bodyId: certificate.bodyId,
      entity: 'owner-request',
      entityId: request.id,
      detail: { certificate: number },
    });
    return viewOf(tx, own, request.id);
  });
}

async function messagesOf(tx: Transaction, own: OwnerScope, requestId: string): Promise<OwnerMessageView[]> {
  const rows = await tx
    .select({ message: ownerRequestMessages, givenName: persons.givenName, familyName: persons.familyName })
    .from(ownerRequestMessages)
    .innerJoin(persons, eq(persons.id, ownerRequestMessages.authorId))
    .where(eq(ownerRequestMessages.requestId, requestId))
    .orderBy(asc(ownerRequestMessages.sentAt), asc(ownerRequestMessages.id));
  return rows.map(({ message, givenName, familyName }) => ({
    id: message.id,
    fromOwner: message.authorId === own.personId,
    author: `${givenName} ${familyName}`,
    text: message.body,
    sentAt: message.sentAt.toISOString(),
  }));
}

/** One of the holder's requests with its whole thread, oldest message first. */
export async function requestThread(own: OwnerScope, id: string): Promise<OwnerRequestThread> {
  return own.db.transaction(async (tx) => {
    const view = await ownView(tx, own, id);
    if (!view) throw noSuchRequest();
    return { ...view, messages: await messagesOf(tx, own, id) };
  });
}

/** The holder's reply in a request's thread; the thread as it now stands. */
export async function replyInThread(own: OwnerScope, id: string, body: string): Promise<OwnerRequestThread> {
  return own.db.transaction(async (tx) => {
    const [request] = await tx
      .select({ id: ownerRequests.id, bodyId: ownerRequests.bodyId })
      .from(ownerRequests)
      .where(and(eq(ownerRequests.id, id), eq(ownerRequests.personId, own.personId)))
      .for('update');
    if (!request) throw noSuchRequest();
    const [message] = await tx
      .insert(ownerRequestMessages)
      .values({ requestId: id, authorId: own.personId, body, sentAt: own.now })
      .returning({ id: ownerRequestMessages.id });
    await audit(tx, own, {
      action: 'owner-request.message',
      bodyId: request.bodyId,
      entity: 'owner-request',
      entityId: id,
      detail: { message: message?.id },
    });
    const view = await ownView(tx, own, id);
    if (!view) throw noSuchRequest();
    return { ...view, messages: await messagesOf(tx, own, id) };
  });
}
