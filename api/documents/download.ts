// Serving a stored file back: to its applicant, or to the body's staff who open or preview it.
import type { Context } from 'hono';
import type { DocumentStorage } from './storage.ts';

/**
 * What a browser may show itself when the console asks to preview a file: a PDF in its viewer, a
 * photo or scan as an image. Never markup (SVG, HTML), which would run on the API's origin; the
 * type is the one sniffed from the bytes at upload (contract/sniff.ts), served with nosniff.
 */
const VIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/**
 * A shown file's policy: it loads and runs nothing, and only the API's own pages (the console) may
 * frame it. Chromium's PDF viewer works under it (tried in an <iframe>); an image document's own
 * inline styles (centring, zoom) are allowed, as an image holds no markup to inject.
 */
const previewPolicy = (mediaType: string) =>
  [
    "default-src 'none'",
    ...(mediaType.startsWith('image/') ? ["style-src 'unsafe-inline'"] : []),
    "frame-ancestors 'self'",
  ].join('; ');

/**
 * A stored file, streamed back: as a download, or — `inline` and of a type a browser shows (PDF,
 * PNG, JPEG) — to be shown in the console's page. Anything else is always a download, never
 * rendered by the browser on the API's origin.
 * @example return fileResponse(c, storage, file, { inline: c.req.valid('query').inline === '1' });
 */
export function fileResponse(
  c: Context,
  storage: DocumentStorage,
  file: { storageKey: string; mediaType: string; byteSize: number; fileName: string },
  { inline = false }: { inline?: boolean } = {},
) {
  const shown = inline && VIEWABLE.has(file.mediaType);
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
    'Content-Disposition': `${shown ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    // The data policy (http/csp.ts) forbids every frame; a shown file lets the console's own page frame it.
    ...(shown
      ? { 'Content-Security-Policy': previewPolicy(file.mediaType), 'X-Frame-Options': 'SAMEORIGIN' }
      : {}),
  });
}
