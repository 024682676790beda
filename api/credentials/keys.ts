// The keys that sign credentials and status lists, behind one interface: the demo's key pair, made
// once and kept in registry_keys so that every API process signs with the same key, or a production
// key from configuration (KUTSE_CREDENTIAL_KEY_FILE, a PKCS#8 PEM; KUTSE_CREDENTIAL_KEY_ALG).
import { readFileSync } from 'node:fs';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  importPKCS8,
  type JWK,
  type KeyObject,
} from 'jose';
import type { JsonWebKeySet } from '../../contract/credentials.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { registryKeys } from '../../db/schema/index.ts';

/** OB 3.0 asks for RS256 or stronger; ES256 is that, with short keys and signatures. */
export type CredentialAlgorithm = 'ES256' | 'ES384' | 'RS256' | 'PS256';

export type SigningKey = { kid: string; alg: CredentialAlgorithm; privateKey: CryptoKey | KeyObject };

/** Where credentials get their signature and verifiers find the public keys. */
export type CredentialKeys = {
  /** The key that signs now. */
  signingKey(): Promise<SigningKey>;
  /** Every key a credential still in circulation may be signed with (public parts only). */
  publicKeys(): Promise<JsonWebKeySet>;
};

/** Any fixed number, apart from the migrations' lock (db/client.ts): makers of the demo key queue on it. */
const DEMO_KEY_LOCK = 7_031_013;
const DEMO_ALGORITHM: CredentialAlgorithm = 'ES256';

/** The public half as published: the key id is its RFC 7638 thumbprint, so it names the key itself. */
async function publicJwkOf(publicKey: CryptoKey | KeyObject, alg: CredentialAlgorithm) {
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { ...jwk, kid, alg, use: 'sig' as const };
}

/**
 * The demo's keys in the database: the newest credential key not retired signs; if there is none
 * yet, one is made under an advisory lock, so two processes starting at once make only one.
 * @example const keys = databaseCredentialKeys(db, clock); const { kid } = await keys.signingKey();
 */
export function databaseCredentialKeys(db: Database, clock: Clock): CredentialKeys {
  const current = () =>
    db
      .select()
      .from(registryKeys)
      .where(and(eq(registryKeys.purpose, 'credential'), isNull(registryKeys.retiredAt)))
      .orderBy(desc(registryKeys.createdAt))
      .limit(1);

  async function currentOrNew() {
    const [found] = await current();
    if (found) return found;
    return db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_KEY_LOCK})`);
      const [madeMeanwhile] = await tx
        .select()
        .from(registryKeys)
        .where(and(eq(registryKeys.purpose, 'credential'), isNull(registryKeys.retiredAt)))
        .limit(1);
      if (madeMeanwhile) return madeMeanwhile;
      const pair = await generateKeyPair(DEMO_ALGORITHM, { extractable: true });
      const publicJwk = await publicJwkOf(pair.publicKey, DEMO_ALGORITHM);
      const [made] = await tx
        .insert(registryKeys)
        .values({
          id: publicJwk.kid,
          purpose: 'credential',
          algorithm: DEMO_ALGORITHM,
          privateKeyPem: await exportPKCS8(pair.privateKey),
          publicJwk,
          createdAt: clock.now(),
        })
        .returning();
      return made as typeof registryKeys.$inferSelect;
    });
  }

  return {
    async signingKey() {
      const row = await currentOrNew();
      const alg = row.algorithm as CredentialAlgorithm;
      return { kid: row.id, alg, privateKey: await importPKCS8(row.privateKeyPem, alg) };
    },
    async publicKeys() {
      await currentOrNew();
      // Retired keys stay published: credentials they signed are still in people's hands.
      const rows = await db
        .select({ publicJwk: registryKeys.publicJwk })
        .from(registryKeys)
        .where(eq(registryKeys.purpose, 'credential'))
        .orderBy(desc(registryKeys.createdAt));
      return { keys: rows.map((r) => r.publicJwk as JsonWebKeySet['keys'][number]) };
    },
  };
}

/**
 * A production key from configuration (an HSM-backed signer would implement the same interface).
 * `previous`: public JWKs of keys that signed credentials before, still published.
 */
export function configuredCredentialKeys({
  privateKeyPem,
  algorithm,
  previous = [],
}: {
  privateKeyPem: string;
  algorithm: CredentialAlgorithm;
  previous?: JWK[];
}): CredentialKeys {
  const loaded = (async () => {
    const privateKey = await importPKCS8(privateKeyPem, algorithm, { extractable: true });
    // The public half from the private key: a PKCS#8 PEM holds both.
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicPart } = await exportJWK(privateKey);
    const publicKey = {
      ...publicPart,
      kid: await calculateJwkThumbprint(publicPart),
      alg: algorithm,
      use: 'sig',
    };
    return { privateKey, publicKey };
  })();
  return {
    async signingKey() {
      const { privateKey, publicKey } = await loaded;
      return { kid: publicKey.kid, alg: algorithm, privateKey };
    },
    async publicKeys() {
      const { publicKey } = await loaded;
      return { keys: [publicKey, ...previous] as JsonWebKeySet['keys'] };
    },
  };
}

/** The configured key (KUTSE_CREDENTIAL_KEY_FILE, KUTSE_CREDENTIAL_KEY_ALG), or undefined for the demo's. */
export function credentialKeysFromEnv(env: NodeJS.ProcessEnv): CredentialKeys | undefined {
  const file = env.KUTSE_CREDENTIAL_KEY_FILE;
  if (!file) return undefined;
  const algorithm = (env.KUTSE_CREDENTIAL_KEY_ALG ?? 'ES256') as CredentialAlgorithm;
  if (!['ES256', 'ES384', 'RS256', 'PS256'].includes(algorithm))
    throw new Error(`KUTSE_CREDENTIAL_KEY_ALG: ${algorithm} is not one of ES256, ES384, RS256, PS256`);
  return configuredCredentialKeys({ privateKeyPem: readFileSync(file, 'utf8'), algorithm });
}
