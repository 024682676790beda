// Sending a file to the API as it is (the request body is the file, not multipart), with progress.
// XMLHttpRequest rather than fetch: fetch reports no upload progress, and a person sending a 10 MB
// scan over a phone connection needs to see that something is happening.

import { SNIFF_BYTES, SNIFFABLE_TYPES, sniffMediaType as sniffHead } from '../../../contract/sniff.ts';

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
  /** The full URL, query included. */
  url: string;
  file: Blob;
  /** The bearer token; the session's `authorizedFetch` cannot be used, as it is fetch. */
  token: string;
  /** Called with the share sent so far, 0–1. */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

/** The API's answer: its status and its JSON body (undefined when it had none or was not JSON). */
export interface UploadAnswer {
  status: number;
  body: unknown;
}

/**
 * PUTs the file as the request body. Resolves with any HTTP answer (the caller reads 413/415/422
 * problems from it); rejects with a TypeError when the network fails and an AbortError when aborted.
 */
export function uploadFile({ url, file, token, onProgress, signal }: UploadRequest): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
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
