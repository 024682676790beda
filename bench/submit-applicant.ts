// One applicant's whole first application for Turvajuht 5 over real HTTP, as the application form
// sends it (the sequence of tests/api/applying.test.ts): start a draft, save the form, upload the
// six documents as raw request bodies, submit with an Idempotency-Key. And the baseline: the same
// six uploads to a server that only drains them.
import { randomUUID } from 'node:crypto';
import type { Applicant } from './submit-server.ts';

export const DOCUMENT_BYTES = 2 * 1024 * 1024;

/** ms spent in each part of one application. */
export type SubmitTiming = { form: number; uploads: number; submit: number; total: number };

/** A request that did not answer as the application form expects: the run counts it as failed. */
export class UnexpectedResponse extends Error {}

/** A PDF of `bytes` bytes: the header the API sniffs, comment lines as filler, the end marker. */
export function pdfOf(bytes: number): Uint8Array<ArrayBuffer> {
  const head = '%PDF-1.7\n';
  const tail = '\n%%EOF\n';
  const line = `%${'kutse bench filler '.repeat(4)}\n`;
  const body = line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes - head.length - tail.length);
  return new TextEncoder().encode(head + body + tail);
}

/** The six documents Turvajuht 5 asks for, with the facts each one's rules need. */
function documents() {
  // Yesterday: never "in the future" in Tallinn, and well within 6 months before the exam.
  const issuedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  return [
    ['application-form', 'name=avaldus.pdf'],
    ['education', 'name=diplom.pdf'],
    ['identity', 'name=pass.pdf&variant=passport'],
    ['manager-training', 'name=turvajuhi-ope.pdf'],
    ['criminal-record', `name=karistusregister.pdf&issuedOn=${issuedOn}`],
    ['payment-order', 'name=maksekorraldus.pdf'],
  ] as const;
}

/** Applies and submits; throws UnexpectedResponse at the first answer that is not the expected one. */
export async function applyAndSubmit(
  apiUrl: string,
  applicant: Applicant,
  sessionId: number,
  pdf: Uint8Array<ArrayBuffer>,
): Promise<SubmitTiming> {
  const base = `${apiUrl}/bodies/etel/applications`;
  const json = { ...applicant, 'content-type': 'application/json' };
  const started = performance.now();

  const draft = await expect<{ id: string }>(
    'start draft',
    201,
    fetch(base, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ qualification: 'turvajuht-5', kind: 'first' }),
    }),
  );
  await expect(
    'save the form',
    200,
    fetch(`${base}/${draft.id}`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({
        confirmedPrerequisites: [1, 2, 3, 4],
        contact: { phone: '+372 5123 4567' },
        examSession: sessionId,
        delivery: 'none',
      }),
    }),
  );
  const formDone = performance.now();

  for (const [type, query] of documents())
    await expect(
      `upload ${type}`,
      201,
      fetch(`${base}/${draft.id}/documents/${type}?${query}`, {
        method: 'PUT',
        headers: { ...applicant, 'content-type': 'application/pdf' },
        body: pdf,
      }),
    );
  const uploadsDone = performance.now();

  const submitted = await expect<{ state: string }>(
    'submit',
    200,
    fetch(`${base}/${draft.id}/submit`, {
      method: 'POST',
      headers: { ...applicant, 'idempotency-key': `bench-${randomUUID()}` },
    }),
  );
  if (submitted.state !== 'submitted')
    throw new UnexpectedResponse(`submit: 200 but state "${submitted.state}", not "submitted"`);
  const done = performance.now();

  return {
    form: formDone - started,
    uploads: uploadsDone - formDone,
    submit: done - uploadsDone,
    total: done - started,
  };
}

/** The same six uploads to the drain server; ms for all six. */
export async function drainUploads(drainUrl: string, pdf: Uint8Array<ArrayBuffer>): Promise<number> {
  const started = performance.now();
  for (const [type] of documents())
    await expect(
      `drain ${type}`,
      201,
      fetch(`${drainUrl}/${type}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/pdf' },
        body: pdf,
      }),
    );
  return performance.now() - started;
}

/** The response's JSON body if it has the expected status; an UnexpectedResponse naming the step if not. */
async function expect<T = unknown>(step: string, status: number, response: Promise<Response>): Promise<T> {
  const res = await response;
  const text = await res.text();
  if (res.status !== status)
    throw new UnexpectedResponse(`${step}: ${res.status} (expected ${status}) ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}
