// The API's logger. Lines are buffered and written in blocks of 4 KB, at the latest a second
// after they were logged: a write() system call per request line cost a catalogue request about a
// seventh of its CPU (`npm run bench`). Pino flushes the buffer when the process exits; a process
// killed outright loses at most its last second of request logs.
import pino from 'pino';

/** @example createLogger('info') logs to stdout; createLogger('info', '/dev/null') discards lines. */
export function createLogger(level: string, destination: number | string = 1) {
  return pino(
    { level },
    pino.destination({ dest: destination, sync: false, minLength: 4096, periodicFlush: 1000 }),
  );
}
