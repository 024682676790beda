// The holder's own certificates, valid and invalid, each with what only the holder sees: whether
// it is public, its register notices, what may be ordered of it, and their requests about it.
import { and, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { tallinnDay } from '../../contract/calendar.ts';
import type { DeliveryChoice, OwnCertificate } from '../../contract/owner-certificates.ts';
import type { Database, Transaction } from '../../db/client.ts';
import { certificates, deliveryOptions, notices } from '../../db/schema/index.ts';
import { vatRateOn } from '../catalogue/qualification-query.ts';
import { withVat } from '../payments/vat.ts';
import { certificateView, type LoadedCertificate, loadCertificates } from './load.ts';
import { requestsOfCertificates } from './owner-requests.ts';
import type { OwnerScope } from './owner-scope.ts';

/**
 * The delivery option that means "no paper at all" (db/seed: every body's `none`): nothing to
 * deliver a print or a duplicate with.
 */
export const PAPERLESS = 'none';

/** A delivery option an order may choose, with its net cost kept for the request's fee. */
export type OrderOption = DeliveryChoice & { bodyId: number; costNetCents: number };

/** The delivery options an order at these bodies may choose, with the VAT of `today`. */
export async function orderOptions(
  db: Database | Transaction,
  where: SQL | undefined,
  { today, language }: { today: string; language: 'et' | 'en' },
): Promise<OrderOption[]> {
  const rows = await db
    .select({
      id: deliveryOptions.id,
      bodyId: deliveryOptions.bodyId,
      labelEt: deliveryOptions.labelEt,
      labelEn: deliveryOptions.labelEn,
      costNetCents: deliveryOptions.costNetCents,
      rate: vatRateOn('EE', 'standard', today),
    })
    .from(deliveryOptions)
    .where(and(where, ne(deliveryOptions.slug, PAPERLESS)))
    .orderBy(deliveryOptions.id);
  return rows.map((option) => ({
    id: option.id,
    bodyId: option.bodyId,
    label: language === 'en' ? option.labelEn : option.labelEt,
    cost: withVat(option.costNetCents, option.rate ?? 0),
    costNetCents: option.costNetCents,
  }));
}

/** The holder's certificates as their list shows them, newest first. */
export async function listOwnCertificates(own: OwnerScope): Promise<OwnCertificate[]> {
  const { db, personId, language } = own;
  const today = tallinnDay(own.now);
  const rows = (await loadCertificates(db, eq(certificates.holderId, personId))).reverse();
  const ids = rows.map((r) => r.id);
  const [noticeRows, requests, options] = await Promise.all([
    ids.length
      ? db
          .select()
          .from(notices)
          .where(inArray(notices.certificateId, ids))
          .orderBy(desc(notices.createdAt), desc(notices.id))
      : Promise.resolve([]),
    requestsOfCertificates(db, personId, language, own.registryPayee, ids),
    rows.length
      ? orderOptions(db, inArray(deliveryOptions.bodyId, [...new Set(rows.map((r) => r.bodyId))]), {
          today,
          language,
        })
      : Promise.resolve([]),
  ]);
  return rows.map((row) =>
    ownCertificate(row, own, today, {
      notices: noticeRows.filter((n) => n.certificateId === row.id),
      requests: requests.filter((r) => r.certificate === row.number),
      options: options.filter((o) => o.bodyId === row.bodyId),
    }),
  );
}

function ownCertificate(
  row: LoadedCertificate,
  { language, publicUrl }: OwnerScope,
  today: string,
  related: {
    notices: (typeof notices.$inferSelect)[];
    requests: OwnCertificate['requests'];
    options: DeliveryChoice[];
  },
): OwnCertificate {
  const view = certificateView(row, { language, publicUrl, today });
  return {
    ...view,
    public: row.public,
    verificationCode: row.verificationCode,
    canOrderDuplicate: view.status === 'valid',
    deliveryOptions: related.options.map(({ id, label, cost }) => ({ id, label, cost })),
    notices: related.notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      text: language === 'en' ? n.textEn : n.textEt,
      createdAt: n.createdAt.toISOString(),
    })),
    requests: related.requests,
  };
}
