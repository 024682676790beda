// The public register's contract: the certificate card's answer and the register search, shared by
// the API's validators, the OpenAPI document, the card widget and the register page.
import * as v from 'valibot';
import { Language } from './catalogue.ts';
import { CertificateNumber, CertificateView } from './certificates.ts';
import { SLUG_PATTERN } from './slug.ts';

/** Path parameters of `GET /certificates/:number/card`. */
export const CardParams = v.object({ number: CertificateNumber });

export const CardQuery = v.object({ lang: v.optional(Language) });

/**
 * A published certificate, or `{ public: false }` — for a hidden certificate and an unknown number
 * alike, so nobody can tell one from the other.
 */
export const CertificateCard = v.variant('public', [
  v.object({ public: v.literal(true), certificate: CertificateView }),
  v.object({ public: v.literal(false) }),
]);
export type CertificateCard = v.InferOutput<typeof CertificateCard>;

/** Results per page of the register search. */
export const REGISTER_PAGE_SIZE = 20;

/**
 * Matches are counted up to this many: a search that finds more says "more than 10 000" rather
 * than counting a million rows on every request, and pages past it are not offered.
 */
export const REGISTER_COUNT_LIMIT = 10_000;

/**
 * A query field of a GET form: an empty field arrives as `field=` and means "no condition". Each
 * rule lets the empty string through and the last step turns it into undefined (a union of ''
 * and the field's own schema would answer every mistake with "matches none of the allowed forms").
 */
const emptyIsAbsent = (value: string) => (value === '' ? undefined : value);

const NameQuery = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(200, 'must be at most 200 characters'),
  v.transform(emptyIsAbsent),
);

const NumberQuery = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.check((s) => s === '' || v.is(CertificateNumber, s), 'is not a certificate number'),
  v.transform(emptyIsAbsent),
);

const SlugQuery = v.pipe(
  v.string(),
  v.check((s) => s === '' || SLUG_PATTERN.test(s), 'must be lower-case letters, digits and hyphens'),
  v.transform(emptyIsAbsent),
);

/** Pages beyond the counted matches are not offered (REGISTER_COUNT_LIMIT / REGISTER_PAGE_SIZE). */
const PageQuery = v.pipe(
  v.string(),
  v.check((s) => s === '' || /^\d{1,6}$/.test(s), 'must be a whole number'),
  v.transform((s) => (s === '' ? undefined : Number(s))),
  v.check((n) => n === undefined || n >= 1, 'must be at least 1'),
  v.check((n) => n === undefined || n <= 500, 'must be at most 500'),
);

/**
 * `GET /register/certificates` (and the `/register` page's form): a name (every word somewhere in
 * the holder's name, letters with or without diacritics), an exact number, a qualification and a
 * body, the page.
 */
export const RegisterQuery = v.object({
  q: v.optional(NameQuery),
  number: v.optional(NumberQuery),
  qualification: v.optional(SlugQuery),
  body: v.optional(SlugQuery),
  page: v.optional(PageQuery),
  lang: v.optional(Language),
});
export type RegisterQuery = v.InferOutput<typeof RegisterQuery>;

/** One page of published certificates matching the search, with how many match in all. */
export const RegisterPage = v.object({
  certificates: v.array(CertificateView),
  /** How many match, at most REGISTER_COUNT_LIMIT. */
  total: v.number(),
  /** More than `total` match (the count stopped at REGISTER_COUNT_LIMIT). */
  more: v.boolean(),
  page: v.number(),
  pageSize: v.number(),
});
export type RegisterPage = v.InferOutput<typeof RegisterPage>;
