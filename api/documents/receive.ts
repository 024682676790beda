// Receives an uploaded file as it streams in: counted against the limit while it arrives (never
// buffered whole), its type read from the first bytes, hashed on the way, handed to storage.
import { createHash } from 'node:crypto';
import { SNIFF_BYTES, sniffMediaType } from '../../contract/sniff.ts';
import {
  contentTooLarge,
  type ProblemError,
  type ProblemField,
  unprocessable,
  unsupportedMediaType,
} from '../http/problem.ts';
import type { Text } from '../http/wording.ts';
import type { DocumentStorage } from './storage.ts';
import { documentPhrase } from './wording.ts';

export type Received = { storageKey: string; byteSize: number; sha256: string; mediaType: string };

type Limits = {
  maxBytes: number;
  /** Media types allowed, e.g. ['application/pdf', 'image/jpeg', 'image/png']. */
  mediaTypes: readonly string[];
  /** The request's Content-Length, when it sent one: too big is refused before a byte is read. */
  declaredBytes?: number | undefined;
  /** The refusal past `maxBytes`, when the limit is not the file's own (a quota's remainder). */
  tooLarge?: (() => ProblemError) | undefined;
};

/** The uploaded file as the field a refusal names. */
export const fileField = (detail: Text): ProblemField => ({ in: 'body', field: 'file', detail });

export const tooLarge = (maxBytes: number) => {
  const detail = documentPhrase({ code: 'fileTooLarge', params: { megabytes: maxBytes / 1024 / 1024 } });
  return contentTooLarge(detail, { errors: [fileField(detail)] });
};

const NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

export const wrongType = (mediaTypes: readonly string[]) => {
  const types = mediaTypes.map((t) => NAMES[t] ?? t).join(', ');
  const detail = documentPhrase({ code: 'fileWrongType', params: { types } });
  return unsupportedMediaType(detail, { errors: [fileField(detail)] });
};

const empty = () => unprocessable([fileField(documentPhrase({ code: 'fileEmpty', params: {} }))]);

/**
 * Stores the request body if it is an allowed file within the limit; throws a 413, 415 or 422
 * problem (field `file`) otherwise, and then nothing stays stored.
 */
export async function receiveFile(
  body: ReadableStream<Uint8Array> | null,
  storage: DocumentStorage,
  { maxBytes, mediaTypes, declaredBytes, tooLarge: refusal }: Limits,
): Promise<Received> {
  const over = refusal ?? (() => tooLarge(maxBytes));
  if (declaredBytes !== undefined && declaredBytes > maxBytes) throw over();
  if (!body) throw empty();
  const stream = body;
  const hash = createHash('sha256');
  // Written by the generator below as bytes arrive; read once storage has them all.
  const seen: { byteSize: number; mediaType: string | null } = { byteSize: 0, mediaType: null };

  async function* checked(): AsyncGenerator<Uint8Array> {
    const reader = stream.getReader();
    // The first bytes are held back until there are enough to tell the type.
    let head: Uint8Array[] = [];
    let headBytes = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        seen.byteSize += value.length;
        if (seen.byteSize > maxBytes) throw over();
        hash.update(value);
        if (seen.mediaType === null) {
          head.push(value);
          headBytes += value.length;
          if (headBytes < SNIFF_BYTES) continue;
          seen.mediaType = decide(concat(head), mediaTypes);
          yield* head;
          head = [];
          continue;
        }
        yield value;
      }
      if (seen.byteSize === 0) throw empty();
      if (seen.mediaType === null) {
        seen.mediaType = decide(concat(head), mediaTypes);
        yield* head;
      }
    } finally {
      // Stop reading a refused upload; the rest of the request is discarded.
      if (seen.byteSize > maxBytes || seen.mediaType === null) await reader.cancel().catch(() => {});
      reader.releaseLock();
    }
  }

  const storageKey = await storage.write(checked());
  if (seen.mediaType === null) throw new Error('stored a file whose type was never decided');
  return { storageKey, byteSize: seen.byteSize, sha256: hash.digest('hex'), mediaType: seen.mediaType };
}

function decide(head: Uint8Array, allowed: readonly string[]): string {
  const type = sniffMediaType(head);
  if (!type || !allowed.includes(type)) throw wrongType(allowed);
  return type;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
