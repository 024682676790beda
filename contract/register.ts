// The public register's contract: the certificate card's answer and the register search, shared by
// the API's validators, the OpenAPI document, the card widget and the register page.
import * as v from 'valibot';
import { Language } from './catalogue.ts';
import { CertificateNumber, CertificateView } from './certificates.ts';
import { Slug } from './slug.ts';

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

/** A whole number from a query string, at least 1. */
const PageNumber = v.pipe(
  v.string(),
  v.regex(/^\d{1,6}$/, 'must be a whole number'),
  v.transform(Number),
  v.minValue(1, 'must be at least 1'),
);

/** An optional query field that an empty form field sends as `field=`: empty is absent. */
const optionalText = <S extends v.GenericSchema<string, unknown>>(schema: S) =>
  v.optional(
    v.union([
      v.pipe(
        v.literal(''),
        v.transform(() => undefined),
      ),
      schema,
    ]),
  );

/**
 * `GET /register/certificates` (and the `/register` page's form): a name (every word somewhere in
 * the holder's name, letters with or without diacritics), an exact number, a qualification and a
 * body, the page.
 */
export const RegisterQuery = v.object({
  q: optionalText(v.pipe(v.string(), v.trim(), v.maxLength(200, 'must be at most 200 characters'))),
  number: optionalText(CertificateNumber),
  qualification: optionalText(Slug),
  body: optionalText(Slug),
  /** Pages beyond the counted matches are not offered (REGISTER_COUNT_LIMIT / REGISTER_PAGE_SIZE). */
  page: optionalText(v.pipe(PageNumber, v.maxValue(500, 'must be at most 500'))),
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
