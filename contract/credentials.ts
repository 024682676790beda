// Verifiable credentials of certificates (Open Badges 3.0 on W3C VC 2.0, signed as JWTs), the
// registry's public keys, and revocation: what the API answers and accepts, shared with the widget.
import * as v from 'valibot';
import { CertificateNumber, VerificationCode } from './certificates.ts';
import { Slug } from './slug.ts';

/** How long a list of revoked bits is (the W3C minimum, db/schema STATUS_LIST_LENGTH). */
export const STATUS_LIST_BITS = 131_072;

/** What a verifier makes of a credential (api/credentials/verify.ts). */
export const credentialStatuses = ['valid', 'expired', 'revoked', 'replaced', 'not_found'] as const;
export const CredentialStatus = v.picklist(credentialStatuses);
export type CredentialStatus = v.InferOutput<typeof CredentialStatus>;

/** `/me/certificates/:number/…` */
export const OwnCertificateParams = v.object({ number: CertificateNumber });

/** `/staff/bodies/:body/certificates/:number/…` */
export const BodyCertificateParams = v.object({ body: Slug, number: CertificateNumber });

/** `/credentials/:code`: the verification code on the paper's QR link. */
export const CredentialCodeParams = v.object({ code: VerificationCode });

/** `/status-lists/:list`: the registry keeps one list (all its certificates fit in 131 072 bits). */
export const StatusListParams = v.object({ list: v.picklist(['1'], 'is not a status list') });

/** A JSON Web Key as published: public parts only. */
export const PublicJwk = v.looseObject({
  kty: v.string(),
  kid: v.string(),
  alg: v.string(),
  use: v.literal('sig'),
});

/** `/.well-known/jwks.json` (RFC 7517 §5). */
export const JsonWebKeySet = v.object({ keys: v.array(PublicJwk) });
export type JsonWebKeySet = v.InferOutput<typeof JsonWebKeySet>;

/** The credential itself as a JSON object (its full shape: docs/credentials.md). */
export const OpenBadgeCredential = v.looseObject({
  '@context': v.array(v.string()),
  id: v.string(),
  type: v.array(v.string()),
  issuer: v.looseObject({ id: v.string(), type: v.array(v.string()), name: v.string() }),
  validFrom: v.string(),
  validUntil: v.optional(v.string()),
  name: v.string(),
  credentialSubject: v.looseObject({
    type: v.array(v.string()),
    identifier: v.array(
      v.object({
        type: v.literal('IdentityObject'),
        identityHash: v.string(),
        identityType: v.string(),
        hashed: v.literal(true),
        salt: v.string(),
      }),
    ),
    achievement: v.looseObject({
      id: v.string(),
      type: v.array(v.string()),
      name: v.string(),
      description: v.string(),
      criteria: v.object({ narrative: v.string() }),
      achievementType: v.string(),
    }),
  }),
  credentialStatus: v.object({
    id: v.string(),
    type: v.literal('BitstringStatusListEntry'),
    statusPurpose: v.literal('revocation'),
    statusListIndex: v.string(),
    statusListCredential: v.string(),
  }),
});
export type OpenBadgeCredential = v.InferOutput<typeof OpenBadgeCredential>;

/** The owner's credential: the signed JWT, what it says, where it stays and how to add it to LinkedIn. */
export const OwnCredential = v.object({
  jwt: v.string(),
  credential: OpenBadgeCredential,
  /** LinkedIn's "add to profile" link, filled in with this certificate. */
  linkedIn: v.string(),
  /** The credential's stable public URL (by the verification code): always the current signature and status. */
  publicUrl: v.string(),
});
export type OwnCredential = v.InferOutput<typeof OwnCredential>;

/** `POST /staff/bodies/:body/certificates/:number/revoke` */
export const RevokeCertificate = v.object({
  reason: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(3, 'must say why, in at least 3 characters'),
    v.maxLength(1000, 'must be at most 1000 characters'),
  ),
});
export type RevokeCertificate = v.InferOutput<typeof RevokeCertificate>;

/** A revoked certificate, as the body's staff see it after revoking. */
export const RevokedCertificate = v.object({
  number: v.string(),
  status: v.literal('revoked'),
  revokedAt: v.string(),
  reason: v.string(),
});
export type RevokedCertificate = v.InferOutput<typeof RevokedCertificate>;
