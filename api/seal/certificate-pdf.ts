// The certificate as an A4 page: the register's heading, the holder, the qualification with its
// EQF level, the awarding body, number, dates and status, in Estonian and English, and a QR code
// to the verification page. Drawn with pdf-lib's Helvetica, whose WinAnsi encoding holds every
// Estonian letter (Õ Ä Ö Ü Š Ž and the ’ of names); anything outside it is printed without its
// accent rather than not at all (see printable).
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import { formatDay } from '../../contract/calendar.ts';
import type { CertificateStatus } from '../../contract/certificates.ts';
import type { LoadedCertificate } from '../certificates/load.ts';
import { sealWording } from './wording.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.09, 0.13, 0.2);
const MUTED = rgb(0.36, 0.4, 0.47);
const ACCENT = rgb(0.05, 0.29, 0.55);
/** A status must be read at a glance, in colour and in words (the words alone suffice in greyscale). */
const STATUS_COLOUR: Record<CertificateStatus, ReturnType<typeof rgb>> = {
  valid: rgb(0.08, 0.45, 0.2),
  expired: rgb(0.55, 0.35, 0.02),
  revoked: rgb(0.7, 0.1, 0.1),
  replaced: rgb(0.55, 0.35, 0.02),
};

/** What the page prints besides the certificate's own row. */
export type CertificatePage = {
  certificate: LoadedCertificate;
  status: CertificateStatus;
  /** The QR code's target: `${publicUrl}/verify/code/<verificationCode>`. */
  verifyUrl: string;
  /** The Tallinn day it is sealed on. */
  sealedOn: string;
};

/** The keywords that name the certificate in the PDF's metadata, which verification reads back. */
export const metadataKeywords = (number: string, verificationCode: string) => [
  'Kutseregister',
  `certificate:${number}`,
  `verification:${verificationCode}`,
];

/** Letters with a stroke rather than an accent, which Unicode does not decompose. */
const STROKED: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

/** `text` in the characters `font` can encode: a letter outside them loses its accent, else is '?'. */
function printable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text]
    .map((ch) => {
      if (known.has(ch.codePointAt(0) ?? 0)) return ch;
      const base = STROKED[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '');
      return [...base].every((b) => known.has(b.codePointAt(0) ?? 0)) ? base : '?';
    })
    .join('');
}

/** `text` broken into lines no wider than `width`, at word boundaries. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

type Fonts = { regular: PDFFont; bold: PDFFont };

/** Draws lines downwards from `y`; returns the y under the last. */
function lines(
  page: PDFPage,
  font: PDFFont,
  text: string,
  {
    x,
    y,
    size,
    width,
    colour = INK,
  }: { x: number; y: number; size: number; width: number; colour?: typeof INK },
): number {
  let at = y;
  for (const line of wrap(printable(font, text), font, size, width)) {
    page.drawText(line, { x, y: at - size, size, font, color: colour });
    at -= size * 1.3;
  }
  return at;
}

/** A labelled field: "Estonian label / English label" over its value(s); returns the y under it. */
function field(
  page: PDFPage,
  fonts: Fonts,
  label: { et: string; en: string },
  values: { text: string; size: number; bold?: boolean; colour?: typeof INK }[],
  { x, y, width }: { x: number; y: number; width: number },
): number {
  let at = lines(page, fonts.regular, `${label.et} / ${label.en}`, { x, y, size: 8.5, width, colour: MUTED });
  at -= 2;
  for (const v of values)
    at = lines(page, v.bold ? fonts.bold : fonts.regular, v.text, {
      x,
      y: at,
      size: v.size,
      width,
      ...(v.colour ? { colour: v.colour } : {}),
    });
  return at - 14;
}

/** The QR code as vector squares, crisp at any zoom and in print. */
function drawQr(page: PDFPage, url: string, { x, y, size }: { x: number; y: number; size: number }) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cell = size / (modules.size + 2 * quiet);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col))
        page.drawRectangle({
          x: x + (quiet + col) * cell,
          y: y + size - (quiet + row + 1) * cell,
          width: cell,
          height: cell,
          color: rgb(0, 0, 0),
        });
}

/**
 * The certificate's PDF document, not yet saved (seal-pdf.ts adds the signature and saves it).
 * @example const doc = await certificateDocument({ certificate, status: 'valid', verifyUrl, sealedOn })
 */
export async function certificateDocument({
  certificate: c,
  status,
  verifyUrl,
  sealedOn,
}: CertificatePage): Promise<PDFDocument> {
  const { et, en } = sealWording;
  const doc = await PDFDocument.create();
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const holder = `${c.holderGivenName} ${c.holderFamilyName}`;
  doc.setTitle(`${et.title} ${c.number} — ${holder}`);
  doc.setSubject(`${et.title} / ${en.title} ${c.number}`);
  doc.setKeywords(metadataKeywords(c.number, c.verificationCode));
  doc.setAuthor(et.register);
  doc.setCreator(et.register);
  doc.setProducer('Kutse');
  doc.setLanguage('et-EE');
  doc.setCreationDate(new Date(`${sealedOn}T12:00:00Z`));
  doc.setModificationDate(new Date(`${sealedOn}T12:00:00Z`));

  const page = doc.addPage(A4);
  const [pageWidth, pageHeight] = A4;
  const width = pageWidth - 2 * MARGIN;
  page.drawRectangle({ x: 0, y: pageHeight - 10, width: pageWidth, height: 10, color: ACCENT });

  let y = pageHeight - 48;
  y = lines(page, fonts.bold, `${et.register.toUpperCase()} · ${en.register}`, {
    x: MARGIN,
    y,
    size: 10,
    width,
    colour: ACCENT,
  });
  y = lines(page, fonts.bold, et.title, { x: MARGIN, y: y - 14, size: 28, width });
  y = lines(page, fonts.regular, en.title, { x: MARGIN, y: y + 2, size: 15, width, colour: MUTED });
  page.drawLine({
    start: { x: MARGIN, y: y - 8 },
    end: { x: pageWidth - MARGIN, y: y - 8 },
    thickness: 0.75,
    color: MUTED,
  });
  y -= 30;

  const at = { x: MARGIN, width };
  y = field(page, fonts, { et: et.holder, en: en.holder }, [{ text: holder, size: 20, bold: true }], {
    ...at,
    y,
  });
  y = field(
    page,
    fonts,
    { et: et.qualification, en: en.qualification },
    [
      { text: c.qualificationNameEt, size: 15, bold: true },
      { text: c.qualificationNameEn, size: 12 },
      ...(c.eqfLevel !== null
        ? [{ text: `${et.eqfLevel(c.eqfLevel)} / ${en.eqfLevel(c.eqfLevel)}`, size: 11, colour: MUTED }]
        : []),
    ],
    { ...at, y },
  );
  y = field(
    page,
    fonts,
    { et: et.body, en: en.body },
    [
      { text: c.bodyNameEt, size: 13, bold: true },
      ...(c.bodyNameEn !== c.bodyNameEt ? [{ text: c.bodyNameEn, size: 11 }] : []),
    ],
    { ...at, y },
  );

  // Number and dates side by side: three short values.
  const third = width / 3;
  const validUntil = c.validUntil ? formatDay(c.validUntil, 'et') : `${et.indefinite} / ${en.indefinite}`;
  const row = [
    field(page, fonts, { et: et.number, en: en.number }, [{ text: c.number, size: 13, bold: true }], {
      x: MARGIN,
      y,
      width: third - 12,
    }),
    field(
      page,
      fonts,
      { et: et.issuedOn, en: en.issuedOn },
      [{ text: formatDay(c.issuedOn, 'et'), size: 13, bold: true }],
      { x: MARGIN + third, y, width: third - 12 },
    ),
    field(
      page,
      fonts,
      { et: et.validUntil, en: en.validUntil },
      [{ text: validUntil, size: 13, bold: true }],
      { x: MARGIN + 2 * third, y, width: third - 12 },
    ),
  ];
  y = Math.min(...row);
  field(
    page,
    fonts,
    { et: et.status, en: en.status },
    [
      {
        text: `${et.statuses[status]} / ${en.statuses[status]}`,
        size: 15,
        bold: true,
        colour: STATUS_COLOUR[status],
      },
    ],
    { ...at, y },
  );

  // The foot: the QR code with its URL printed under it (for whoever types it by hand), and on its
  // right what it is for and whose seal the document carries.
  const qr = 128;
  const footY = 76;
  drawQr(page, verifyUrl, { x: MARGIN - 10, y: footY, size: qr });
  lines(page, fonts.regular, verifyUrl, { x: MARGIN, y: footY - 2, size: 9, width, colour: ACCENT });
  const textX = MARGIN + qr + 8;
  const textWidth = pageWidth - MARGIN - textX;
  let foot = footY + qr - 14;
  foot = lines(page, fonts.bold, et.verify, { x: textX, y: foot, size: 10.5, width: textWidth });
  foot = lines(page, fonts.regular, en.verify, {
    x: textX,
    y: foot,
    size: 10,
    width: textWidth,
    colour: MUTED,
  });
  foot = lines(page, fonts.regular, `${et.sealed}. ${et.sealedOn} ${formatDay(sealedOn, 'et')}.`, {
    x: textX,
    y: foot - 14,
    size: 9,
    width: textWidth,
    colour: MUTED,
  });
  lines(page, fonts.regular, `${en.sealed}. ${en.sealedOn} ${formatDay(sealedOn, 'et')}.`, {
    x: textX,
    y: foot,
    size: 9,
    width: textWidth,
    colour: MUTED,
  });
  return doc;
}
