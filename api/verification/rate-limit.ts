// Look-ups by anyone are limited per client address, counted in PostgreSQL in the table and fixed
// windows the sign-in limits use (auth/rate-limit.ts), so every API process counts against the
// same budget and the login start's sweep removes the old windows. The JSON routes and the pages
// share one budget: a number with a guessed name is the same probe whichever way it comes.
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import { countRequest, LONGEST_WINDOW_SECONDS } from '../auth/rate-limit.ts';

export type LookupLimit = { max: number; windowSeconds: number };

/**
 * Plenty for a person checking certificates by hand, or an employer's office behind one address;
 * too few to try names against numbers. Its window must not be longer than the sign-in limits'
 * longest, which the sweep keeps.
 */
export const VERIFICATION_LIMIT: LookupLimit = { max: 30, windowSeconds: 60 };
if (VERIFICATION_LIMIT.windowSeconds > LONGEST_WINDOW_SECONDS)
  throw new Error('the verification window outlasts what auth/sweep.ts keeps');

/** The endpoint's name in rate_limits. */
const ENDPOINT = 'verification';

/**
 * Counts one look-up from the request's client; the seconds until its window ends when it is over
 * the limit, else undefined.
 */
export const countLookup = (db: Database, c: Context, now: Date, limit: LookupLimit) =>
  countRequest(db, c, { endpoint: ENDPOINT, ...limit }, now);
