// Rate limits on the public sign-in endpoints, per client address and endpoint in fixed windows,
// counted in PostgreSQL (table rate_limits) so that every API process counts against the same
// limit: one upsert per request. Over the limit: 429 problem+json with Retry-After.
//
// The client address is the socket's peer. Behind a reverse proxy that is the proxy, and every
// visitor shares one budget: such a deployment needs the proxy to limit, or a trusted
// X-Forwarded-For here (not done: trusting it without a known proxy would let anyone pick a fresh
// address per request).
import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { rateLimits } from '../../db/schema/index.ts';
import type { AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import { refusal } from '../http/security-log.ts';

export type Limit = { endpoint: string; max: number; windowSeconds: number };

/**
 * Per client address and minute. Generous enough for an office behind one address: the widget
 * polls the handoff once a second while someone signs in, and refreshes a token every 9 minutes.
 */
export const SIGN_IN_LIMITS: Readonly<Record<string, Limit>> = {
  '/auth/widget/start': { endpoint: 'widget-start', max: 60, windowSeconds: 60 },
  '/auth/widget/confirm': { endpoint: 'widget-confirm', max: 60, windowSeconds: 60 },
  '/auth/console/login': { endpoint: 'console-login', max: 60, windowSeconds: 60 },
  '/auth/callback': { endpoint: 'callback', max: 60, windowSeconds: 60 },
  '/auth/widget/handoff': { endpoint: 'widget-handoff', max: 600, windowSeconds: 60 },
  '/auth/widget/refresh': { endpoint: 'widget-refresh', max: 120, windowSeconds: 60 },
};

/** Windows older than this are of no use to any limit (and are swept, api/auth/sweep.ts). */
export const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(SIGN_IN_LIMITS).map((l) => l.windowSeconds));

/** For the sign-in routes (`app.use('/auth/*', …)`); other paths pass untouched. */
export function signInRateLimits({ db, clock }: { db: Database; clock: Clock }) {
  return createMiddleware<AppEnv>(async function rateLimitMiddleware(c, next) {
    const limit = SIGN_IN_LIMITS[c.req.path];
    if (!limit || c.req.method === 'OPTIONS') return next();
    const retryAfter = await countRequest(db, c, limit, clock.now());
    if (retryAfter !== undefined) {
      throw refusal(
        c,
        'rate-limit',
        new ProblemError(429, 'Too Many Requests', {
          detail:
            c.get('language') === 'en'
              ? `Too many sign-in requests from your network. Try again in ${retryAfter} s.`
              : `Teie võrgust on tulnud liiga palju sisselogimise päringuid. Proovige uuesti ${retryAfter} s pärast.`,
          headers: { 'Retry-After': String(retryAfter) },
        }),
      );
    }
    await next();
  });
}

/**
 * Counts one request of the client to `limit.endpoint` in the window `now` falls in (one upsert,
 * so every process counts against the same budget); over the limit, the seconds until that window
 * ends (for Retry-After), else undefined. The sign-in routes, the register and verification use it.
 * @example const retryAfter = await countRequest(db, c, { endpoint: 'verification', max: 30, windowSeconds: 60 }, clock.now());
 */
export async function countRequest(
  db: Database,
  c: Context,
  limit: Limit,
  now: Date,
): Promise<number | undefined> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ endpoint: limit.endpoint, client: clientKey(c), windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.endpoint, rateLimits.client, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  if ((row?.count ?? 0) <= limit.max) return undefined;
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
}

/**
 * The address requests are counted by: IPv4 as it is, IPv6 by its /64 (one subscriber's network,
 * whose addresses an attacker can change at will). `unknown` where there is no socket (app.request()).
 */
export function clientKey(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const address = env?.incoming?.socket?.remoteAddress;
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(':')) return address;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address (`2001:db8::1` → 2001, db8, 0, …, 1), zone id dropped. */
function expandIpv6(address: string): string[] {
  const [head = '', tail] = (address.split('%')[0] as string).split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
