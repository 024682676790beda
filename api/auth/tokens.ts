// The API's own access tokens for widgets: HS256 JWTs of a few minutes, naming the person, the
// session, the awarding body and the website origin they were issued to. The HMAC key lives in
// PostgreSQL so that every API process signs and verifies alike.

import { desc, eq } from 'drizzle-orm';
import { decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import type { Database, Transaction } from '../../db/client.ts';
import { signingKeys } from '../../db/schema/index.ts';
import { randomSecret } from './secrets.ts';

export const TOKEN_AUDIENCE = 'kutse-widget';

export type TokenClaims = { personId: string; sessionId: string; body: string; origin: string };

const keyBytes = (secret: string) => new Uint8Array(Buffer.from(secret, 'base64url'));

/** The newest key, created on first use (two processes racing both end up with one of theirs). */
async function currentKey(db: Database | Transaction, now: Date) {
  const [newest] = await db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt)).limit(1);
  if (newest) return newest;
  const id = randomSecret().slice(0, 16);
  await db.insert(signingKeys).values({ id, secret: randomSecret(), createdAt: now }).onConflictDoNothing();
  const [created] = await db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt)).limit(1);
  if (!created) throw new Error('no signing key');
  return created;
}

export async function mintToken(
  db: Database | Transaction,
  { issuer, now, minutes, claims }: { issuer: string; now: Date; minutes: number; claims: TokenClaims },
) {
  const key = await currentKey(db, now);
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + minutes * 60) * 1000);
  const token = await new SignJWT({ sid: claims.sessionId, body: claims.body, origin: claims.origin })
    .setProtectedHeader({ alg: 'HS256', kid: key.id, typ: 'JWT' })
    .setSubject(claims.personId)
    .setIssuer(issuer)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keyBytes(key.secret));
  return { token, expiresAt };
}

/** The claims of a valid token, or null for a tampered, expired, foreign or malformed one. */
export async function verifyToken(
  db: Database,
  token: string,
  { issuer, now }: { issuer: string; now: Date },
): Promise<TokenClaims | null> {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    return null;
  }
  // Only what currentKey() makes: anything else (a NUL byte, say) never reaches PostgreSQL.
  if (!kid || !/^[A-Za-z0-9_-]{16}$/.test(kid)) return null;
  const [key] = await db.select().from(signingKeys).where(eq(signingKeys.id, kid));
  if (!key) return null;
  try {
    const { payload } = await jwtVerify(token, keyBytes(key.secret), {
      algorithms: ['HS256'],
      issuer,
      audience: TOKEN_AUDIENCE,
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    const { sub, sid, body, origin } = payload;
    if (
      typeof sub !== 'string' ||
      typeof sid !== 'string' ||
      typeof body !== 'string' ||
      typeof origin !== 'string'
    )
      return null;
    return { personId: sub, sessionId: sid, body, origin };
  } catch {
    return null;
  }
}
