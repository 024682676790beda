// The application submit with its six 2 MB documents, through the whole API over real HTTP: one
// applicant at a time, then 20 at once, with the API process's memory sampled meanwhile. Beside it,
// the baseline: the same uploads by the same client to a node:http server that only drains them.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  applyAndSubmit,
  DOCUMENT_BYTES,
  drainUploads,
  pdfOf,
  type SubmitTiming,
  UnexpectedResponse,
} from './submit-applicant.ts';
import type { Applicant, MemoryWindow, Ready, Reply, Request, ServerSpec } from './submit-server.ts';

export type SubmitPlan = {
  /** Applicants submitting at the same moment. */
  concurrent: number;
  /** One-applicant runs; the median is reported. */
  repetitions: number;
};

export const DOCUMENTS_PER_APPLICATION = 6;
export const BYTES_PER_APPLICATION = DOCUMENTS_PER_APPLICATION * DOCUMENT_BYTES;

export type SubmitResult = {
  database: string;
  plan: SubmitPlan;
  /** Medians of the one-applicant runs, ms. */
  single: { kutse: SubmitTiming; drainUploads: number };
  concurrent: {
    wallMs: number;
    drainWallMs: number;
    /** Whole applications (draft to submitted) and the submit request alone, ms. */
    applicationP50: number;
    applicationP95: number;
    submitP50: number;
    submitP95: number;
    submitted: number;
  };
  /** The API process while the concurrent applicants ran, and while the drain server took the same bytes. */
  memory: { kutse: MemoryWindow; drain: MemoryWindow };
  /** Every answer that was not the expected one; any makes the bench fail. */
  failures: string[];
};

export async function measureSubmit(spec: ServerSpec, plan: SubmitPlan): Promise<SubmitResult> {
  // One applicant to warm up, one per repetition, then the concurrent crowd: each applies once.
  const server = await startSubmitServer(spec, 1 + plan.repetitions + plan.concurrent);
  try {
    const pdf = pdfOf(DOCUMENT_BYTES);
    const applicants = [...server.applicants];
    const next = () => applicants.shift() as Applicant;
    const failures: string[] = [];
    const apply = (applicant: Applicant) =>
      applyAndSubmit(server.apiUrl, applicant, server.sessionId, pdf).catch((error: unknown) => {
        failures.push(failureOf(error));
        return undefined;
      });

    // Untimed: JIT, the pool's connections, PostgreSQL's caches.
    await drainUploads(server.drainUrl, pdf);
    await apply(next());

    const single = { kutse: [] as SubmitTiming[], drain: [] as number[] };
    for (let i = 0; i < plan.repetitions; i++) {
      single.drain.push(await drainUploads(server.drainUrl, pdf));
      const timing = await apply(next());
      if (timing) single.kutse.push(timing);
    }

    // The drain first: the API's memory window should not start from the drain's leftovers, and
    // the RSS a process has grown rarely shrinks back.
    const crowd = applicants.splice(0, plan.concurrent);
    await server.startMemory();
    let started = performance.now();
    await Promise.all(crowd.map(() => drainUploads(server.drainUrl, pdf)));
    const drainWallMs = performance.now() - started;
    const drainMemory = await server.stopMemory();

    await server.startMemory();
    started = performance.now();
    const timings = await Promise.all(crowd.map(apply));
    const wallMs = performance.now() - started;
    const kutseMemory = await server.stopMemory();

    const done = timings.filter((t) => t !== undefined);
    const totals = done.map((t) => t.total).sort((a, b) => a - b);
    const submits = done.map((t) => t.submit).sort((a, b) => a - b);
    return {
      database: server.label,
      plan,
      single: {
        kutse: {
          form: median(single.kutse.map((t) => t.form)),
          uploads: median(single.kutse.map((t) => t.uploads)),
          submit: median(single.kutse.map((t) => t.submit)),
          total: median(single.kutse.map((t) => t.total)),
        },
        drainUploads: median(single.drain),
      },
      concurrent: {
        wallMs,
        drainWallMs,
        applicationP50: percentile(totals, 0.5),
        applicationP95: percentile(totals, 0.95),
        submitP50: percentile(submits, 0.5),
        submitP95: percentile(submits, 0.95),
        submitted: done.length,
      },
      memory: { kutse: kutseMemory, drain: drainMemory },
      failures,
    };
  } finally {
    await server.close();
  }
}

/**
 * The API and the drain server in a child process, so that the memory sampled is the server's
 * alone: the clients' buffers and fetch's own stay in this process.
 */
function startSubmitServer(spec: ServerSpec, applicants: number) {
  const child = fork(
    fileURLToPath(new URL('./submit-server.ts', import.meta.url)),
    [JSON.stringify({ spec, applicants })],
    // Not the parent's flags: a `--cpu-prof` of the bench should not profile this process too.
    { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const waiting = new Map<number, (reply: Reply) => void>();
  let nextId = 1;
  child.on('message', (reply: Reply) => waiting.get(reply.id)?.(reply));
  child.on('exit', (code) => {
    for (const [id, settle] of waiting) settle({ id, error: `the submit server exited (${code})` });
  });
  /** Sends a request (or, for id 0, waits for the ready message) and resolves to the reply. */
  const call = (id: number, type?: Request['type']) =>
    new Promise<Reply>((resolve, reject) => {
      waiting.set(id, (reply) => {
        waiting.delete(id);
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply);
      });
      if (type) child.send({ id, type } satisfies Request);
    });
  const request = (type: Request['type']) => call(nextId++, type);
  return call(0).then((reply) => ({
    ...(reply as { ready: Ready }).ready,
    /** Starts sampling the server's memory every 50 ms. */
    startMemory: async () => void (await request('memory-start')),
    /** Stops sampling: memory when it started, the peak since, and now. */
    stopMemory: async () => ((await request('memory-stop')) as { memory: MemoryWindow }).memory,
    /** Closes both servers and drops the database; the process then exits. */
    close: async () => {
      if (child.connected) await request('close');
    },
  }));
}

/** A failed application's line in the report; anything but a wrong answer or a lost connection is a bug here. */
function failureOf(error: unknown): string {
  if (error instanceof UnexpectedResponse) return error.message;
  // fetch's network errors: a reset or refused connection, a server that went away.
  if (error instanceof TypeError) return `${error.message}: ${String(error.cause ?? '')}`;
  throw error;
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** Nearest-rank percentile of sorted values (as catalogue-throughput.ts computes it). */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
