// The API's own access tokens for widgets: HS256 JWTs of a few minutes, naming the person, the
// session, the awarding body and the website origin they were issued to. The HMAC keys come from
// configuration (token-keys.ts), the same in every API process; the header's `kid` names the key.
import { decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import type { TokenKeys } from './token-keys.ts';

export const TOKEN_AUDIENCE = 'kutse-widget';

export type TokenClaims = { personId: string; sessionId: string; body: string; origin: string };

export async function mintToken(
  keys: TokenKeys,
  { issuer, now, minutes, claims }: { issuer: string; now: Date; minutes: number; claims: TokenClaims },
) {
  const key = keys.byKid.get(keys.current);
  if (!key) throw new Error('the current token key is not among the keys');
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + minutes * 60) * 1000);
  const token = await new SignJWT({ sid: claims.sessionId, body: claims.body, origin: claims.origin })
    .setProtectedHeader({ alg: 'HS256', kid: keys.current, typ: 'JWT' })
    .setSubject(claims.personId)
    .setIssuer(issuer)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key);
  return { token, expiresAt };
}

/** The claims of a valid token, or null for a tampered, expired, foreign or malformed one. */
export async function verifyToken(
  keys: TokenKeys,
  token: string,
  { issuer, now }: { issuer: string; now: Date },
): Promise<TokenClaims | null> {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    return null;
  }
  // A key retired from the configuration verifies nothing any more, whatever its tokens say.
  const key = kid === undefined ? undefined : keys.byKid.get(kid);
  if (!key) return null;
  try {
    const { payload } = await jwtVerify(token, key, {
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
