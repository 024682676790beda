// The limits on stored files, in one place. A required document's own size and types are data
// (`document_types`, per body); these are the ones no body sets.

const MB = 1024 * 1024;

/** Files attached to messages about one application. */
export const ATTACHMENTS = {
  /** What any body accepts. */
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'] as readonly string[],
  /** One file. */
  maxBytes: 10 * MB,
  /** Files per application, sent and unsent together. */
  perApplication: 20,
  /** Bytes per application, sent and unsent together. */
  totalBytes: 50 * MB,
  /** An attachment no message took is removed after this long. */
  unsentKeptMs: 24 * 60 * 60 * 1000,
} as const;

/** Chunks no document names (an upload a crashed process left) are removed after this long. */
export const ORPHAN_CHUNKS_KEPT_MS = 24 * 60 * 60 * 1000;
