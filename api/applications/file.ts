// An application's page in the console (contract/staff.ts `ApplicationFile`): the applicant's data
// as they applied, who submitted it, the payment details and payments, every file with its type's
// name, and the timeline. Read from the same facts as the applicant's view, plus payments and who
// took each step.
import { asc, eq } from 'drizzle-orm';
import type { ApplicationFile } from '../../contract/staff.ts';
import type { Database, Transaction } from '../../db/client.ts';
import { payments } from '../../db/schema/index.ts';
import type { Language } from '../http/env.ts';
import { notFound } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import { applicationFacts } from './facts.ts';
import { timeline } from './history.ts';
import { paymentItems, sumAmounts } from './view.ts';

/**
 * The application's page, in the request's language; the caller has checked that its body may see it.
 * @example const file = await applicationFile(db, id, 'et', scope.now);
 */
export async function applicationFile(
  db: Database | Transaction,
  id: string,
  language: Language,
  now: Date,
): Promise<ApplicationFile> {
  const facts = await applicationFacts(db, id, now);
  if (!facts) throw notFound(httpPhrase({ code: 'notFoundApplication', params: { id } }));
  const { application: a, qualification, kind, session } = facts;
  const pick = (et: string, en: string) => (language === 'et' ? et : en);
  const [paid, steps] = await Promise.all([
    db.select().from(payments).where(eq(payments.applicationId, id)).orderBy(asc(payments.createdAt)),
    timeline(db, a),
  ]);
  const typeNames = new Map(facts.requirements.map((r) => [r.slug, pick(r.labelEt, r.labelEn)]));
  // Staff on the person's behalf, an employer or a partner; none when the applicant sent it in.
  const by = a.submittedById === a.applicantId ? undefined : facts.submitter;
  return {
    id: a.id,
    version: a.version,
    state: a.state,
    channel: a.channel,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    qualification: { slug: qualification.slug, name: pick(qualification.nameEt, qualification.nameEn) },
    kind: kind.kind,
    applicant: {
      givenName: a.applicant.givenName,
      familyName: a.applicant.familyName,
      personalCode: a.applicant.personalCode,
      email: a.applicant.email,
      phone: a.applicant.phone,
    },
    // Received means paid: a waiver is its own fact (feeWaivedReason), which admission accepts too.
    feeReceived: a.feeReceivedAt !== null,
    documentsAccepted: a.documentsAcceptedAt !== null,
    session: session
      ? { id: session.id, startsAt: session.startsAt.toISOString(), place: session.place }
      : null,
    submittedBy: by ? { name: `${by.givenName} ${by.familyName}` } : null,
    feeWaivedReason: a.feeWaivedReason,
    invoice: a.invoiceDetails,
    paymentReference: a.paymentReference,
    feeDueCents: sumAmounts(paymentItems(facts, language)).grossCents,
    payments: paid.map((p) => ({
      id: p.id,
      amountCents: p.amountCents,
      source: p.source,
      payerName: p.payerName,
      paidOn: p.paidOn,
      proofDocumentId: p.proofDocumentId,
    })),
    documents: facts.documents.map((d) => ({
      id: d.id,
      type: d.type,
      typeName: d.type === null ? null : (typeNames.get(d.type) ?? d.type),
      fileName: d.fileName,
      mediaType: d.mediaType,
      byteSize: d.byteSize,
      issuedOn: d.issuedOn,
      uploadedAt: d.uploadedAt.toISOString(),
    })),
    timeline: steps,
  };
}
