// Sending a file to the API as it is (the request body is the file, not multipart), with progress.
// XMLHttpRequest rather than fetch: fetch reports no upload progress, and a person sending a 10 MB
// scan over a phone connection needs to see that something is happening.

import { SNIFF_BYTES, SNIFFABLE_TYPES, sniffMediaType as sniffHead } from '../../../contract/sniff.ts';
import { ApiProblem } from './problem.ts';
import { problemOf } from './problem-reader.ts';
import type { Session } from './session.ts';

/** The media types `sniffMediaType` recognises. */
export const sniffableTypes = SNIFFABLE_TYPES;

/**
 * The media type a file's first bytes say it is (the API's own check, contract/sniff.ts).
 * The API sniffs again; this only lets the form say "not a PDF" before the upload, not after it.
 * @example await sniffMediaType(new Blob(['%PDF-1.7…'])) // 'application/pdf'
 */
export async function sniffMediaType(file: Blob): Promise<string | undefined> {
  return sniffHead(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer())) ?? undefined;
}

export interface UploadRequest {
  /** PUT for a document of a type (it replaces the earlier one), POST for a message's attachment. */
  method: 'PUT' | 'POST';
  /** The full URL on the API, query included (the client builds it with hc's `$url`). */
  url: URL | string;
  file: Blob;
  /** Whose bearer token goes with the file; told when the API refuses it (401). */
  session: Session;
  /** Called with the share sent so far, 0–1. */
  onProgress?: ((sent: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Sends the file as the request body and resolves with the API's JSON answer (the caller states
 * its type: the route's, from the typed client). Rejects with `ApiProblem` for a refusal (401, 409,
 * 413, 415, 422…), a TypeError when the network fails and an AbortError when aborted. A 401 ends
 * the session at once: XMLHttpRequest goes around `authorizedFetch`, which would have noticed.
 * @example await upload<DocumentView>({ method: 'POST', url, file, session, onProgress: console.log })
 */
export async function upload<Answer>({ session, ...request }: UploadRequest): Promise<Answer> {
  const token = session.token();
  // As the API would answer a request without a token; the session already says nobody is in.
  if (!token) throw new ApiProblem(401);
  const { status, body } = await send({ ...request, token });
  if (status >= 200 && status < 300) return body as Answer;
  if (status === 401) session.expire(token);
  throw problemOf(status, body);
}

/** The API's answer: its status and its JSON body (undefined when it had none or was not JSON). */
interface Answered {
  status: number;
  body: unknown;
}

type Sending = Omit<UploadRequest, 'session'> & { token: string };

function send({ method, url, file, token, onProgress, signal }: Sending): Promise<Answered> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, String(url));
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    // The API reads the type from the content; this only describes the file honestly.
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        // Something in between (a proxy) answered with HTML: the status still says what happened.
      }
      resolve({ status: xhr.status, body });
    });
    xhr.addEventListener('error', () => reject(new TypeError('Upload failed')));
    xhr.addEventListener('abort', () => reject(new DOMException('Upload aborted', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
