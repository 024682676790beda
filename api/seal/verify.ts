// Whether a PDF is a certificate the registry sealed, unchanged: what `POST /verification/pdf`
// answers from. It checks what pdfsig checks (the signed bytes' digest, the CMS signature) and
// what pdfsig cannot know: that the signing certificate is one of the registry's own seals.
import { createHash, verify as rsaVerify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { Database } from '../../db/client.ts';
import { der, fromDer, issuerAndSerial, OID } from './cms.ts';
import { configuredSealKey } from './configured-seal.ts';
import { demoSealCertificates } from './demo-seal.ts';

type Asn1 = forge.asn1.Asn1;

export type SealedPdfCheck = {
  /** Sealed by the registry and not changed since (every byte but the signature's own is covered). */
  intact: boolean;
  /** The certificate's QR code and number, read from the sealed metadata; only when intact. */
  verificationCode?: string;
  number?: string;
};

const latin1 = (bytes: Buffer) => bytes.toString('latin1');
const oidOf = (value: Asn1 | undefined) => (value ? forge.asn1.derToOid(value.value as string) : '');
const bytesOf = (value: Asn1 | undefined) =>
  Buffer.from(typeof value?.value === 'string' ? value.value : '', 'binary');
/** The parts of a constructed value (none of a primitive or a missing one). */
const partsOf = (value: Asn1 | undefined): Asn1[] => (Array.isArray(value?.value) ? value.value : []);

/**
 * The signed range and the CMS of the PDF's one signature, when its ByteRange covers the whole
 * file but the signature itself: bytes appended after sealing (an incremental update that could
 * restate the metadata or draw over the page) make it not intact.
 */
function signedParts(pdf: Buffer): { signed: Buffer; cms: Buffer } | undefined {
  const ranges = [...latin1(pdf).matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  if (ranges.length !== 1) return undefined;
  const [start, gapStart, gapEnd, tailLength] = (ranges[0] as RegExpMatchArray).slice(1, 5).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (start !== 0 || gapStart >= gapEnd || gapEnd + tailLength !== pdf.length) return undefined;
  const hex = latin1(pdf.subarray(gapStart, gapEnd));
  if (!/^<[0-9a-fA-F]*>$/.test(hex)) return undefined;
  return {
    signed: Buffer.concat([pdf.subarray(0, gapStart), pdf.subarray(gapEnd)]),
    cms: Buffer.from(hex.slice(1, -1), 'hex'),
  };
}

/** The signing certificate (DER) when the CMS's signature over its attributes holds and its
 * message digest is the digest of `signed`. */
function signerOf(cms: Buffer, signed: Buffer): Buffer | undefined {
  const contentInfo = partsOf(fromDer(cms));
  if (oidOf(contentInfo[0]) !== OID.signedData) return undefined;
  const signedData = partsOf(partsOf(contentInfo[1])[0]);
  const certificates = signedData
    .filter((v) => v.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && v.type === 0)
    .flatMap((v) => partsOf(v).map(der));
  const signerInfos = partsOf(signedData.at(-1));
  if (signerInfos.length !== 1) return undefined;
  const [, sid, digestAlgorithm, attributes, , signature] = partsOf(signerInfos[0]);
  if (!sid || !attributes || attributes.tagClass !== forge.asn1.Class.CONTEXT_SPECIFIC) return undefined;
  if (oidOf(partsOf(digestAlgorithm)[0]) !== OID.sha256) return undefined;

  const digest = partsOf(attributes)
    .map(partsOf)
    .find((a) => oidOf(a[0]) === OID.messageDigest)?.[1];
  const expected = createHash('sha256').update(signed).digest();
  if (!expected.equals(bytesOf(partsOf(digest)[0]))) return undefined;

  const sidBytes = der(sid);
  const leaf = certificates.find((c) => {
    const { issuer, serial } = issuerAndSerial(c);
    return der(
      forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SEQUENCE, true, [issuer, serial]),
    ).equals(sidBytes);
  });
  if (!leaf) return undefined;
  // The signature covers the attributes as a SET (tag 0x31), not as the [0] they are stored in.
  const signedAttributes = Buffer.from(der(attributes));
  signedAttributes[0] = 0x31;
  const ok = rsaVerify('sha256', signedAttributes, new X509Certificate(leaf).publicKey, bytesOf(signature));
  return ok ? leaf : undefined;
}

/** `certificate:<number>` and `verification:<code>` of the Keywords written by certificate-pdf.ts. */
function keywordsOf(signed: Buffer) {
  const text = latin1(signed);
  const hex = /\/Keywords\s*<([0-9A-Fa-f\s]+)>/.exec(text)?.[1];
  const literal = /\/Keywords\s*\(([^)]*)\)/.exec(text)?.[1];
  let keywords = literal ?? '';
  if (hex) {
    const bytes = Buffer.from(hex.replace(/\s/g, ''), 'hex');
    // A PDF text string is UTF-16BE after its byte order mark (PDF 32000-1 §7.9.2.2).
    keywords =
      bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : latin1(bytes);
  }
  return {
    number: /certificate:([A-Z0-9-]+)/.exec(keywords)?.[1],
    verificationCode: /verification:([0-9a-f]{32})/.exec(keywords)?.[1],
  };
}

/** The signing certificates of every seal the registry uses or has used. */
async function registrySeals(db: Database): Promise<Buffer[]> {
  const configured = configuredSealKey()?.chain[0];
  return [...(await demoSealCertificates(db)), ...(configured ? [configured] : [])];
}

/**
 * Whether `pdf` is a certificate sealed by the registry and unchanged, and which one.
 * @example const { intact, verificationCode } = await verifySealedPdf(db, uploadedBytes)
 */
export async function verifySealedPdf(db: Database, pdf: Buffer | Uint8Array): Promise<SealedPdfCheck> {
  try {
    const bytes = Buffer.from(pdf);
    const parts = signedParts(bytes);
    if (!parts) return { intact: false };
    const leaf = signerOf(parts.cms, parts.signed);
    if (!leaf) return { intact: false };
    if (!(await registrySeals(db)).some((seal) => seal.equals(leaf))) return { intact: false };
    const { number, verificationCode } = keywordsOf(parts.signed);
    return {
      intact: true,
      ...(number ? { number } : {}),
      ...(verificationCode ? { verificationCode } : {}),
    };
  } catch {
    // Anything unreadable is simply not a sealed certificate.
    return { intact: false };
  }
}
