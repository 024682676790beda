// The holder's requests about their certificates (orders and questions) as they see them: who
// handles each, its state, and for an order how to pay — read by the list and by a thread.
import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { OwnerRequestView } from '../../contract/owner-certificates.ts';
import type { Database, Transaction } from '../../db/client.ts';
import {
  awardingBodies,
  certificates,
  deliveryOptions,
  ownerRequestMessages,
  ownerRequests,
  persons,
} from '../../db/schema/index.ts';
import { vatRateOn } from '../catalogue/qualification-query.ts';
import type { RegistryPayee } from '../config.ts';
import type { Language } from '../http/env.ts';
import { withVat } from '../payments/vat.ts';
import { ownerWording } from './owner-wording.ts';

/** Who handles a request the registry took over (its body no longer acts). */
const REGISTRY = { et: 'Kutsekoda (register)', en: 'Kutsekoda (the registry)' } as const;

const issuer = alias(awardingBodies, 'issuer');
const handler = alias(awardingBodies, 'handler');

/**
 * The holder's requests matching `where` (on owner_requests), newest first. An order the registry
 * handles is paid to `registry` (config's registryPayee), never to the account of a body that is gone.
 * @example await ownerRequestViews(db, personId, 'et', demoRegistryPayee, eq(ownerRequests.id, id))
 */
export async function ownerRequestViews(
  db: Database | Transaction,
  personId: string,
  language: Language,
  registry: RegistryPayee,
  where?: SQL,
): Promise<OwnerRequestView[]> {
  const en = language === 'en';
  const rows = await db
    .select({
      request: ownerRequests,
      number: certificates.number,
      givenName: persons.givenName,
      familyName: persons.familyName,
      issuerNameEt: issuer.nameEt,
      issuerNameEn: issuer.nameEn,
      iban: issuer.iban,
      bankName: issuer.bankName,
      handlerNameEt: handler.nameEt,
      handlerNameEn: handler.nameEn,
      deliveryEt: deliveryOptions.labelEt,
      deliveryEn: deliveryOptions.labelEn,
      // The VAT rate of the day it was ordered: the fee is kept net, as all money here.
      rate: vatRateOn(
        'EE',
        'standard',
        sql`(${ownerRequests.createdAt} at time zone 'Europe/Tallinn')::date`,
      ),
      messages:
        sql<number>`(select ${count()} from ${ownerRequestMessages} where ${ownerRequestMessages.requestId} = ${ownerRequests.id})`.mapWith(
          Number,
        ),
    })
    .from(ownerRequests)
    .innerJoin(certificates, eq(certificates.id, ownerRequests.certificateId))
    .innerJoin(persons, eq(persons.id, certificates.holderId))
    .innerJoin(issuer, eq(issuer.id, certificates.bodyId))
    .leftJoin(handler, eq(handler.id, ownerRequests.bodyId))
    .leftJoin(deliveryOptions, eq(deliveryOptions.id, ownerRequests.deliveryOptionId))
    .where(and(eq(ownerRequests.personId, personId), where))
    .orderBy(desc(ownerRequests.createdAt), desc(ownerRequests.id));
  return rows.map((row) => {
    const r = row.request;
    const holder = `${row.givenName} ${row.familyName}`;
    const payable = r.kind !== 'information' && r.feeCents !== null && r.feeCents > 0 && r.paymentReference;
    const explanation =
      ownerWording[language][r.kind === 'print' ? 'printExplanation' : 'duplicateExplanation'];
    // The delivery and its fee stay those of the issuing body's options, chosen when it was ordered:
    // only the account changes hands when the registry takes a request over.
    const payee =
      r.bodyId === null
        ? { name: en ? registry.nameEn : registry.nameEt, iban: registry.iban, bankName: registry.bankName }
        : { name: en ? row.issuerNameEn : row.issuerNameEt, iban: row.iban, bankName: row.bankName };
    return {
      id: r.id,
      certificate: row.number,
      kind: r.kind,
      state: r.state,
      handledBy:
        row.handlerNameEt === null ? REGISTRY[language] : en ? (row.handlerNameEn ?? '') : row.handlerNameEt,
      question: r.question,
      delivery: row.deliveryEt === null ? null : en ? row.deliveryEn : row.deliveryEt,
      payment: payable
        ? {
            amount: withVat(r.feeCents ?? 0, row.rate ?? 0),
            recipient: payee.name,
            iban: payee.iban,
            bankName: payee.bankName,
            reference: r.paymentReference ?? '',
            explanation: explanation({ number: row.number, holder }),
            receivedAt: r.feeReceivedAt?.toISOString() ?? null,
          }
        : null,
      createdAt: r.createdAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      messageCount: row.messages,
    };
  });
}

/** The holder's requests about these certificates. */
export const requestsOfCertificates = (
  db: Database | Transaction,
  personId: string,
  language: Language,
  registry: RegistryPayee,
  certificateIds: string[],
) =>
  certificateIds.length
    ? ownerRequestViews(
        db,
        personId,
        language,
        registry,
        inArray(ownerRequests.certificateId, certificateIds),
      )
    : Promise.resolve([]);
