// E-mail to the applicant about a step the body took or a message it wrote: queued through the mail
// queue (api/mail/outbox.ts) in the step's own transaction, so the e-mail exists if and only if the
// step commits, keyed by the step's or message's id, so it is queued once.
import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client.ts';
import {
  applicationKinds,
  applications,
  awardingBodies,
  persons,
  qualifications,
} from '../../db/schema/index.ts';
import type { Language } from '../http/env.ts';
import type { MailQueue } from '../mail/outbox.ts';
import type { MailContent } from '../mail/templates.ts';

/** What every e-mail about an application says: to whom, about which qualification, where to look. */
export type Common = { name: string; qualification: string; link: string };

/**
 * The applicant's language for e-mail. The registry keeps no preferred language of a person yet,
 * so Estonian, the registry's language; one place to change when it does.
 */
const applicantLanguage = (): Language => 'et';

/** An exam session's time as the reader says it, on Tallinn's clock. */
export const sessionTime = (startsAt: Date, language: Language) =>
  new Intl.DateTimeFormat(language === 'et' ? 'et-EE' : 'en-GB', {
    timeZone: 'Europe/Tallinn',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(startsAt);

/**
 * Queues one e-mail to the application's applicant; nothing when no queue runs (most tests) or
 * the applicant gave no address (they see the step in the status tracker).
 * @example await notifyApplicant(tx, mail, id, `rejected:${step.id}`, (common) => ({ template: 'rejected', params: { ...common, reason } }));
 */
export async function notifyApplicant(
  tx: Transaction,
  mail: MailQueue | undefined,
  applicationId: string,
  idempotencyKey: string,
  content: (common: Common, language: Language) => MailContent,
) {
  if (!mail) return;
  const [row] = await tx
    .select({
      applicant: applications.applicant,
      email: persons.email,
      qualificationEt: qualifications.nameEt,
      qualificationEn: qualifications.nameEn,
      website: awardingBodies.website,
    })
    .from(applications)
    .innerJoin(persons, eq(persons.id, applications.applicantId))
    .innerJoin(applicationKinds, eq(applicationKinds.id, applications.applicationKindId))
    .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId))
    .innerJoin(awardingBodies, eq(awardingBodies.id, applications.bodyId))
    .where(eq(applications.id, applicationId));
  // The address given on the application first: it is the one the applicant chose to be written to.
  const to = row?.applicant.email ?? row?.email;
  if (!row || !to) return;
  const language = applicantLanguage();
  const common = {
    name: `${row.applicant.givenName} ${row.applicant.familyName}`,
    qualification: language === 'et' ? row.qualificationEt : row.qualificationEn,
    // The status tracker lives on the body's website, where the applicant signs in.
    link: row.website ?? '',
  };
  await mail.queue(tx, { ...content(common, language), to, language, idempotencyKey, applicationId });
}
