// The API's logger. Lines are buffered and written in blocks of 4 KB, at the latest a second
// after they were logged: a write() system call per request line cost a catalogue request about a
// seventh of its CPU (`npm run bench`). Each block is written synchronously, as pino's own default
// destination does: an asynchronous write hands the block to libuv's thread pool and back, ~35 µs
// of CPU a block against ~4 for the system call itself (4 KB to /dev/null), and under the bench's
// load a catalogue request's log line cost ~21 µs written asynchronously, ~14 synchronously (CPU
// profiles, alternating runs). The cost: a log reader that stops reading stalls the process once
// its pipe is full, where asynchronous writes would have queued lines in memory. Pino flushes the
// buffer when the process exits; a process killed outright loses at most its last second of logs.
import pino from 'pino';

/** @example createLogger('info') logs to stdout; createLogger('info', '/dev/null') discards lines. */
export function createLogger(level: string, destination: number | string = 1) {
  return pino(
    { level },
    pino.destination({ dest: destination, sync: true, minLength: 4096, periodicFlush: 1000 }),
  );
}
