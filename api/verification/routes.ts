// Verification of a certificate by anyone, no login: by the QR link's code, by number (and name), by
// an uploaded sealed PDF or a pasted credential; rate-limited per client address. The JSON routes
// under /verification answer contract/verification.ts; the pages under /verify (page.ts) are plain
// HTML forms and answers, for people. Both answer 200 with the result whatever it is, `not_found`
// included: the look-up worked, and its answer is the result.
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { CertificateNumber, VerificationCode } from '../../contract/certificates.ts';
import { SNIFF_BYTES, sniffMediaType } from '../../contract/sniff.ts';
import {
  CredentialJwt,
  CredentialVerificationBody,
  HolderName,
  MAX_SEALED_PDF_BYTES,
  Verification,
  VerificationCodeParams,
  VerificationNumberParams,
  VerificationNumberQuery,
} from '../../contract/verification.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { allowPublic } from '../access/allow.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { CredentialKeys } from '../credentials/keys.ts';
import { limitBody } from '../http/body-limit.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonOnly } from '../http/json-only.ts';
import {
  htmlContent,
  jsonBodyProblems,
  jsonContent,
  problemContent,
  problems,
  securityOf,
} from '../http/openapi.ts';
import { ProblemError, unsupportedMediaType } from '../http/problem.ts';
import { refusal } from '../http/security-log.ts';
import { jsonBody, pathParams, queryParams } from '../http/validate.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { type FormErrors, formPage, inLanguage, type RenderedPage, resultPage, tooManyPage } from './page.ts';
import { countLookup, type LookupLimit, VERIFICATION_LIMIT } from './rate-limit.ts';
import { type LookupContext, verificationService } from './service.ts';
import { verificationWording } from './wording.ts';

const open = securityOf({ kind: 'public' });
/** A credential is a few kB; the contract takes up to 32 768 characters of it. */
const MAX_CREDENTIAL_BODY_BYTES = 64 * 1024;
/** A multipart form's boundaries and headers around the file. */
const FORM_OVERHEAD_BYTES = 16 * 1024;
const languageNote = 'Estonian by default; English with `lang=en` or `Accept-Language: en`.';
const limitNote = `At most ${VERIFICATION_LIMIT.max} look-ups a minute per client address, pages and JSON together (429 with \`Retry-After\`); every look-up that finds a certificate is recorded in its holder's data tracker (how it was found, never who asked).`;
const tooMany = problemContent('Too many look-ups from this address; see `Retry-After`');
const verificationJson = jsonContent(
  Verification,
  'The result, and the certificate when one was found',
  'Verification',
);

export function verificationRoutes(deps: {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  mail?: MailQueue;
  /** Look-ups per client address and window (VERIFICATION_LIMIT unless set, e.g. by a benchmark). */
  limit?: LookupLimit;
  /** The keys credentials are signed with, as api/credentials/routes.ts is given them. */
  credentialKeys?: CredentialKeys;
}) {
  const { db, clock } = deps;
  const limit = deps.limit ?? VERIFICATION_LIMIT;
  const verification = verificationService({
    db,
    clock,
    publicUrl: deps.auth.publicUrl,
    ...(deps.credentialKeys ? { credentialKeys: deps.credentialKeys } : {}),
  });
  const lookupOf = (c: Context<AppEnv>): LookupContext => ({
    language: c.get('language'),
    requestId: c.get('requestId'),
  });

  /** Counts the look-up; over the limit, throws the 429 problem. */
  const countOrRefuse = async (c: Context<AppEnv>) => {
    const retryAfter = await countLookup(db, c, clock.now(), limit);
    if (retryAfter === undefined) return;
    throw refusal(
      c,
      'rate-limit',
      new ProblemError(429, 'Too Many Requests', {
        detail: (language) => verificationWording[language].tooManyProblem(retryAfter),
        headers: { 'Retry-After': String(retryAfter) },
      }),
    );
  };

  const html = (c: Context<AppEnv>, page: RenderedPage, status: 200 | 413 | 422 | 429 = 200) =>
    c.html(page.html, status, page.headers);

  /** The answer's page; its language link asks for the same `path` again. */
  const answerPage = (c: Context<AppEnv>, answer: Verification, path: string) => {
    const language = c.get('language');
    const otherLanguageHref = inLanguage(path, verificationWording[language].otherLanguage.lang);
    return html(c, resultPage(language, answer, { otherLanguageHref }));
  };

  /** Counts the look-up; over the limit, the page saying when to try again. */
  const pageOverLimit = async (c: Context<AppEnv>) => {
    const retryAfter = await countLookup(db, c, clock.now(), limit);
    if (retryAfter === undefined) return undefined;
    c.header('Retry-After', String(retryAfter));
    return html(c, tooManyPage(c.get('language'), retryAfter), 429);
  };

  const pageRoute = (summary: string, description: string, extra: Record<number, unknown> = {}) =>
    describeRoute({
      tags: ['Verification'],
      summary,
      description: `${description} ${languageNote}`,
      ...open,
      responses: {
        200: htmlContent('The page'),
        ...extra,
      },
    });

  return (
    new Hono<AppEnv>()
      // ---- JSON ----------------------------------------------------------------------------
      .get(
        '/verification/code/:code',
        describeRoute({
          tags: ['Verification'],
          summary: 'Verify a certificate by its QR link’s code',
          description: `The code on the paper's QR link (and in the sealed PDF) finds a certificate whether its holder published it or not: whoever holds the paper may verify it. ${limitNote} ${languageNote}`,
          ...open,
          responses: { 200: verificationJson, 400: problems[400], 429: tooMany },
        }),
        allowPublic(),
        pathParams(VerificationCodeParams),
        async (c) => {
          await countOrRefuse(c);
          return c.json(await verification.byCode(c.req.valid('param').code, lookupOf(c)), 200);
        },
      )
      .get(
        '/verification/number/:number',
        describeRoute({
          tags: ['Verification'],
          summary: 'Verify a certificate by its number',
          description: `A published certificate by its number alone; a hidden one only with its holder's \`name\` (the family name, or given and family name in either order, compared without case, accents or punctuation). A name, when given, must be the holder's, published or not. Otherwise \`not_found\`, the same answer as for no such certificate. ${limitNote} ${languageNote}`,
          ...open,
          responses: { 200: verificationJson, 400: problems[400], 429: tooMany },
        }),
        allowPublic(),
        pathParams(VerificationNumberParams),
        queryParams(VerificationNumberQuery),
        async (c) => {
          await countOrRefuse(c);
          const { number } = c.req.valid('param');
          const { name } = c.req.valid('query');
          return c.json(await verification.byNumber(number, name, lookupOf(c)), 200);
        },
      )
      .post(
        '/verification/pdf',
        describeRoute({
          tags: ['Verification'],
          summary: 'Verify a sealed certificate PDF',
          description: `The body is the PDF itself (\`Content-Type: application/pdf\`, at most 5 MB), as downloaded from \`GET /me/certificates/{number}/sealed.pdf\`. \`tampered\` unless the registry's seal signed it and not one byte changed since; otherwise the certificate its sealed metadata names, hidden or published. ${limitNote} ${languageNote}`,
          ...open,
          requestBody: {
            required: true,
            content: {
              'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
            },
          },
          responses: { 200: verificationJson, 413: problems[413], 415: problems[415], 429: tooMany },
        }),
        allowPublic(),
        limitBody({ maxBytes: MAX_SEALED_PDF_BYTES }),
        async (c) => {
          const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
          const pdf = type === 'application/pdf' ? new Uint8Array(await c.req.arrayBuffer()) : undefined;
          if (!pdf || sniffMediaType(pdf.subarray(0, SNIFF_BYTES)) !== 'application/pdf')
            throw unsupportedMediaType((language) => verificationWording[language].errors.fileNotPdf, {
              headers: { 'Accept-Post': 'application/pdf' },
            });
          await countOrRefuse(c);
          return c.json(await verification.bySealedPdf(pdf, lookupOf(c)), 200);
        },
      )
      .post(
        '/verification/credential',
        describeRoute({
          tags: ['Verification'],
          summary: 'Verify a credential',
          description: `The credential as its holder got it (\`GET /me/certificates/{number}/credential\`'s \`jwt\`). \`tampered\` unless one of the registry's keys (\`/.well-known/jwks.json\`) signed it and its claims are the credential's own; otherwise its certificate, with the status the credential has now (its bit in the revocation list, its own end). ${limitNote} ${languageNote}`,
          ...open,
          responses: { 200: verificationJson, 429: tooMany, ...jsonBodyProblems },
        }),
        allowPublic(),
        jsonOnly({ maxBytes: MAX_CREDENTIAL_BODY_BYTES }),
        jsonBody(CredentialVerificationBody),
        async (c) => {
          await countOrRefuse(c);
          return c.json(await verification.byCredential(c.req.valid('json').credential, lookupOf(c)), 200);
        },
      )
      // ---- Pages ---------------------------------------------------------------------------
      .get(
        '/verify',
        pageRoute(
          'The verification page',
          'Three plain forms, no script needed: by number (and the holder’s name), by the sealed PDF, by a credential.',
        ),
        allowPublic(),
        (c) => html(c, formPage(c.get('language'))),
      )
      .get(
        '/verify/:number',
        pageRoute(
          'The answer for a certificate number',
          `A published certificate's verification page (the card's "verify" link); a hidden one is not found here: the form asks its holder's name. ${limitNote}`,
          { 429: htmlContent('The page, saying when to try again (`Retry-After`)') },
        ),
        allowPublic(),
        async (c) => {
          const over = await pageOverLimit(c);
          if (over) return over;
          const number = v.safeParse(CertificateNumber, c.req.param('number'));
          const answer = number.success
            ? await verification.byNumber(number.output, undefined, lookupOf(c))
            : verification.notFound();
          return answerPage(c, answer, `/verify/${encodeURIComponent(c.req.param('number'))}`);
        },
      )
      .get(
        // `/verify/code/<code>`, with `code` as a parameter: Hono's RegExpRouter cannot take the
        // fixed word where /verify/:number has a parameter, and without it every request of the
        // process would go through the slower TrieRouter (tests/api/route-table.test.ts).
        '/verify/:kind/:code',
        describeRoute({
          tags: ['Verification'],
          summary: 'The answer for a QR link’s code',
          description: `\`/verify/code/<code>\`, the page the QR code on a certificate opens: the result, big, and the certificate, hidden or published. ${limitNote} ${languageNote}`,
          ...open,
          parameters: [
            { in: 'path', name: 'kind', required: true, schema: { type: 'string', enum: ['code'] } },
            {
              in: 'path',
              name: 'code',
              required: true,
              schema: { type: 'string', pattern: '^[0-9a-f]{32}$' },
            },
          ],
          responses: {
            200: htmlContent('The page'),
            429: htmlContent('The page, saying when to try again (`Retry-After`)'),
          },
        }),
        allowPublic(),
        async (c) => {
          const over = await pageOverLimit(c);
          if (over) return over;
          const { kind, code } = c.req.param();
          const parsed = v.safeParse(VerificationCode, code);
          // A code that cannot be one finds nothing, as a code of no certificate does.
          const answer =
            kind === 'code' && parsed.success
              ? await verification.byCode(parsed.output, lookupOf(c))
              : verification.notFound();
          return answerPage(c, answer, `/verify/${encodeURIComponent(kind)}/${encodeURIComponent(code)}`);
        },
      )
      .post(
        '/verify/number',
        pageRoute(
          'Verify by number (the form’s answer)',
          `The form's fields \`number\` and \`name\` (application/x-www-form-urlencoded). Without a name, a redirect to \`/verify/<number>\` (a link that can be shared); with one, the answer itself, so that the name stays out of every address. ${limitNote}`,
          {
            303: { description: 'To the number’s page, `/verify/<number>`' },
            422: htmlContent('The form again, saying which field to correct'),
            429: htmlContent('The page, saying when to try again (`Retry-After`)'),
          },
        ),
        allowPublic(),
        async (c) => {
          const language = c.get('language');
          const form = await c.req.parseBody();
          const values = {
            number: typeof form.number === 'string' ? form.number : '',
            name: typeof form.name === 'string' ? form.name : '',
          };
          const errors: FormErrors = {};
          const number = v.safeParse(CertificateNumber, values.number);
          if (values.number.trim() === '') errors.number = 'numberMissing';
          else if (!number.success) errors.number = 'numberInvalid';
          const name = v.safeParse(v.optional(HolderName), values.name.trim() || undefined);
          if (!name.success) errors.name = 'nameTooLong';
          if (!number.success || !name.success) return html(c, formPage(language, { values, errors }), 422);
          if (name.output === undefined)
            return c.redirect(inLanguage(`/verify/${encodeURIComponent(number.output)}`, language), 303);
          const over = await pageOverLimit(c);
          if (over) return over;
          return html(
            c,
            resultPage(language, await verification.byNumber(number.output, name.output, lookupOf(c))),
          );
        },
      )
      .post(
        '/verify/pdf',
        pageRoute(
          'Verify a sealed PDF (the form’s answer)',
          `The form's \`file\` (multipart/form-data), at most 5 MB: the answer, as \`POST /verification/pdf\` gives it. ${limitNote}`,
          {
            413: htmlContent('The form again: the file is over 5 MB'),
            422: htmlContent('The form again, saying what to correct'),
            429: htmlContent('The page, saying when to try again (`Retry-After`)'),
          },
        ),
        allowPublic(),
        // A file over the limit is refused as the form's error, not as a problem document.
        bodyLimit({
          maxSize: MAX_SEALED_PDF_BYTES + FORM_OVERHEAD_BYTES,
          onError: (c) =>
            html(
              c as Context<AppEnv>,
              formPage((c as Context<AppEnv>).get('language'), { errors: { file: 'fileTooLarge' } }),
              413,
            ),
        }),
        async (c) => {
          const language = c.get('language');
          const form = await c.req.parseBody();
          const file = form.file;
          const refuse = (code: NonNullable<FormErrors['file']>) =>
            html(c, formPage(language, { errors: { file: code } }), code === 'fileTooLarge' ? 413 : 422);
          if (!(file instanceof File) || file.size === 0) return refuse('fileMissing');
          if (file.size > MAX_SEALED_PDF_BYTES) return refuse('fileTooLarge');
          const pdf = new Uint8Array(await file.arrayBuffer());
          if (sniffMediaType(pdf.subarray(0, SNIFF_BYTES)) !== 'application/pdf') return refuse('fileNotPdf');
          const over = await pageOverLimit(c);
          if (over) return over;
          return html(c, resultPage(language, await verification.bySealedPdf(pdf, lookupOf(c))));
        },
      )
      .post(
        '/verify/credential',
        pageRoute(
          'Verify a credential (the form’s answer)',
          `The form's \`credential\` (application/x-www-form-urlencoded): the answer, as \`POST /verification/credential\` gives it. ${limitNote}`,
          {
            413: htmlContent('The form again: the credential is too long'),
            422: htmlContent('The form again, saying what to correct'),
            429: htmlContent('The page, saying when to try again (`Retry-After`)'),
          },
        ),
        allowPublic(),
        bodyLimit({
          maxSize: MAX_CREDENTIAL_BODY_BYTES,
          onError: (c) =>
            html(
              c as Context<AppEnv>,
              formPage((c as Context<AppEnv>).get('language'), {
                errors: { credential: 'credentialInvalid' },
              }),
              413,
            ),
        }),
        async (c) => {
          const language = c.get('language');
          const form = await c.req.parseBody();
          const typed = typeof form.credential === 'string' ? form.credential : '';
          const parsed = v.safeParse(CredentialJwt, typed);
          if (!parsed.success) {
            const code = typed.trim() === '' ? 'credentialMissing' : 'credentialInvalid';
            return html(
              c,
              formPage(language, { values: { credential: typed }, errors: { credential: code } }),
              422,
            );
          }
          const over = await pageOverLimit(c);
          if (over) return over;
          return html(c, resultPage(language, await verification.byCredential(parsed.output, lookupOf(c))));
        },
      )
  );
}
