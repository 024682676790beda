// The registry's seal, behind one interface: the demo's key made and kept in the database
// (demo-seal.ts), or a configured PKCS#12 (configured-seal.ts). A production deployment with a
// qualified e-seal in an HSM or a trust service's remote seal implements SealKey (one signature
// operation and its certificate chain) or SealSigner (the whole CMS) and nothing else changes.
import { sign as rsaSign } from 'node:crypto';
import { detachedCms } from './cms.ts';

/** Signs a PDF's ByteRange bytes into a detached CMS (DER), with the certificates it was made with. */
export type SealSigner = {
  sign(data: Buffer): Promise<Buffer>;
  /** DER certificates: the seal's own first, then its issuers'. */
  chain: Buffer[];
};

/**
 * What a key store offers: RSA PKCS#1 v1.5 signatures over SHA-256 and the key's certificate chain.
 * An HSM (PKCS#11) or a trust service's signing API fits here; the private key need not leave it.
 */
export type SealKey = {
  chain: Buffer[];
  signature(data: Buffer): Promise<Buffer>;
};

/**
 * A signer making baseline PAdES CMS signatures (cms.ts) with `key`, timed by `now`.
 * @example const signer = cmsSigner(pemSealKey(privateKeyPem, chain), () => clock.now())
 */
export const cmsSigner = (key: SealKey, now: () => Date): SealSigner => ({
  chain: key.chain,
  sign: (data) => detachedCms(data, { chain: key.chain, signingTime: now(), signature: key.signature }),
});

/** A seal key whose private key is at hand as PEM (the demo's, or one read from a PKCS#12). */
export const pemSealKey = (privateKeyPem: string, chain: Buffer[]): SealKey => ({
  chain,
  signature: async (data) => rsaSign('sha256', data, privateKeyPem),
});
