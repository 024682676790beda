// What a file is, read from its first bytes: the name and the browser's Content-Type are the
// uploader's claims, and a renamed file (or a hostile one) says whatever it likes. Pure, so the
// application form runs the same check before it sends anything.

/** How many bytes `sniffMediaType` needs to decide. */
export const SNIFF_BYTES = 8;

const SIGNATURES: { mediaType: string; bytes: number[] }[] = [
  // "%PDF-"
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // SOI marker followed by the start of a segment
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The media types `sniffMediaType` recognises. */
export const SNIFFABLE_TYPES: readonly string[] = SIGNATURES.map((s) => s.mediaType);

/**
 * The media type the content shows, or null when it is none Kutse accepts.
 * @example sniffMediaType(new TextEncoder().encode('%PDF-1.7')) // 'application/pdf'
 */
export function sniffMediaType(head: Uint8Array): string | null {
  const match = SIGNATURES.find((s) => s.bytes.every((byte, i) => head[i] === byte));
  return match?.mediaType ?? null;
}
