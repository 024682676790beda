// An application's documents on the applicant's side: upload one per required type (a new upload
// replaces the old), remove, fetch back; and files attached to messages. The bytes are stored as
// they arrive; the `documents` row is committed after, in one transaction with the replaced
// file's removal, so a failed upload leaves no trace and a file is never half there.
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { tallinnDay } from '../../db/clock.ts';
import { documents } from '../../db/schema/index.ts';
import { receiveFile } from '../documents/receive.ts';
import type { DocumentStorage } from '../documents/storage.ts';
import { notFound, ProblemError } from '../http/problem.ts';
import { checkDocument } from './document-rules.ts';
import { notEditable } from './draft.ts';
import { type Own, ownFacts } from './own.ts';
import { documentView, isEditable } from './view.ts';

export type UploadFacts = {
  name: string;
  variant?: string | undefined;
  issuedOn?: string | undefined;
  coversFrom?: string | undefined;
  coversUntil?: string | undefined;
};

type Upload = { body: ReadableStream<Uint8Array> | null; declaredBytes: number | undefined };

/** Message attachments: the file types and size every body accepts. */
const ATTACHMENT_LIMITS = {
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  maxBytes: 10 * 1024 * 1024,
};

const editableOrThrow = (state: string) => {
  if (!isEditable(state)) throw notEditable(state);
};

export async function uploadDocument(
  own: Own,
  storage: DocumentStorage,
  id: string,
  typeSlug: string,
  facts: UploadFacts,
  upload: Upload,
) {
  const { db, language, now, personId } = own;
  const application = await ownFacts(own, id);
  editableOrThrow(application.application.state);
  const requirement = application.requirements.find((r) => r.slug === typeSlug);
  if (!requirement)
    throw new ProblemError(404, 'Not Found', {
      detail: `This application asks for no document of type ${typeSlug}.`,
    });
  // The rules first: a date that breaks one is refused before a byte is stored.
  const examDay = application.session ? tallinnDay(application.session.startsAt) : null;
  const problems = checkDocument(requirement.rules, facts, { today: application.today, examDay }, language);
  if (problems.length)
    throw new ProblemError(422, 'Unprocessable Content', {
      detail: problems.map((p) => p.detail).join(' '),
      errors: problems.map((p) => ({ in: 'query' as const, field: p.field, detail: p.detail })),
    });

  // Chunks a crashed process left behind (a day old, named by no row) go before new ones come:
  // one indexed delete, until a durable job queue runs it on a schedule.
  await storage.sweep(new Date(now.getTime() - 24 * 60 * 60 * 1000));
  const file = await receiveFile(
    upload.body,
    storage,
    { ...requirement, declaredBytes: upload.declaredBytes },
    language,
  );
  try {
    const row = await db.transaction(async (tx) => {
      const replaced = await tx
        .delete(documents)
        .where(and(eq(documents.applicationId, id), eq(documents.documentTypeId, requirement.typeId)))
        .returning({ storageKey: documents.storageKey });
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
          uploadedById: personId,
          uploadedAt: now,
        })
        .returning();
      return inserted;
    });
    if (!row) throw new Error('document not inserted');
    return documentView({ ...row, type: typeSlug });
  } catch (error) {
    await storage.remove(file.storageKey);
    throw error;
  }
}

/** A file for a message: stored now, attached when the message is sent. */
export async function uploadAttachment(
  own: Own,
  storage: DocumentStorage,
  id: string,
  name: string,
  upload: Upload,
) {
  const application = await ownFacts(own, id);
  if (application.application.state === 'withdrawn')
    throw new ProblemError(409, 'Conflict', { detail: 'The application was withdrawn.' });
  const file = await receiveFile(
    upload.body,
    storage,
    { ...ATTACHMENT_LIMITS, declaredBytes: upload.declaredBytes },
    own.language,
  );
  try {
    const [row] = await own.db
      .insert(documents)
      .values({
        applicationId: id,
        documentTypeId: null,
        fileName: name,
        mediaType: file.mediaType,
        byteSize: file.byteSize,
        sha256: file.sha256,
        storageKey: file.storageKey,
        uploadedById: own.personId,
        uploadedAt: own.now,
      })
      .returning();
    if (!row) throw new Error('attachment not inserted');
    return documentView({ ...row, type: null });
  } catch (error) {
    await storage.remove(file.storageKey);
    throw error;
  }
}

export async function removeDocument(own: Own, storage: DocumentStorage, id: string, documentId: string) {
  const application = await ownFacts(own, id);
  editableOrThrow(application.application.state);
  await own.db.transaction(async (tx) => {
    const removed = await tx
      .delete(documents)
      .where(and(eq(documents.id, documentId), eq(documents.applicationId, id)))
      .returning({ storageKey: documents.storageKey });
    if (!removed[0]) throw notFound(`Document ${documentId}`);
    await storage.remove(removed[0].storageKey, tx);
  });
}

/** One of the application's files (a document or an attachment), to be sent back as it was stored. */
export async function ownDocument(own: Own, id: string, documentId: string) {
  await ownFacts(own, id);
  const [row] = await own.db
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.applicationId, id)));
  if (!row) throw notFound(`Document ${documentId}`);
  return row;
}

/** Attachments this person uploaded to the application and has not yet sent with a message. */
export const unsentAttachments = (id: string) =>
  and(eq(documents.applicationId, id), isNull(documents.documentTypeId));
