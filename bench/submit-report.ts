// The submit bench's tables and verdict lines, for run.ts to print beside the others.
import { BYTES_PER_APPLICATION, DOCUMENTS_PER_APPLICATION, type SubmitResult } from './submit.ts';
import { DOCUMENT_BYTES } from './submit-applicant.ts';
import type { Memory, MemoryWindow } from './submit-server.ts';
import { formatTable } from './table.ts';

/** 2^20 bytes, as the 2 MB documents and the API's 10 MB limit count them. */
const MB = 1024 * 1024;
/**
 * Peak RSS growth over the bytes uploaded meanwhile. Holding every upload until submit would come
 * near 1; streaming holds a few 256 KB chunks per request, whatever the file's size.
 */
const MEMORY_TARGET = 0.5;

const mb = (bytes: number) => (bytes / MB).toFixed(0);
const ms = (value: number) => value.toFixed(0);
const rate = (bytes: number, milliseconds: number) => bytes / MB / (milliseconds / 1000);
const growth = (window: MemoryWindow) => window.peak.rss - window.before.rss;
const uploaded = (r: SubmitResult) => r.plan.concurrent * BYTES_PER_APPLICATION;
/** PGlite keeps the stored documents inside the API's own process, so its RSS grows with them. */
const inProcess = (r: SubmitResult) => r.database.startsWith('PGlite');

export function submitTables(results: SubmitResult[]): string {
  const plan = results[0]?.plan;
  if (!plan) return '';
  const documents = `${DOCUMENTS_PER_APPLICATION} × ${mb(DOCUMENT_BYTES)} MB PDFs`;
  const raw = (r: SubmitResult) => rate(uploaded(r), r.concurrent.drainWallMs);
  const kutse = (r: SubmitResult) =>
    rate(r.concurrent.submitted * BYTES_PER_APPLICATION, r.concurrent.wallMs);
  return [
    `Application submit: Turvajuht 5, a draft, the form, ${documents} as request bodies, submit`,
    '  API and raw drain server (node:http reading each body to its end) in one child process; clients' +
      ' (fetch) in this one; loopback; MB = 2^20 bytes',
    '',
    `One applicant, median of ${plan.repetitions}: ms per part, and the uploads' MB/s beside the drain's`,
    formatTable(
      [
        { title: 'database' },
        { title: 'form', align: 'right' },
        { title: '6 uploads', align: 'right' },
        { title: 'submit', align: 'right' },
        { title: 'total', align: 'right' },
        { title: 'MB/s', align: 'right' },
        { title: 'raw MB/s', align: 'right' },
        { title: 'kutse/raw', align: 'right' },
      ],
      results.map(({ database, single }) => {
        const ours = rate(BYTES_PER_APPLICATION, single.kutse.uploads);
        const theirs = rate(BYTES_PER_APPLICATION, single.drainUploads);
        return [
          database,
          ms(single.kutse.form),
          ms(single.kutse.uploads),
          ms(single.kutse.submit),
          ms(single.kutse.total),
          ours.toFixed(1),
          theirs.toFixed(1),
          (ours / theirs).toFixed(2),
        ];
      }),
    ),
    '  form = start the draft + save the form (2 requests).',
    '',
    `${plan.concurrent} applicants at once, each the whole sequence: ms per application and per submit` +
      ' request; MB/s over the wall time',
    formatTable(
      [
        { title: 'database' },
        { title: 'wall s', align: 'right' },
        { title: 'appl. p50', align: 'right' },
        { title: 'appl. p95', align: 'right' },
        { title: 'submit p50', align: 'right' },
        { title: 'submit p95', align: 'right' },
        { title: 'submitted', align: 'right' },
        { title: 'MB/s', align: 'right' },
        { title: 'raw MB/s', align: 'right' },
        { title: 'kutse/raw', align: 'right' },
      ],
      results.map((r) => [
        r.database,
        (r.concurrent.wallMs / 1000).toFixed(1),
        ms(r.concurrent.applicationP50),
        ms(r.concurrent.applicationP95),
        ms(r.concurrent.submitP50),
        ms(r.concurrent.submitP95),
        `${r.concurrent.submitted}/${r.plan.concurrent}`,
        kutse(r).toFixed(1),
        raw(r).toFixed(1),
        (kutse(r) / raw(r)).toFixed(2),
      ]),
    ),
    "  PGlite is one connection: the 20 applicants' chunk writes and transactions take turns on it.",
    '',
    `API process memory while the ${plan.concurrent} applicants upload ${mb(plan.concurrent * BYTES_PER_APPLICATION)} MB` +
      ` (${mb(plan.concurrent * DOCUMENT_BYTES)} MB in flight at once), sampled every 50 ms; MB`,
    formatTable(
      [
        { title: 'database' },
        { title: 'server' },
        { title: 'RSS before', align: 'right' },
        { title: 'peak', align: 'right' },
        { title: 'after', align: 'right' },
        { title: 'heap before', align: 'right' },
        { title: 'peak', align: 'right' },
        { title: 'after', align: 'right' },
        { title: 'RSS growth', align: 'right' },
        { title: 'growth/uploaded', align: 'right' },
      ],
      results.flatMap((r) =>
        (['kutse', 'drain'] as const).map((side) => {
          const window = r.memory[side];
          const cells = (key: keyof Memory) =>
            [window.before, window.peak, window.after].map((m) => mb(m[key]));
          return [
            r.database,
            side === 'kutse' ? 'hono (createApp)' : 'raw drain',
            ...cells('rss'),
            ...cells('heapUsed'),
            mb(growth(window)),
            (growth(window) / uploaded(r)).toFixed(2),
          ];
        }),
      ),
    ),
    '  RSS growth = peak − before. The drain ran first, in the same process, on the same bytes.' +
      ' PGlite (memory://) stores the documents inside this process, so its growth includes them.',
    '',
  ].join('\n');
}

export function submitVerdict(r: SubmitResult, kind: string): string {
  const ratio = growth(r.memory.kutse) / uploaded(r);
  const memory = `peak RSS growth ${mb(growth(r.memory.kutse))} MB = ${ratio.toFixed(2)} of the ${mb(uploaded(r))} MB uploaded`;
  const speed =
    `${r.plan.concurrent} at once: ${r.concurrent.submitted}/${r.plan.concurrent} submitted in ` +
    `${(r.concurrent.wallMs / 1000).toFixed(1)} s, submit p95 ${ms(r.concurrent.submitP95)} ms`;
  return inProcess(r)
    ? `submit ${kind}: ${speed}; ${memory} (no target: the database lives in the API's process)`
    : `submit ${kind}: ${speed}; ${memory} (target ≤ ${MEMORY_TARGET}) ${ratio <= MEMORY_TARGET ? 'OK' : 'MISSED'}`;
}
