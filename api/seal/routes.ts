// The sealed PDF of a certificate: the owner's download (GET /me/certificates/:number/sealed.pdf).
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { tallinnDay } from '../../contract/calendar.ts';
import { CertificateNumber, effectiveStatus } from '../../contract/certificates.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { certificates } from '../../db/schema/index.ts';
import { access } from '../access/allow.ts';
import { callerOf } from '../access/context.ts';
import { rules } from '../access/policy.ts';
import { recordAudit } from '../audit/record.ts';
import type { AuthConfig } from '../auth/config.ts';
import { loadCertificateByNumber } from '../certificates/load.ts';
import type { AppEnv } from '../http/env.ts';
import { problems, securityOf } from '../http/openapi.ts';
import { notFound } from '../http/problem.ts';
import { pathParams } from '../http/validate.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { certificateDocument } from './certificate-pdf.ts';
import { configuredSealKey } from './configured-seal.ts';
import { demoSealKey } from './demo-seal.ts';
import { sealDocument } from './seal-pdf.ts';
import { cmsSigner } from './signer.ts';
import { certificateNotFound } from './wording.ts';

const CertificatePath = v.object({ number: CertificateNumber });

/** The QR code's target: the verification page of the code only the paper carries. */
export const verifyCodeUrlOf = (publicUrl: string, code: string) => `${publicUrl}/verify/code/${code}`;

export function sealRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig; mail?: MailQueue }) {
  const { db, clock, auth } = deps;
  const allow = access(deps);
  // Configuration, read once: a production seal (KUTSE_SEAL_P12) or, without one, the demo's.
  const configured = configuredSealKey();
  const sealKey = async () => configured ?? (await demoSealKey(db, clock));

  return new Hono<AppEnv>().get(
    '/me/certificates/:number/sealed.pdf',
    describeRoute({
      tags: ['Certificates'],
      summary: 'My certificate as a sealed PDF',
      description:
        'The certificate as an A4 PDF in Estonian and English with a QR code to its verification page, sealed by the registry (PAdES baseline: ETSI.CAdES.detached with the ESS signing-certificate-v2 attribute, the certificate chain embedded). Only the holder may download it; anyone else is told it was not found.',
      ...securityOf(rules.person),
      responses: {
        200: {
          description: 'The sealed PDF, as a download',
          content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } },
        },
        400: problems[400],
        401: problems[401],
        403: problems[403],
        404: problems[404],
      },
    }),
    allow(rules.person),
    pathParams(CertificatePath),
    async (c) => {
      const { identity } = callerOf(c);
      const { number } = c.req.valid('param');
      const row = await loadCertificateByNumber(db, number);
      if (!row || row.holderId !== identity.personId) throw notFound(certificateNotFound(number));

      const now = clock.now();
      const sealedOn = tallinnDay(now);
      const document = await certificateDocument({
        certificate: row,
        status: effectiveStatus(row, sealedOn),
        verifyUrl: verifyCodeUrlOf(auth.publicUrl, row.verificationCode),
        sealedOn,
      });
      const pdf = await sealDocument(
        document,
        cmsSigner(await sealKey(), () => now),
        {
          at: now,
          contact: auth.publicUrl,
        },
      );
      await db.transaction(async (tx) => {
        await tx.update(certificates).set({ sealedAt: now }).where(eq(certificates.id, row.id));
        await recordAudit(tx, now, {
          actorId: identity.personId,
          actorRole: 'person',
          bodyId: row.bodyId,
          action: 'certificate.sealed',
          subjectId: identity.personId,
          entity: 'certificate',
          entityId: row.id,
          requestId: c.get('requestId'),
          detail: { number: row.number, via: identity.via },
        });
      });
      return c.body(new Uint8Array(pdf), 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${row.number}.pdf"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      });
    },
  );
}
