// Random secrets and their hashes. Secrets that prove something (a cookie, a handoff, an OIDC
// state) are stored only as SHA-256 hashes, so a copy of the database cannot be replayed.
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url (43 characters). */
export const randomSecret = () => randomBytes(32).toString('base64url');

export const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
