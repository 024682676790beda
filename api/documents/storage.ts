// One storage interface for documents. The default keeps the bytes in PostgreSQL, in chunks
// written while the upload arrives; the `documents` row that makes a file exist is committed by the
// caller, in its own transaction, only after every chunk is stored. Another store (S3-like) would
// implement the same three methods.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { documentChunks, documents } from '../../db/schema/index.ts';

export interface DocumentStorage {
  /** Stores the bytes under a new key and returns it; stores nothing if the stream throws. */
  write(chunks: AsyncIterable<Uint8Array>): Promise<string>;
  /** The bytes stored under a key, a part at a time. */
  read(key: string): AsyncIterable<Uint8Array>;
  /** Deletes the bytes (in the caller's transaction, when the record goes with them). */
  remove(key: string, tx?: Transaction): Promise<void>;
  /** Deletes what interrupted uploads left behind: bytes no record names, older than `before`. */
  sweep(before: Date): Promise<number>;
}

/** The size of one stored chunk: small enough that no request holds much, big enough to be few rows. */
export const CHUNK_BYTES = 256 * 1024;
/** Chunks read per query when a file is served back. */
const READ_BATCH = 4;

export function postgresStorage(db: Database): DocumentStorage {
  return {
    async write(chunks) {
      const key = randomUUID();
      let seq = 0;
      try {
        for await (const chunk of rechunk(chunks, CHUNK_BYTES)) {
          await db.insert(documentChunks).values({ storageKey: key, seq: seq++, content: chunk });
        }
      } catch (error) {
        await db.delete(documentChunks).where(eq(documentChunks.storageKey, key));
        throw error;
      }
      return key;
    },

    async *read(key) {
      for (let from = 0; ; from += READ_BATCH) {
        const rows = await db
          .select({ content: documentChunks.content })
          .from(documentChunks)
          .where(
            and(
              eq(documentChunks.storageKey, key),
              gte(documentChunks.seq, from),
              lt(documentChunks.seq, from + READ_BATCH),
            ),
          )
          .orderBy(asc(documentChunks.seq));
        for (const row of rows) yield row.content;
        if (rows.length < READ_BATCH) return;
      }
    },

    async remove(key, tx) {
      await (tx ?? db).delete(documentChunks).where(eq(documentChunks.storageKey, key));
    },

    async sweep(before) {
      const removed = await db
        .delete(documentChunks)
        .where(
          and(
            lt(documentChunks.createdAt, before),
            sql`not exists (select 1 from ${documents} where ${documents.storageKey} = ${documentChunks.storageKey})`,
          ),
        )
        .returning({ key: documentChunks.storageKey });
      return new Set(removed.map((r) => r.key)).size;
    },
  };
}

/** Regroups a stream's pieces (network packets of any size) into chunks of `size` bytes, the last shorter. */
export async function* rechunk(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  let buffer = new Uint8Array(size);
  let filled = 0;
  for await (const piece of source) {
    let offset = 0;
    while (offset < piece.length) {
      const take = Math.min(size - filled, piece.length - offset);
      buffer.set(piece.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === size) {
        yield buffer;
        buffer = new Uint8Array(size);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield buffer.subarray(0, filled);
}
