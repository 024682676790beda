// Seals a certificate's PDF: a signature field with room for the CMS (sub-filter
// ETSI.CAdES.detached, baseline PAdES), saved without object streams so the signature dictionary is
// plain text that @signpdf can fill, then the CMS of the seal's signer written into it.
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { Signer, SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { PDFDocument } from 'pdf-lib';
import type { SealSigner } from './signer.ts';
import { sealWording } from './wording.ts';

/**
 * Bytes kept for the CMS: a 2048-bit demo chain needs ~2.5 kB; a trust service's seal with a
 * three-certificate chain of 4096-bit keys stays well under this.
 */
const SIGNATURE_ROOM = 16_384;

/** @signpdf wants an instance of its own Signer class; this one hands the bytes to ours. */
const adapterOf = (seal: SealSigner): Signer =>
  Object.assign(Object.create(Signer.prototype) as Signer, { sign: (data: Buffer) => seal.sign(data) });

/**
 * The document's bytes, sealed.
 * @example const pdf = await sealDocument(doc, signer, { at: clock.now(), contact: publicUrl })
 */
export async function sealDocument(
  doc: PDFDocument,
  signer: SealSigner,
  { at, contact }: { at: Date; contact: string },
): Promise<Buffer> {
  const page = doc.getPage(0);
  pdflibAddPlaceholder({
    pdfPage: page,
    reason: sealWording.et.signatureReason,
    contactInfo: contact,
    name: sealWording.et.register,
    location: 'Tallinn, Eesti',
    signingTime: at,
    signatureLength: SIGNATURE_ROOM,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Kutse',
  });
  const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new SignPdf().sign(unsigned, adapterOf(signer), at);
}
