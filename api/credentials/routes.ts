// Verifiable credentials: the owner's credential, its stable public URL, the registry's public keys,
// the revocation status list, and revocation by the awarding body.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import {
  BodyCertificateParams,
  CredentialCodeParams,
  JsonWebKeySet,
  OwnCertificateParams,
  OwnCredential,
  RevokeCertificate,
  RevokedCertificate,
  StatusListParams,
} from '../../contract/credentials.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access, allowPublic } from '../access/allow.ts';
import { callerOf } from '../access/context.ts';
import { rules } from '../access/policy.ts';
import { staffScope } from '../applications/scope.ts';
import { recordAudit } from '../audit/record.ts';
import type { AuthConfig } from '../auth/config.ts';
import { loadCertificateByCode, loadCertificateByNumber } from '../certificates/load.ts';
import { revokeCertificate } from '../certificates/revoke.ts';
import { answerHeader } from '../http/answer-headers.ts';
import type { AppEnv } from '../http/env.ts';
import { cacheableJson } from '../http/etag.ts';
import { jsonOnly } from '../http/json-only.ts';
import {
  IF_NONE_MATCH,
  jsonBodyProblems,
  jsonContent,
  NOT_MODIFIED,
  problems,
  redirect,
  securityOf,
} from '../http/openapi.ts';
import { notFound } from '../http/problem.ts';
import { jsonBody, pathParams } from '../http/validate.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { credentialUrlOf, issueCredential } from './credential.ts';
import { type CredentialKeys, databaseCredentialKeys } from './keys.ts';
import { linkedInUrl } from './linkedin.ts';
import { STATUS_LIST_TTL_SECONDS, signedStatusList } from './status-list.ts';
import { credentialPhrase } from './wording.ts';

/** A compact JWS (RFC 7519 registers `application/jwt`). */
const JWT_CONTENT = 'application/jwt';
const jwtContent = (description: string) =>
  ({
    description,
    content: { [JWT_CONTENT]: { schema: { type: 'string', pattern: '^[\\w-]+\\.[\\w-]+\\.[\\w-]+$' } } },
  }) as const;

/**
 * Keys, lists and credentials are for anyone to check, from any site: a verifier in a browser on
 * another origin may fetch them (no credentials are sent or needed).
 */
function openToEveryone(c: Context<AppEnv>) {
  answerHeader(c, 'Access-Control-Allow-Origin', '*');
  answerHeader(c, 'Cross-Origin-Resource-Policy', 'cross-origin');
}

/** `credentialKeys`: a configured key (keys.ts credentialKeysFromEnv); the demo's from the database without. */
export function credentialRoutes(deps: {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  mail?: MailQueue;
  credentialKeys?: CredentialKeys;
}) {
  const { db, clock } = deps;
  const { publicUrl } = deps.auth;
  const keys = deps.credentialKeys ?? databaseCredentialKeys(db, clock);
  const allow = access(deps);
  const open = securityOf({ kind: 'public' });
  const verificationTags = ['Verification'];

  return new Hono<AppEnv>()
    .get(
      '/me/certificates/:number/credential',
      describeRoute({
        tags: ['Me'],
        summary:
          'The signed-in holder’s certificate as a verifiable credential (Open Badges 3.0, a signed JWT)',
        description:
          'With the credential’s JSON, its stable public URL and a LinkedIn “add to profile” link in the request’s language. Holders only; anyone else’s certificate is not found.',
        ...securityOf(rules.person),
        responses: {
          200: jsonContent(OwnCredential, 'The credential', 'OwnCredential'),
          400: problems[400],
          401: problems[401],
          403: problems[403],
          404: problems[404],
        },
      }),
      allow(rules.person),
      pathParams(OwnCertificateParams),
      async (c) => {
        const { number } = c.req.valid('param');
        const row = await loadCertificateByNumber(db, number);
        if (!row || row.holderId !== callerOf(c).identity.personId)
          throw notFound(credentialPhrase({ code: 'noSuchCertificate', params: { number } }));
        const { jwt, credential } = await issueCredential(db, keys, row, { publicUrl, now: clock.now() });
        const stable = credentialUrlOf(publicUrl, row.verificationCode);
        return c.json(
          {
            jwt,
            credential,
            linkedIn: linkedInUrl(row, { language: c.get('language'), certUrl: stable }),
            publicUrl: stable,
          },
          200,
        );
      },
    )
    .get(
      '/credentials/:code',
      describeRoute({
        tags: verificationTags,
        summary: 'A certificate’s credential by the verification code on its paper: its stable public URL',
        description:
          'The signed credential (a JWT), for a hidden certificate too: whoever holds the code may verify it. A browser asking for HTML is sent to the verification page instead.',
        ...open,
        responses: {
          200: jwtContent('The credential, signed now'),
          303: redirect('To the verification page (`/verify/code/:code`), for a browser'),
          400: problems[400],
          404: problems[404],
        },
      }),
      allowPublic(),
      pathParams(CredentialCodeParams),
      async (c) => {
        const { code } = c.req.valid('param');
        const row = await loadCertificateByCode(db, code);
        if (!row) throw notFound(credentialPhrase({ code: 'noSuchCode', params: {} }));
        const accept = c.req.header('accept') ?? '';
        if (accept.includes('text/html') && !accept.includes(JWT_CONTENT))
          return c.redirect(`${publicUrl}/verify/code/${code}`, 303);
        openToEveryone(c);
        const now = clock.now();
        const { jwt } = await issueCredential(db, keys, row, { publicUrl, now });
        // A look-up of the person's certificate, as on the verification page: in their data tracker.
        await recordAudit(db, now, {
          actorId: null,
          actorRole: 'public',
          bodyId: row.bodyId,
          action: 'certificate.verified',
          subjectId: row.holderId,
          entity: 'certificate',
          entityId: row.id,
          requestId: c.get('requestId'),
          purpose: 'verification',
          detail: { by: 'code' },
        });
        return c.body(jwt, 200, { 'content-type': JWT_CONTENT, vary: 'Accept' });
      },
    )
    .get(
      '/.well-known/jwks.json',
      describeRoute({
        tags: verificationTags,
        summary: 'The registry’s public keys for credentials and status lists (RFC 7517)',
        ...open,
        parameters: [IF_NONE_MATCH],
        responses: { 200: jsonContent(JsonWebKeySet, 'The keys', 'JsonWebKeySet'), 304: NOT_MODIFIED },
      }),
      allowPublic(),
      async (c) => {
        openToEveryone(c);
        return cacheableJson(c, await keys.publicKeys());
      },
    )
    .get(
      '/status-lists/:list',
      describeRoute({
        tags: verificationTags,
        summary: 'The revocation status list: a signed BitstringStatusListCredential (a JWT)',
        description: `A bit for each certificate that has a credential (131 072 bits, gzipped, multibase base64url), set when it is revoked. Kept by caches for ${STATUS_LIST_TTL_SECONDS} seconds at most.`,
        ...open,
        responses: { 200: jwtContent('The list as it is now'), 400: problems[400] },
      }),
      allowPublic(),
      pathParams(StatusListParams),
      async (c) => {
        openToEveryone(c);
        const jwt = await signedStatusList(db, keys, { publicUrl, now: clock.now() });
        return c.body(jwt, 200, {
          'content-type': JWT_CONTENT,
          'cache-control': `public, max-age=${STATUS_LIST_TTL_SECONDS}`,
        });
      },
    )
    .post(
      '/staff/bodies/:body/certificates/:number/revoke',
      describeRoute({
        tags: ['Awarding body'],
        summary: 'Revokes one of the body’s certificates, saying why (its manager; audited)',
        description:
          'At once in the card, the register, verification and the credential’s status list. Another body’s certificate is not found; an already revoked one is a conflict.',
        ...securityOf(rules.staff('manager'), { changes: true }),
        responses: {
          200: jsonContent(RevokedCertificate, 'The certificate, revoked', 'RevokedCertificate'),
          400: problems[400],
          401: problems[401],
          403: problems[403],
          404: problems[404],
          409: problems[409],
          ...jsonBodyProblems,
        },
      }),
      allow(rules.staff('manager')),
      pathParams(BodyCertificateParams),
      jsonOnly({ maxBytes: 8 * 1024 }),
      jsonBody(RevokeCertificate),
      async (c) => {
        const { number } = c.req.valid('param');
        const { reason } = c.req.valid('json');
        return c.json(await revokeCertificate(db, staffScope(c), number, reason, { mail: deps.mail }), 200);
      },
    );
}
