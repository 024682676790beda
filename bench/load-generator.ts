// The load generator, run as a child process (see catalogue-throughput.ts for why): it receives
// one job at a time over IPC, points autocannon at a URL and sends back what it measured.
import autocannon from 'autocannon';

export type LoadJob = { id: number; url: string; connections: number; seconds: number };

export type LoadResult = {
  /** Completed responses of any status. */
  responses: number;
  /** Wall time from the first request to the end of the run. */
  seconds: number;
  /** Every response's latency in ms, unrounded: autocannon's own histogram keeps whole ms only. */
  latencies: number[];
  non2xx: number;
  errors: number;
  timeouts: number;
};

export type LoadReply = { id: number; result: LoadResult } | { id: number; error: string };

function run({ url, connections, seconds }: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let started = performance.now();
    const instance = autocannon({ url, connections, duration: seconds, timeout: 10 }, (error, result) => {
      if (error) return reject(error);
      resolve({
        responses: latencies.length,
        seconds: (performance.now() - started) / 1000,
        latencies,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      });
    });
    instance.on('start', () => {
      started = performance.now();
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
    });
  });
}

if (!process.send) throw new Error('load-generator.ts runs as a child process with an IPC channel');

process.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.({ id: job.id, result } satisfies LoadReply),
    (error: unknown) => process.send?.({ id: job.id, error: String(error) } satisfies LoadReply),
  );
});
// The parent going away (crash, Ctrl-C) must not leave this process behind.
process.on('disconnect', () => process.exit(0));
