// The person's last activity on this page — a key or a pointer — for ending a Kutse sign-in after
// 30 minutes without any, as the API's console sessions end. The API holds the widget to it too:
// each refresh reports how long the person has been idle (api/auth/sessions.ts, which has the same
// 30 minutes). One record per page, shared by every session of it; listening starts with the first.

/** How long a sign-in lasts without the person doing anything on the page. */
export const IDLE_LIMIT = 30 * 60_000;

/** Keyboard and pointer: what a person does on a page, where a poll or a timer does nothing. */
const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

let last = 0;
let listening = false;
const listeners = new Set<(at: number) => void>();

/** The person did something just now (a later time than any noted, whatever the clock did). */
export function recordActivity() {
  const now = Date.now();
  last = now;
  for (const listener of [...listeners]) listener(now);
}

/**
 * The time (ms since the epoch) of the last activity this page knows of: its own, or one noted
 * from elsewhere (the previous page of the visit, another page of it).
 */
export const lastActivity = () => last;

/** Notes an activity at `at`, if later than the last one known (nothing is told to listeners). */
export function noteActivity(at: number) {
  if (at > last) last = at;
}

/**
 * Calls `listener` on each activity of the person on this page (often: a pointer moving is one);
 * returns the unsubscribe. Listening starts on the first call.
 */
export function watchActivity(listener: (at: number) => void): () => void {
  if (!listening) {
    listening = true;
    // Capture and passive: seen before any handler of the page can stop it, and never in its way.
    for (const type of EVENTS)
      window.addEventListener(type, recordActivity, { capture: true, passive: true });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
