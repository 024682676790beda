// A document sent as it is (the request body is the file) on the console's cookie session, with
// the CSRF token and with progress. XMLHttpRequest rather than fetch, as shared/upload.ts explains
// (fetch reports no upload progress); that one sends the applicant's bearer token, this the
// console's CSRF header: the cookie goes along by itself, the page and the API being one origin.
import { problemOf } from '../../shared/problem-reader.ts';

export interface CsrfUpload {
  url: URL;
  file: Blob;
  csrfToken: string;
  /** Called with the share sent so far, 0–1. */
  onProgress?: ((sent: number) => void) | undefined;
}

/**
 * PUTs the file and resolves with the API's JSON answer (parse it with the route's schema); rejects
 * with `ApiProblem` for a refusal (401, 409, 413, 415, 422…) and a TypeError when the network fails.
 */
export function uploadWithCsrf({ url, file, csrfToken, onProgress }: CsrfUpload): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', String(url));
    xhr.setRequestHeader('x-csrf-token', csrfToken);
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
        // Something in between answered with HTML: the status still says what happened.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(problemOf(xhr.status, body));
    });
    xhr.addEventListener('error', () => reject(new TypeError('Upload failed')));
    xhr.send(file);
  });
}
