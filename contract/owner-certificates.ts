// "My certificates": what a certificate's holder sees of their own certificates and does with them
// (publish or hide, order a print or a duplicate, ask a question, follow a request's thread).
// Shared by the API (api/certificates/owner-*.ts) and <kutse-my-certificates>.
import * as v from 'valibot';
import { CertificateNumber, CertificateView } from './certificates.ts';
import { Money } from './money.ts';

const trimmed = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

// ---- Requests ----

export const CertificateParams = v.object({ number: CertificateNumber });
export const OwnerRequestParams = v.object({ id: v.pipe(v.string(), v.uuid()) });

/** Publish (true) or hide (false) the certificate in the public register and on cards. */
export const Visibility = v.strictObject({ public: v.boolean() });
export type Visibility = v.InferOutput<typeof Visibility>;

export const orderKinds = ['print', 'duplicate'] as const;
export const OrderKind = v.picklist(orderKinds);
export type OrderKind = v.InferOutput<typeof OrderKind>;

/** A print of the certificate afterwards, or a duplicate (only of a valid one), delivered so. */
export const NewOrder = v.strictObject({
  kind: OrderKind,
  deliveryOptionId: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type NewOrder = v.InferOutput<typeof NewOrder>;

/** An information request about a certificate, valid or not. */
export const NewQuestion = v.strictObject({ question: trimmed(2000) });
export type NewQuestion = v.InferOutput<typeof NewQuestion>;

/** The owner's reply in a request's thread. */
export const NewOwnerMessage = v.strictObject({ body: trimmed(2000) });
export type NewOwnerMessage = v.InferOutput<typeof NewOwnerMessage>;

// ---- Answers ----

export const ownerRequestKinds = ['print', 'duplicate', 'information'] as const;
export const ownerRequestStates = ['open', 'in_progress', 'done', 'declined'] as const;

/** How to pay for an order: as an application's payment step shows it. */
export const OrderPayment = v.object({
  amount: Money,
  recipient: v.string(),
  iban: v.string(),
  bankName: v.nullable(v.string()),
  /** Digits only; print it with `formatReference`. */
  reference: v.string(),
  /** What to write in the payment's explanation. */
  explanation: v.string(),
  /** Null until the body records the payment. */
  receivedAt: v.nullable(v.string()),
});
export type OrderPayment = v.InferOutput<typeof OrderPayment>;

export const OwnerRequestView = v.object({
  id: v.string(),
  certificate: v.string(),
  kind: v.picklist(ownerRequestKinds),
  state: v.picklist(ownerRequestStates),
  /** Who handles it: the awarding body, or the registry when the body no longer acts. */
  handledBy: v.string(),
  question: v.nullable(v.string()),
  /** The delivery option's label (orders only). */
  delivery: v.nullable(v.string()),
  /** Orders only; null for a question, or an order that costs nothing. */
  payment: v.nullable(OrderPayment),
  createdAt: v.string(),
  closedAt: v.nullable(v.string()),
  messageCount: v.number(),
});
export type OwnerRequestView = v.InferOutput<typeof OwnerRequestView>;

export const OwnerMessageView = v.object({
  id: v.string(),
  /** True for the holder's own messages; false for the body's (or the registry's) answers. */
  fromOwner: v.boolean(),
  author: v.string(),
  text: v.string(),
  sentAt: v.string(),
});
export type OwnerMessageView = v.InferOutput<typeof OwnerMessageView>;

export const OwnerRequestThread = v.object({
  ...OwnerRequestView.entries,
  messages: v.array(OwnerMessageView),
});
export type OwnerRequestThread = v.InferOutput<typeof OwnerRequestThread>;

export const NoticeView = v.object({
  id: v.string(),
  kind: v.picklist(['issued', 'expiring', 'expired', 'revoked', 'replaced', 'answered', 'other']),
  text: v.string(),
  createdAt: v.string(),
});
export type NoticeView = v.InferOutput<typeof NoticeView>;

/** A delivery option an order may choose, with its cost (VAT included) today. */
export const DeliveryChoice = v.object({ id: v.number(), label: v.string(), cost: Money });
export type DeliveryChoice = v.InferOutput<typeof DeliveryChoice>;

export const OwnCertificate = v.object({
  ...CertificateView.entries,
  /** Shown in the public register and on certificate cards. */
  public: v.boolean(),
  /** The code on the paper's QR link, for the holder's own use. */
  verificationCode: v.string(),
  /** A duplicate may be ordered of a valid certificate only. */
  canOrderDuplicate: v.boolean(),
  deliveryOptions: v.array(DeliveryChoice),
  notices: v.array(NoticeView),
  requests: v.array(OwnerRequestView),
});
export type OwnCertificate = v.InferOutput<typeof OwnCertificate>;

export const OwnCertificateList = v.object({ certificates: v.array(OwnCertificate) });
export type OwnCertificateList = v.InferOutput<typeof OwnCertificateList>;
