// Certificate owners' requests (a print, a duplicate, a question) as the awarding body's console
// handles them: the list, one request with its thread, the answer and the state changes. Shared by
// the API's validators and OpenAPI document and the console's client and its test fake.
import * as v from 'valibot';
import { CertificateView } from './certificates.ts';
import { Money } from './money.ts';
import { ownerRequestKinds, ownerRequestStates } from './owner-certificates.ts';
import { Slug } from './slug.ts';

// The kinds and states are listed once, with the owner's side of requests (owner-certificates.ts).
export { ownerRequestKinds, ownerRequestStates };
export const OwnerRequestKind = v.picklist(ownerRequestKinds);
export type OwnerRequestKind = v.InferOutput<typeof OwnerRequestKind>;

/** `open` until the body answers or starts on it; `done` and `declined` close it. */
export const OwnerRequestState = v.picklist(ownerRequestStates);
export type OwnerRequestState = v.InferOutput<typeof OwnerRequestState>;

/** The states staff may move a request to (`open` is where it starts, never where it goes back to). */
export const ownerRequestTargets = ['in_progress', 'done', 'declined'] as const;

const Text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(max, `must be at most ${max} characters`),
    v.nonEmpty('must not be empty'),
  );

/** Path of one request of a body (`/staff/bodies/:body/owner-requests/:request`). */
export const OwnerRequestParams = v.object({ body: Slug, request: v.pipe(v.string(), v.uuid()) });

/** Path of one request routed to the registry (`/admin/owner-requests/:request`). */
export const RegistryRequestParams = v.object({ request: v.pipe(v.string(), v.uuid()) });

/** The list's filters: any state or kind when absent. */
export const OwnerRequestListQuery = v.object({
  state: v.optional(OwnerRequestState),
  kind: v.optional(OwnerRequestKind),
});

export const OwnerRequestMessage = v.object({
  id: v.string(),
  /** True when the awarding body (or the registry) wrote it, false when the owner did. */
  fromBody: v.boolean(),
  author: v.string(),
  text: v.string(),
  sentAt: v.string(),
});
export type OwnerRequestMessage = v.InferOutput<typeof OwnerRequestMessage>;

export const OwnerRequestSummary = v.object({
  id: v.string(),
  kind: OwnerRequestKind,
  state: OwnerRequestState,
  certificate: v.object({ number: v.string(), qualification: v.string() }),
  owner: v.object({ name: v.string() }),
  createdAt: v.string(),
  /** The thread's newest message, or null when nothing has been written yet. */
  lastMessage: v.nullable(v.object({ fromBody: v.boolean(), text: v.string(), sentAt: v.string() })),
});
export type OwnerRequestSummary = v.InferOutput<typeof OwnerRequestSummary>;

export const OwnerRequestList = v.object({ requests: v.array(OwnerRequestSummary) });
export type OwnerRequestList = v.InferOutput<typeof OwnerRequestList>;

/** One request as the console's page shows it: the certificate, the owner's contact and the thread. */
export const OwnerRequestFile = v.object({
  id: v.string(),
  kind: OwnerRequestKind,
  state: OwnerRequestState,
  /** The owner's question (an information request), or null. */
  question: v.nullable(v.string()),
  createdAt: v.string(),
  closedAt: v.nullable(v.string()),
  /**
   * A print or duplicate's cost with delivery, with the VAT of the day it was ordered: the amount
   * the owner was asked to pay with `paymentReference`; else null.
   */
  fee: v.nullable(Money),
  paymentReference: v.nullable(v.string()),
  feeReceivedAt: v.nullable(v.string()),
  delivery: v.nullable(v.object({ name: v.string() })),
  certificate: CertificateView,
  owner: v.object({
    givenName: v.string(),
    familyName: v.string(),
    email: v.nullable(v.string()),
    phone: v.nullable(v.string()),
  }),
  messages: v.array(OwnerRequestMessage),
});
export type OwnerRequestFile = v.InferOutput<typeof OwnerRequestFile>;

/** The body's answer to the owner. */
export const OwnerRequestAnswer = v.strictObject({ body: Text(5000) });

/** A state change; declining needs the reason, which the owner is sent as a message. */
export const OwnerRequestStateChange = v.pipe(
  v.strictObject({
    state: v.picklist(ownerRequestTargets),
    reason: v.optional(Text(1000)),
  }),
  v.forward(
    v.check((input) => input.state !== 'declined' || input.reason !== undefined, 'must not be empty'),
    ['reason'],
  ),
);
export type OwnerRequestStateChange = v.InferOutput<typeof OwnerRequestStateChange>;
