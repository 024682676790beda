// The CMS (RFC 5652) signature a sealed PDF carries: detached SHA-256 SignedData whose signed
// attributes are those baseline PAdES (ETSI EN 319 142-1, CAdES EN 319 122-1 §5.2) asks for —
// content type, message digest, signing time and ESS signing-certificate-v2 (RFC 5035), which
// @signpdf's stock P12 signer does not add — with the whole certificate chain embedded.
// Built with node-forge's ASN.1 writer: its pkcs7 module cannot encode an attribute it does not know.
import { createHash } from 'node:crypto';
import forge from 'node-forge';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

export const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  /** id-aa-signingCertificateV2 (RFC 5035). */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;
const seq = (...items: Asn1[]) => asn1.create(U, T.SEQUENCE, true, items);
const set = (items: Asn1[]) => asn1.create(U, T.SET, true, items);
const oid = (id: string) => asn1.create(U, T.OID, false, asn1.oidToDer(id).getBytes());
const octets = (bytes: Buffer) => asn1.create(U, T.OCTETSTRING, false, bytes.toString('binary'));
const integer = (n: number) => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes());
const algorithm = (id: string) => seq(oid(id), asn1.create(U, T.NULL, false, ''));

/** DER bytes of an ASN.1 value. */
export const der = (value: Asn1) => Buffer.from(asn1.toDer(value).getBytes(), 'binary');
/** An ASN.1 value of DER bytes; trailing bytes (a PDF's zero padding) are left alone. */
export const fromDer = (bytes: Buffer): Asn1 =>
  // @types/node-forge knows only the older boolean `strict` argument; forge 1.x takes options.
  (
    asn1.fromDer as unknown as (
      input: forge.util.ByteStringBuffer,
      options: { parseAllBytes: boolean },
    ) => Asn1
  )(forge.util.createBuffer(bytes.toString('binary')), { parseAllBytes: false });

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest();

/** A certificate's serial number and issuer name, as its own DER encodes them (not re-encoded). */
export function issuerAndSerial(certificate: Buffer): { issuer: Asn1; serial: Asn1 } {
  const tbs = (fromDer(certificate).value as Asn1[])[0] as Asn1;
  const fields = tbs.value as Asn1[];
  // The version is an explicit [0] that v1 certificates leave out.
  const at = (fields[0] as Asn1).tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: fields[at] as Asn1, issuer: fields[at + 2] as Asn1 };
}

/** ESS IssuerSerial { issuer GeneralNames, serialNumber } of a certificate. */
function issuerSerialOf(certificate: Buffer): Asn1 {
  const { issuer, serial } = issuerAndSerial(certificate);
  return seq(seq(asn1.create(asn1.Class.CONTEXT_SPECIFIC, 4, true, [issuer])), serial);
}

/** The signed attributes, sorted as DER sorts a SET OF (X.690 §11.6). */
function signedAttributes(content: Buffer, leaf: Buffer, signingTime: Date): Asn1[] {
  const attribute = (type: string, value: Asn1) => seq(oid(type), set([value]));
  const time =
    signingTime.getUTCFullYear() < 2050
      ? asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(signingTime))
      : asn1.create(U, T.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(signingTime));
  const attributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.signingTime, time),
    attribute(OID.messageDigest, octets(sha256(content))),
    // SigningCertificateV2 { certs: [ESSCertIDv2 { certHash, issuerSerial }] } (RFC 5035): SHA-256
    // is the default hash algorithm, which DER leaves out. The hash binds the certificate; issuer
    // and serial (the issuer's name as a directoryName) only help a verifier find it.
    attribute(OID.signingCertificateV2, seq(seq(seq(octets(sha256(leaf)), issuerSerialOf(leaf))))),
  ];
  return attributes
    .map((a) => ({ a, bytes: der(a) }))
    .sort((x, y) => Buffer.compare(x.bytes, y.bytes))
    .map(({ a }) => a);
}

/**
 * Signs `content` (a PDF's ByteRange bytes) into a detached CMS SignedData.
 * @param chain DER certificates, the signing certificate first, then its issuers
 * @param signature RSA PKCS#1 v1.5 over SHA-256 of the given bytes (the seal key's one operation)
 * @example const cms = await detachedCms(bytes, { chain, signingTime: new Date(), signature })
 */
export async function detachedCms(
  content: Buffer,
  {
    chain,
    signingTime,
    signature,
  }: { chain: Buffer[]; signingTime: Date; signature: (data: Buffer) => Promise<Buffer> },
): Promise<Buffer> {
  const [leaf] = chain;
  if (!leaf) throw new Error('A seal needs its certificate.');
  const attributes = signedAttributes(content, leaf, signingTime);
  // The signature covers the attributes encoded as a SET (RFC 5652 §5.4), not as the [0] they travel in.
  const signed = await signature(der(set(attributes)));
  const { issuer, serial } = issuerAndSerial(leaf);
  const signerInfo = seq(
    integer(1),
    seq(issuer, serial),
    algorithm(OID.sha256),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attributes),
    algorithm(OID.rsaEncryption),
    octets(signed),
  );
  const signedData = seq(
    integer(1),
    set([algorithm(OID.sha256)]),
    seq(oid(OID.data)),
    asn1.create(
      asn1.Class.CONTEXT_SPECIFIC,
      0,
      true,
      chain.map((c) => fromDer(c)),
    ),
    set([signerInfo]),
  );
  return der(seq(oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])));
}
