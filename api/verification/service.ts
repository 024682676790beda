// Verification's domain rule: which certificate a look-up finds, what the asker is told about it,
// and the holder's data tracker entry for every look-up that found one. Hidden certificates are
// found by the QR link's code (whoever holds the paper) or by number with the holder's name; by
// number alone they are not found, and the answer does not tell them apart from no certificate.
import { eq } from 'drizzle-orm';
import { tallinnDay } from '../../contract/calendar.ts';
import type { Verification, VerificationResult } from '../../contract/verification.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { certificates } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import {
  certificateView,
  type LoadedCertificate,
  loadCertificateByCode,
  loadCertificateByNumber,
} from '../certificates/load.ts';
import { type CredentialKeys, databaseCredentialKeys } from '../credentials/keys.ts';
import { verifyCredential } from '../credentials/verify.ts';
import type { Language } from '../http/env.ts';
import { verifySealedPdf } from '../seal/verify.ts';
import { isHolderName } from './holder-name.ts';

/** How the asker found the certificate: the data tracker entry says so (and nothing of who asked). */
export type VerifiedBy = 'code' | 'number' | 'pdf' | 'credential';

/** What every look-up is given: the reader's language and the request it is part of. */
export type LookupContext = { language: Language; requestId?: string | undefined };

export function verificationService({
  db,
  clock,
  publicUrl,
  credentialKeys = databaseCredentialKeys(db, clock),
}: {
  db: Database;
  clock: Clock;
  publicUrl: string;
  /** The keys credentials are signed with (as api/credentials/routes.ts is given them). */
  credentialKeys?: CredentialKeys;
}) {
  /**
   * The answer about a certificate found (or not), recorded in its holder's data tracker when
   * found. `tampered` is for a PDF or credential whose signature failed: nothing is looked up then.
   */
  async function answer(
    found: LoadedCertificate | undefined,
    by: VerifiedBy,
    { language, requestId }: LookupContext,
    /** What a credential proves now, when it says more than the row (its own end, its status bit). */
    result?: VerificationResult,
  ): Promise<Verification> {
    const now = clock.now();
    const checkedAt = now.toISOString();
    if (!found) return { result: 'not_found', checkedAt };
    const certificate = certificateView(found, { language, publicUrl, today: tallinnDay(now) });
    const replacedBy =
      certificate.status === 'replaced' && found.replacedById
        ? await publishedNumberOf(found.replacedById)
        : undefined;
    await recordAudit(db, now, {
      actorId: null,
      actorRole: 'public',
      bodyId: found.bodyId,
      action: 'certificate.verified',
      subjectId: found.holderId,
      entity: 'certificate',
      entityId: found.id,
      requestId,
      purpose: 'verification',
      // How, never who: no address, no name that was typed.
      detail: { by },
    });
    return {
      result: result ?? certificate.status,
      checkedAt,
      certificate,
      ...(replacedBy ? { replacedBy } : {}),
    };
  }

  /** A sealed PDF's or a credential's signature did not hold: nothing is looked up. */
  function tampered(): Verification {
    return { result: 'tampered', checkedAt: clock.now().toISOString() };
  }

  /** The replacing certificate's number, if its holder published it. */
  async function publishedNumberOf(id: string): Promise<string | undefined> {
    const [row] = await db
      .select({ number: certificates.number, public: certificates.public })
      .from(certificates)
      .where(eq(certificates.id, id));
    return row?.public ? row.number : undefined;
  }

  return {
    answer,

    /** By the QR link's code (on the paper, or read from a sealed PDF): published or hidden alike. */
    async byCode(code: string, context: LookupContext, by: VerifiedBy = 'code') {
      return answer(await loadCertificateByCode(db, code), by, context);
    },

    /**
     * A sealed PDF: `tampered` unless the registry sealed it and nothing changed since; then the
     * certificate its sealed metadata names by code, hidden or published (whoever holds the file
     * holds the paper).
     */
    async bySealedPdf(pdf: Uint8Array, context: LookupContext) {
      const check = await verifySealedPdf(db, pdf);
      if (!check.intact) return tampered();
      return check.verificationCode
        ? answer(await loadCertificateByCode(db, check.verificationCode), 'pdf', context)
        : answer(undefined, 'pdf', context);
    },

    /**
     * A credential: `tampered` unless one of the registry's keys signed it and its claims are its
     * own; then its certificate, with the status the credential has now (its revocation bit, its
     * own end).
     */
    async byCredential(jwt: string, context: LookupContext) {
      const check = await verifyCredential(db, jwt, { publicUrl, keys: credentialKeys, now: clock.now() });
      if (!check.signatureValid) return tampered();
      const found = check.number ? await loadCertificateByNumber(db, check.number) : undefined;
      return answer(found, 'credential', context, check.status === 'not_found' ? undefined : check.status);
    },

    /**
     * By number: a published certificate, or a hidden one whose holder's name is given. A name,
     * when given, must be the holder's for a published one too: the asker is checking that this
     * person holds this certificate.
     */
    async byNumber(number: string, name: string | undefined, context: LookupContext) {
      const row = await loadCertificateByNumber(db, number);
      const named = name === undefined || name.trim() === '' ? undefined : name;
      const visible =
        row &&
        (named === undefined
          ? row.public
          : isHolderName(named, { givenName: row.holderGivenName, familyName: row.holderFamilyName }));
      return answer(visible ? row : undefined, 'number', context);
    },

    /** Nothing to look up (a code or number that cannot be one): the answer for no certificate. */
    notFound(): Verification {
      return { result: 'not_found', checkedAt: clock.now().toISOString() };
    },
  };
}

export type VerificationService = ReturnType<typeof verificationService>;
