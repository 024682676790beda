// An application's documents on the applicant's side: upload one per required type (a new upload
// replaces the old), remove, fetch back; and files attached to messages. The bytes are stored as
// they arrive; the `documents` row is committed after, in one transaction with the replaced
// file's removal, so a failed upload leaves no trace and a file is never half there. That
// transaction holds the application's row lock and checks its state again: a withdrawal or a
// submit that landed while the bytes arrived wins, and what was submitted stays as it was.
import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray, isNull, sum } from 'drizzle-orm';
import { tallinnDay } from '../../contract/calendar.ts';
import { checkDocument } from '../../contract/document-rules.ts';
import type { Transaction } from '../../db/client.ts';
import {
  applications,
  documents,
  documentTypes,
  messageAttachments,
  payments,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import { sweepStaleUploads } from '../documents/cleanup.ts';
import { ATTACHMENTS } from '../documents/limits.ts';
import { fileField, receiveFile } from '../documents/receive.ts';
import type { DocumentStorage } from '../documents/storage.ts';
import { conflict, contentTooLarge, notFound, problem, unprocessable } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import { notEditable } from './draft.ts';
import { lockApplication } from './lifecycle.ts';
import { ownFacts } from './own.ts';
import { type ApplicantScope, auditedAs } from './scope.ts';
import { documentView, isEditable } from './view.ts';
import { applicationPhrase } from './wording.ts';

export type UploadFacts = {
  name: string;
  variant?: string | undefined;
  issuedOn?: string | undefined;
  coversFrom?: string | undefined;
  coversUntil?: string | undefined;
};

const documentNotFound = (id: string) => notFound(httpPhrase({ code: 'notFoundDocument', params: { id } }));

type Upload = { body: ReadableStream<Uint8Array> | null; declaredBytes: number | undefined };

const editableOrThrow = (state: string) => {
  if (!isEditable(state)) throw notEditable(state);
};

/**
 * Locks the application's row for the rest of the transaction and gives its state as it is now:
 * what was checked before the upload arrived may have changed since.
 */
export async function lockedState(tx: Transaction, id: string) {
  await lockApplication(tx, id);
  const [row] = await tx
    .select({ state: applications.state })
    .from(applications)
    .where(eq(applications.id, id));
  if (!row) throw notFound(httpPhrase({ code: 'notFoundApplication', params: { id } }));
  return row.state;
}

/** A payment recorded on a document (the payment order as its proof) keeps that document as it is. */
async function refuseIfPaymentProof(db: ApplicantScope['db'] | Transaction, documentIds: string[]) {
  if (documentIds.length === 0) return;
  const [proof] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(inArray(payments.proofDocumentId, documentIds))
    .limit(1);
  if (proof) throw conflict(applicationPhrase({ code: 'paymentProofKept', params: {} }));
}

/** Who did what to which file, for the audit trail: never the file's name or content. */
const documentAudit = (
  own: ApplicantScope,
  action: 'document.upload' | 'document.remove',
  documentId: string,
  detail: { application: string; type: string | null },
) => ({
  ...auditedAs(own),
  action,
  entity: 'document',
  entityId: documentId,
  detail,
});

export async function uploadDocument(
  own: ApplicantScope,
  storage: DocumentStorage,
  id: string,
  typeSlug: string,
  facts: UploadFacts,
  upload: Upload,
) {
  const { db, now } = own;
  const application = await ownFacts(own, id);
  // Refused at once when it already cannot change; checked again, under the lock, before it counts.
  editableOrThrow(application.application.state);
  const requirement = application.requirements.find((r) => r.slug === typeSlug);
  if (!requirement)
    throw problem(404, applicationPhrase({ code: 'noSuchDocumentType', params: { type: typeSlug } }));
  // The rules first: a date that breaks one is refused before a byte is stored.
  const examDay = application.session ? tallinnDay(application.session.startsAt) : null;
  const broken = checkDocument(requirement.rules, facts, { today: application.today, examDay });
  if (broken.length)
    throw unprocessable(broken.map((p) => ({ in: 'query', field: p.field, detail: applicationPhrase(p) })));

  // Before the bytes, too, so that nobody waits for an upload only to have it refused.
  await refuseIfPaymentProof(
    db,
    application.documents.filter((d) => d.type === typeSlug).map((d) => d.id),
  );

  await sweepStaleUploads(db, storage, now);
  const file = await receiveFile(upload.body, storage, {
    ...requirement,
    declaredBytes: upload.declaredBytes,
  });
  try {
    const row = await db.transaction(async (tx) => {
      editableOrThrow(await lockedState(tx, id));
      const earlier = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.applicationId, id), eq(documents.documentTypeId, requirement.typeId)));
      await refuseIfPaymentProof(
        tx,
        earlier.map((d) => d.id),
      );
      const replaced = await tx
        .delete(documents)
        .where(and(eq(documents.applicationId, id), eq(documents.documentTypeId, requirement.typeId)))
        .returning({ id: documents.id, storageKey: documents.storageKey });
      for (const old of replaced) await storage.remove(old.storageKey, tx);
      const [inserted] = await tx
        .insert(documents)
        .values({
          id: randomUUID(),
          applicationId: id,
          documentTypeId: requirement.typeId,
          variant: facts.variant ?? null,
          fileName: facts.name,
          mediaType: file.mediaType,
          byteSize: file.byteSize,
          sha256: file.sha256,
          storageKey: file.storageKey,
          issuedOn: facts.issuedOn ?? null,
          coversFrom: facts.coversFrom ?? null,
          coversUntil: facts.coversUntil ?? null,
          // Who sent the file: the person, or the staff member applying for them.
          uploadedById: own.actorId,
          uploadedAt: now,
        })
        .returning();
      if (!inserted) throw new Error('document not inserted');
      const detail = { application: id, type: typeSlug };
      await recordAudit(tx, now, [
        ...replaced.map((old) => documentAudit(own, 'document.remove', old.id, detail)),
        documentAudit(own, 'document.upload', inserted.id, detail),
      ]);
      return inserted;
    });
    return documentView({ ...row, type: typeSlug });
  } catch (error) {
    await storage.remove(file.storageKey);
    throw error;
  }
}

/** What the application's attachments, sent and unsent, already take up. */
async function attachmentUsage(db: ApplicantScope['db'] | Transaction, id: string) {
  const [usage] = await db
    .select({ files: count(), bytes: sum(documents.byteSize).mapWith(Number) })
    .from(documents)
    .where(and(eq(documents.applicationId, id), isNull(documents.documentTypeId)));
  return { files: usage?.files ?? 0, bytes: usage?.bytes ?? 0 };
}

const tooManyAttachments = () =>
  unprocessable([
    fileField(applicationPhrase({ code: 'tooManyAttachments', params: { max: ATTACHMENTS.perApplication } })),
  ]);

const attachmentsFull = () => {
  const detail = applicationPhrase({
    code: 'attachmentsFull',
    params: { megabytes: ATTACHMENTS.totalBytes / 1024 / 1024 },
  });
  return contentTooLarge(detail, { errors: [fileField(detail)] });
};

/**
 * A file for a message: stored now, attached when the message is sent. An application holds at
 * most `ATTACHMENTS.perApplication` of them and `ATTACHMENTS.totalBytes` in all; one no message
 * took is removed after a day (documents/cleanup.ts), and then no longer counts.
 */
export async function uploadAttachment(
  own: ApplicantScope,
  storage: DocumentStorage,
  id: string,
  name: string,
  upload: Upload,
) {
  const { db, now } = own;
  const application = await ownFacts(own, id);
  if (application.application.state === 'withdrawn') throw notEditable('withdrawn');
  await sweepStaleUploads(db, storage, now);
  // Refused before a byte is read when the quota is already used; the room left limits the file.
  const before = await attachmentUsage(db, id);
  if (before.files >= ATTACHMENTS.perApplication) throw tooManyAttachments();
  const room = ATTACHMENTS.totalBytes - before.bytes;
  if (room <= 0) throw attachmentsFull();
  const file = await receiveFile(upload.body, storage, {
    mediaTypes: ATTACHMENTS.mediaTypes,
    maxBytes: Math.min(ATTACHMENTS.maxBytes, room),
    declaredBytes: upload.declaredBytes,
    tooLarge: room < ATTACHMENTS.maxBytes ? attachmentsFull : undefined,
  });
  try {
    const row = await db.transaction(async (tx) => {
      if ((await lockedState(tx, id)) === 'withdrawn') throw notEditable('withdrawn');
      // Counted again under the lock: uploads at once take the last place one at a time.
      const usage = await attachmentUsage(tx, id);
      if (usage.files >= ATTACHMENTS.perApplication) throw tooManyAttachments();
      if (usage.bytes + file.byteSize > ATTACHMENTS.totalBytes) throw attachmentsFull();
      const [inserted] = await tx
        .insert(documents)
        .values({
          applicationId: id,
          documentTypeId: null,
          fileName: name,
          mediaType: file.mediaType,
          byteSize: file.byteSize,
          sha256: file.sha256,
          storageKey: file.storageKey,
          uploadedById: own.actorId,
          uploadedAt: now,
        })
        .returning();
      if (!inserted) throw new Error('attachment not inserted');
      await recordAudit(
        tx,
        now,
        documentAudit(own, 'document.upload', inserted.id, { application: id, type: null }),
      );
      return inserted;
    });
    return documentView({ ...row, type: null });
  } catch (error) {
    await storage.remove(file.storageKey);
    throw error;
  }
}

/**
 * Removes a document from an application the applicant may still change, or an attachment not
 * yet sent. What a payment was recorded on, and what a message carried, stay.
 */
export async function removeDocument(
  own: ApplicantScope,
  storage: DocumentStorage,
  id: string,
  documentId: string,
) {
  await ownFacts(own, id);
  await own.db.transaction(async (tx) => {
    const state = await lockedState(tx, id);
    const [document] = await tx
      .select({
        id: documents.id,
        documentTypeId: documents.documentTypeId,
        type: documentTypes.slug,
        storageKey: documents.storageKey,
      })
      .from(documents)
      .leftJoin(documentTypes, eq(documentTypes.id, documents.documentTypeId))
      .where(and(eq(documents.id, documentId), eq(documents.applicationId, id)));
    if (!document) throw documentNotFound(documentId);
    if (document.documentTypeId === null) {
      if (state === 'withdrawn') throw notEditable(state);
      const [sent] = await tx
        .select({ messageId: messageAttachments.messageId })
        .from(messageAttachments)
        .where(eq(messageAttachments.documentId, document.id))
        .limit(1);
      if (sent) throw conflict(applicationPhrase({ code: 'attachmentSent', params: {} }));
    } else {
      editableOrThrow(state);
      await refuseIfPaymentProof(tx, [document.id]);
    }
    await tx.delete(documents).where(eq(documents.id, document.id));
    await storage.remove(document.storageKey, tx);
    await recordAudit(
      tx,
      own.now,
      documentAudit(own, 'document.remove', document.id, { application: id, type: document.type }),
    );
  });
}

/** One of the application's files (a document or an attachment), to be sent back as it was stored. */
export async function ownDocument(own: ApplicantScope, id: string, documentId: string) {
  await ownFacts(own, id);
  const [row] = await own.db
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.applicationId, id)));
  if (!row) throw documentNotFound(documentId);
  return row;
}

/** Attachments this person uploaded to the application and has not yet sent with a message. */
export const unsentAttachments = (id: string) =>
  and(eq(documents.applicationId, id), isNull(documents.documentTypeId));
