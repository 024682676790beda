// The owner's sealed certificate PDF (issue 13): an independent verifier (Debian's pdfsig) accepts
// the seal and rejects a copy with one byte changed; the CMS is baseline PAdES; the registry's own
// check (verifySealedPdf, behind POST /verification/pdf) agrees with pdfsig and also knows whose
// seal it is; nobody but the holder gets the PDF.

import { spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCertificateByNumber } from '../../api/certificates/load.ts';
import { certificateDocument } from '../../api/seal/certificate-pdf.ts';
import { fromDer, OID } from '../../api/seal/cms.ts';
import { chainOfPem, demoSealKey, makeDemoSeal } from '../../api/seal/demo-seal.ts';
import { sealDocument } from '../../api/seal/seal-pdf.ts';
import { cmsSigner, pemSealKey } from '../../api/seal/signer.ts';
import { verifySealedPdf } from '../../api/seal/verify.ts';
import { auditEvents, certificates, registryKeys } from '../../db/schema/index.ts';
import { consoleHeaders, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

type Asn1 = forge.asn1.Asn1;
const JAANS = 'ETEL-T3-0001';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
let sealed: Buffer;
const dir = mkdtempSync(join(tmpdir(), 'kutse-sealed-'));

/** What pdfsig (poppler-utils) says of the PDF's signature. */
function pdfsig(pdf: Buffer, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const run = spawnSync('pdfsig', ['-nocert', file], { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`;
}

/** Where the signature's hex string (the gap in the ByteRange) starts and ends. */
const gapOf = (pdf: Buffer) =>
  (/\/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)/.exec(pdf.toString('latin1')) ?? []).slice(1, 3).map(Number) as [
    number,
    number,
  ];

/** The bytes the seal signs: all but the signature's hex string. */
function signedRangeOf(pdf: Buffer): Buffer {
  const [gapStart, gapEnd] = gapOf(pdf);
  return Buffer.concat([pdf.subarray(0, gapStart), pdf.subarray(gapEnd)]);
}

/** The PDF's CMS, out of its /Contents hex string (the gap in its ByteRange). */
function cmsOf(pdf: Buffer): Asn1 {
  const [gapStart, gapEnd] = gapOf(pdf);
  return fromDer(Buffer.from(pdf.subarray(gapStart + 1, gapEnd - 1).toString('latin1'), 'hex'));
}

const partsOf = (a: Asn1 | undefined): Asn1[] => (Array.isArray(a?.value) ? a.value : []);
const oidOf = (a: Asn1 | undefined) => forge.asn1.derToOid(String(a?.value ?? ''));
const bytesOf = (a: Asn1 | undefined) => Buffer.from(String(a?.value ?? ''), 'binary');

/** A copy with one byte changed inside the signed range: the last digit of the document's
 * creation year (`/CreationDate (D:2024…`). */
function withOneByteChanged(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('/CreationDate (D:') + '/CreationDate (D:'.length + 3;
  copy[at] = copy[at] === 0x30 ? 0x31 : 0x30;
  return copy;
}

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
beforeAll(async () => {
  const answer = await app.request(`/me/certificates/${JAANS}/sealed.pdf`, {
    headers: await consoleHeaders(database, 'securityOfficer'),
  });
  expect(answer.status).toBe(200);
  sealed = Buffer.from(await answer.arrayBuffer());
}, 60_000);
afterAll(() => database?.drop());

describe('the owner’s sealed certificate PDF', { timeout: 60_000 }, () => {
  it('is a PDF download named after the certificate, sealed today and audited as the owner’s own act', async () => {
    const answer = await app.request(`/me/certificates/${JAANS.toLowerCase()}/sealed.pdf`, {
      headers: await widgetHeaders(database, 'securityOfficer'),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="${JAANS}.pdf"`);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(
      Buffer.from(await answer.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const [row] = await database.db
      .select({ id: certificates.id, sealedAt: certificates.sealedAt })
      .from(certificates)
      .where(eq(certificates.number, JAANS));
    expect(row?.sealedAt?.toISOString()).toBe(database.clock.now().toISOString());
    const jaan = await personId(database, 'securityOfficer');
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'certificate.sealed'), eq(auditEvents.entityId, row?.id ?? '')));
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actorId: jaan,
      subjectId: jaan,
      actorRole: 'person',
      entity: 'certificate',
    });
  });

  it('is reported valid by pdfsig, as an ETSI.CAdES.detached signature over the whole document', () => {
    const report = pdfsig(sealed, 'sealed.pdf');
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signer Certificate Common Name: Kutseregister demo e-seal');
  });

  it('is reported changed by pdfsig and by the registry when one signed byte differs', async () => {
    const tampered = withOneByteChanged(sealed);
    expect(tampered.equals(sealed)).toBe(false);
    expect(pdfsig(tampered, 'tampered.pdf')).toContain('Digest Mismatch.');
    expect(await verifySealedPdf(database.db, tampered)).toEqual({ intact: false });
  });

  it('carries the baseline PAdES attributes: signing-certificate-v2 with the SHA-256 of the seal’s certificate', () => {
    const signedData = partsOf(partsOf(cmsOf(sealed))[1])[0];
    const fields = partsOf(signedData);
    const embedded = partsOf(fields.find((f) => f.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC)).map(
      (c) => new X509Certificate(Buffer.from(forge.asn1.toDer(c).getBytes(), 'binary')),
    );
    // The whole chain: the seal's certificate and the root that issued it.
    expect(embedded.map((c) => c.subject)).toEqual([
      expect.stringContaining('CN=Kutseregister demo e-seal'),
      expect.stringContaining('CN=Kutse demo root'),
    ]);
    expect(embedded[0]?.checkIssued(embedded[1] as X509Certificate)).toBe(true);

    const signerInfo = partsOf(partsOf(fields.at(-1))[0]);
    const attributes = new Map(
      partsOf(signerInfo[3]).map((a) => [oidOf(partsOf(a)[0]), partsOf(partsOf(a)[1])[0]]),
    );
    expect([...attributes.keys()].sort()).toEqual(
      [OID.contentType, OID.messageDigest, OID.signingTime, OID.signingCertificateV2].sort(),
    );
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 { certHash, … } }
    const essCertId = partsOf(partsOf(partsOf(attributes.get(OID.signingCertificateV2))[0])[0]);
    const certHash = bytesOf(essCertId.find((p) => p.type === forge.asn1.Type.OCTETSTRING));
    // issuerSerial's serial number is the seal certificate's own.
    const serial = bytesOf(partsOf(essCertId.find((p) => p.type === forge.asn1.Type.SEQUENCE))[1]);
    expect(BigInt(`0x${serial.toString('hex')}`)).toBe(
      BigInt(`0x${(embedded[0] as X509Certificate).serialNumber}`),
    );
    expect(certHash.toString('hex')).toBe(
      createHash('sha256')
        .update((embedded[0] as X509Certificate).raw)
        .digest('hex'),
    );
  });

  it('is verified by OpenSSL’s CMS too (OpenSSL 3 also checks the ESS signing-certificate attributes)', () => {
    writeFileSync(join(dir, 'seal.cms'), Buffer.from(forge.asn1.toDer(cmsOf(sealed)).getBytes(), 'binary'));
    writeFileSync(join(dir, 'signed.bin'), signedRangeOf(sealed));
    writeFileSync(join(dir, 'changed.bin'), signedRangeOf(withOneByteChanged(sealed)));
    const verify = (content: string) =>
      spawnSync(
        'openssl',
        ['cms', '-verify', '-inform', 'DER', '-in', 'seal.cms', '-binary', '-noverify', '-content', content],
        { cwd: dir, encoding: 'utf8' },
      );
    expect(verify('signed.bin').stderr).toContain('CMS Verification successful');
    expect(verify('changed.bin').status).not.toBe(0);
  });

  it('is found intact by the registry’s own check, which names the certificate pdfsig accepted', async () => {
    const [row] = await database.db
      .select({ code: certificates.verificationCode })
      .from(certificates)
      .where(eq(certificates.number, JAANS));
    expect(await verifySealedPdf(database.db, sealed)).toEqual({
      intact: true,
      number: JAANS,
      verificationCode: row?.code,
    });
  });

  it('is not the registry’s when another key sealed it, though pdfsig finds that signature valid', async () => {
    const stranger = makeDemoSeal(database.clock.now());
    const certificate = await loadCertificateByNumber(database.db, JAANS);
    if (!certificate) throw new Error('seeded certificate missing');
    const forged = await sealDocument(
      await certificateDocument({
        certificate,
        status: 'valid',
        verifyUrl: 'http://kutse.test/verify/code/x',
        sealedOn: '2024-05-15',
      }),
      cmsSigner(pemSealKey(stranger.privateKeyPem, chainOfPem(stranger.chainPem)), () =>
        database.clock.now(),
      ),
      { at: database.clock.now(), contact: 'http://elsewhere.test' },
    );
    expect(pdfsig(forged, 'forged.pdf')).toContain('Signature is Valid.');
    expect(await verifySealedPdf(database.db, forged)).toEqual({ intact: false });
  });

  it('is not intact with anything appended after sealing (an update that could redraw the page)', async () => {
    const updated = Buffer.concat([sealed, Buffer.from('\n1 0 obj\n(changed)\nendobj\n%%EOF\n')]);
    expect(await verifySealedPdf(database.db, updated)).toEqual({ intact: false });
    expect(await verifySealedPdf(database.db, Buffer.from('not a pdf'))).toEqual({ intact: false });
  });

  it('shows the certificate’s number and QR link in the PDF’s metadata and on the page', () => {
    const text = spawnSync('pdftotext', [join(dir, 'sealed.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Jaan Ääremaa');
    expect(text).toContain(JAANS);
    expect(text).toContain('Kutsetunnistus');
    expect(text).toContain('Certificate of Occupational Qualification');
    expect(text).toMatch(/http:\/\/kutse\.test\/verify\/code\/[0-9a-f]{32}/);
  });
});

describe('who gets a sealed PDF', () => {
  it('tells another person Jaan’s certificate was not found, naming nothing of it', async () => {
    const answer = await app.request(`/me/certificates/${JAANS}/sealed.pdf`, {
      headers: await consoleHeaders(database, 'recentlyExpiredManager'),
    });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    const body = await answer.text();
    expect(body).not.toContain('Ääremaa');
    // The same answer as for a number nobody holds.
    const none = await app.request('/me/certificates/ETEL-XX-9999/sealed.pdf', {
      headers: await consoleHeaders(database, 'recentlyExpiredManager'),
    });
    expect(none.status).toBe(404);
  });

  it('asks a caller who is not signed in to sign in, and refuses a malformed number naming it', async () => {
    expect((await app.request(`/me/certificates/${JAANS}/sealed.pdf`)).status).toBe(401);
    const bad = await app.request('/me/certificates/not%20a%20number/sealed.pdf', {
      headers: await consoleHeaders(database, 'securityOfficer'),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('number');
  });
});

describe('the demo seal', () => {
  it('is made once, shared by every process, with an e-seal’s key usage', async () => {
    // As on a first start: no seal yet, two processes asking at once (a pool of connections on PostgreSQL).
    await database.db.delete(registryKeys).where(eq(registryKeys.purpose, 'seal'));
    const keys = await Promise.all([
      demoSealKey(database.db, database.clock),
      demoSealKey(database.db, database.clock),
    ]);
    const rows = await database.db.select().from(registryKeys).where(eq(registryKeys.purpose, 'seal'));
    expect(rows).toHaveLength(1);
    expect(keys[0]?.chain[0]?.equals(keys[1]?.chain[0] as Buffer)).toBe(true);
    const leaf = forge.pki.certificateFromPem(rows[0]?.certificateChainPem ?? '');
    expect(leaf.getExtension('keyUsage')).toMatchObject({
      digitalSignature: true,
      nonRepudiation: true,
      keyCertSign: false,
    });
  });
});

describe('a configured seal (KUTSE_SEAL_P12)', () => {
  it('seals instead of the demo’s, and verification knows it as the registry’s', async () => {
    // What a trust service hands over: a PKCS#12 of the key and its certificate, made as
    // reference.md says node-forge reads them.
    const run = (args: string[]) => {
      const done = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
      if (done.status !== 0) throw new Error(done.stderr);
    };
    run([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'seal.key',
      '-out',
      'seal.crt',
      '-days',
      '3650',
      '-subj',
      '/C=EE/O=Trust service test/CN=Kutseregister test e-seal',
    ]);
    run([
      'pkcs12',
      '-export',
      '-certpbe',
      'PBE-SHA1-3DES',
      '-keypbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
      '-inkey',
      'seal.key',
      '-in',
      'seal.crt',
      '-out',
      'seal.p12',
      '-passout',
      'pass:test-secret',
    ]);
    const before = { file: process.env.KUTSE_SEAL_P12, password: process.env.KUTSE_SEAL_P12_PASSWORD };
    process.env.KUTSE_SEAL_P12 = join(dir, 'seal.p12');
    process.env.KUTSE_SEAL_P12_PASSWORD = 'test-secret';
    try {
      const configured = createTestApp(database).app;
      const answer = await configured.request(`/me/certificates/${JAANS}/sealed.pdf`, {
        headers: await consoleHeaders(database, 'securityOfficer'),
      });
      const pdf = Buffer.from(await answer.arrayBuffer());
      const report = pdfsig(pdf, 'configured.pdf');
      expect(report).toContain('Signer Certificate Common Name: Kutseregister test e-seal');
      expect(report).toContain('Signature is Valid.');
      expect(await verifySealedPdf(database.db, pdf)).toMatchObject({ intact: true, number: JAANS });
    } finally {
      for (const [name, value] of [
        ['KUTSE_SEAL_P12', before.file],
        ['KUTSE_SEAL_P12_PASSWORD', before.password],
      ] as const)
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
    }
  }, 60_000);
});
