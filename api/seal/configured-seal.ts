// A seal from configuration: a PKCS#12 file (KUTSE_SEAL_P12) and its password
// (KUTSE_SEAL_P12_PASSWORD), e.g. an e-seal certificate bought from a trust service. Like the token
// keys (auth/token-keys.ts), a secret's setting is read by the one module that uses it, so that the
// key never travels in the app's general configuration object.
import { readFileSync } from 'node:fs';
import forge from 'node-forge';
import { der } from './cms.ts';
import { pemSealKey, type SealKey } from './signer.ts';

/** PKCS#12 bag types (RFC 7292 §4.2). */
const BAG = {
  key: '1.2.840.113549.1.12.10.1.1',
  shroudedKey: '1.2.840.113549.1.12.10.1.2',
  certificate: '1.2.840.113549.1.12.10.1.3',
};

/**
 * The key and chain of a PKCS#12 (`openssl pkcs12 -export`, e.g. with `-certpbe PBE-SHA1-3DES
 * -keypbe PBE-SHA1-3DES -macalg sha1`, which reference.md names), the key's certificate first.
 * @example const key = pkcs12SealKey(readFileSync('seal.p12'), 'secret')
 */
export function pkcs12SealKey(p12: Buffer, password: string): SealKey {
  const parsed = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))),
    password,
  );
  const bags = (type: string) => parsed.getBags({ bagType: type })[type] ?? [];
  const keyBags = [...bags(BAG.shroudedKey), ...bags(BAG.key)];
  const key = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error('KUTSE_SEAL_P12: no private key in the file');
  const certificates = bags(BAG.certificate)
    .map((bag) => bag.cert)
    .filter((c): c is forge.pki.Certificate => c !== undefined);
  const publicOf = (c: forge.pki.Certificate) => (c.publicKey as forge.pki.rsa.PublicKey).n.toString(16);
  const leaf = certificates.find((c) => publicOf(c) === key.n.toString(16));
  if (!leaf) throw new Error('KUTSE_SEAL_P12: no certificate of the private key');
  // The issuers in order up from the seal's certificate, as far as the file holds them.
  const chain = [leaf];
  for (let at = leaf; !at.isIssuer(at); ) {
    const issuer = certificates.find((c) => c !== at && c.isIssuer(at) && !chain.includes(c));
    if (!issuer) break;
    chain.push(issuer);
    at = issuer;
  }
  return pemSealKey(
    forge.pki.privateKeyToPem(key),
    chain.map((c) => der(forge.pki.certificateToAsn1(c))),
  );
}

/** The configured seal, or undefined when the environment names none (the demo's seal is used). */
export function configuredSealKey(env: NodeJS.ProcessEnv = process.env): SealKey | undefined {
  if (!env.KUTSE_SEAL_P12) return undefined;
  return pkcs12SealKey(readFileSync(env.KUTSE_SEAL_P12), env.KUTSE_SEAL_P12_PASSWORD ?? '');
}
