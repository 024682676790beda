// Serving a stored file back: to its applicant, or to the body's staff who open it.
import type { Context } from 'hono';
import type { DocumentStorage } from './storage.ts';

/** A stored file, streamed back as a download: never rendered by the browser on the API's origin. */
export function fileResponse(
  c: Context,
  storage: DocumentStorage,
  file: { storageKey: string; mediaType: string; byteSize: number; fileName: string },
) {
  const chunks = storage.read(file.storageKey)[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return c.body(stream, 200, {
    'Content-Type': file.mediaType,
    'Content-Length': String(file.byteSize),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
