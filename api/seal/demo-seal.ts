// The demo's seal: an RSA key with a two-certificate chain ("Kutse demo root" CA → "Kutseregister
// demo e-seal"), made once and kept in registry_keys so that every API process seals with the same
// key and every process's verification knows it. Production configures its own (configured-seal.ts).
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  X509Certificate,
} from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import forge from 'node-forge';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { registryKeys } from '../../db/schema/index.ts';
import { pemSealKey, type SealKey } from './signer.ts';

/** Any fixed number, apart from the migrations' (db/client.ts) and the credential keys' locks. */
const DEMO_SEAL_LOCK = 7_031_002;
const YEAR_MS = 365.25 * 24 * 3_600_000;

const ORGANISATION = [
  { shortName: 'C', value: 'EE' },
  { shortName: 'O', value: 'Kutseregister (demo)' },
];

type Party = { commonName: string; publicKeyPem: string };

/** A certificate of `subject`, signed with `issuerKeyPem` (the issuer's own, when it is self-signed). */
function certificate(
  subject: Party,
  issuer: { commonName: string; privateKeyPem: string },
  { from, years, authority }: { from: Date; years: number; authority: boolean },
): string {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(subject.publicKeyPem);
  // A positive serial of 16 random bytes (RFC 5280 §4.1.2.2: at most 20 octets, unpredictable).
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = from;
  cert.validity.notAfter = new Date(from.getTime() + years * YEAR_MS);
  cert.setSubject([...ORGANISATION, { shortName: 'CN', value: subject.commonName }]);
  cert.setIssuer([...ORGANISATION, { shortName: 'CN', value: issuer.commonName }]);
  cert.setExtensions(
    authority
      ? [
          { name: 'basicConstraints', cA: true, critical: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
          { name: 'subjectKeyIdentifier' },
        ]
      : [
          { name: 'basicConstraints', cA: false, critical: true },
          // An e-seal's usage (ETSI EN 319 412-3): it signs documents, it does not sign certificates.
          { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
          { name: 'subjectKeyIdentifier' },
        ],
  );
  cert.sign(forge.pki.privateKeyFromPem(issuer.privateKeyPem), forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

function rsaPair() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** A new demo seal: the root's key signs the seal's certificate and is thrown away. */
export function makeDemoSeal(now: Date) {
  const root = { commonName: 'Kutse demo root', ...rsaPair() };
  const seal = { commonName: 'Kutseregister demo e-seal', ...rsaPair() };
  // A day back, so that a verifier whose clock is a little behind still sees it in force.
  const from = new Date(now.getTime() - 24 * 3_600_000);
  const rootPem = certificate(root, root, { from, years: 20, authority: true });
  const sealPem = certificate(seal, root, { from, years: 10, authority: false });
  return { privateKeyPem: seal.privateKeyPem, chainPem: `${sealPem}${rootPem}` };
}

/** The DER certificates of a PEM bundle, in its order. */
export const chainOfPem = (pem: string): Buffer[] =>
  (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map(
    (one) => new X509Certificate(one).raw,
  );

const sealRows = (db: Database) =>
  db
    .select()
    .from(registryKeys)
    .where(and(eq(registryKeys.purpose, 'seal'), isNull(registryKeys.retiredAt)))
    .orderBy(desc(registryKeys.createdAt))
    .limit(1);

/**
 * The demo's seal key: the newest seal in registry_keys not retired; if there is none yet, one is
 * made under an advisory lock, so that two processes starting at once make only one.
 * @example const signer = cmsSigner(await demoSealKey(db, clock), () => clock.now())
 */
export async function demoSealKey(db: Database, clock: Clock): Promise<SealKey> {
  const [found] = await sealRows(db);
  const row =
    found ??
    (await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEAL_LOCK})`);
      const [madeMeanwhile] = await tx
        .select()
        .from(registryKeys)
        .where(and(eq(registryKeys.purpose, 'seal'), isNull(registryKeys.retiredAt)))
        .limit(1);
      if (madeMeanwhile) return madeMeanwhile;
      const now = clock.now();
      const { privateKeyPem, chainPem } = makeDemoSeal(now);
      const publicJwk = createPublicKey(createPrivateKey(privateKeyPem)).export({ format: 'jwk' });
      const [made] = await tx
        .insert(registryKeys)
        .values({
          id: `seal-${randomBytes(8).toString('hex')}`,
          purpose: 'seal',
          algorithm: 'RSA-SHA256',
          privateKeyPem,
          publicJwk: publicJwk as Record<string, unknown>,
          certificateChainPem: chainPem,
          createdAt: now,
        })
        .returning();
      return made as typeof registryKeys.$inferSelect;
    }));
  return pemSealKey(row.privateKeyPem, chainOfPem(row.certificateChainPem ?? ''));
}

/**
 * The signing certificates of every seal the registry has kept, retired ones too: a PDF sealed
 * with a key since retired is still genuine.
 */
export async function demoSealCertificates(db: Database): Promise<Buffer[]> {
  const rows = await db
    .select({ chain: registryKeys.certificateChainPem })
    .from(registryKeys)
    .where(eq(registryKeys.purpose, 'seal'));
  return rows.flatMap((r) => chainOfPem(r.chain ?? '').slice(0, 1));
}
