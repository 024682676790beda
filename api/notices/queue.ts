// One register notice: the row the owner's list shows (in both languages) and the e-mail to the
// holder, written in the caller's transaction. The notice's milestone is unique per certificate, so
// whoever inserts it first sends the e-mail and every later attempt (a second worker, the next run
// of the sweep, a retried request) finds it there and sends nothing.
import { eq } from 'drizzle-orm';
import { formatDay } from '../../contract/calendar.ts';
import type { Language } from '../../contract/wording.ts';
import type { Transaction } from '../../db/client.ts';
import { awardingBodies, certificates, notices, persons, qualifications } from '../../db/schema/index.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { type NoticeEvent, type NoticeFacts, noticeWording } from './wording.ts';

export type { NoticeEvent } from './wording.ts';

/**
 * The milestones of a certificate's life, each told once: `expiring-6m` and `expiring-1m` are both
 * of kind `expiring`; an answered request's milestone names the answer (`answered:<message id>`).
 */
export type Milestone =
  | 'issued'
  | 'expiring-6m'
  | 'expiring-1m'
  | 'expired'
  | 'revoked'
  | 'replaced'
  | `answered:${string}`
  | `moved:${string}`;

export type NoticeRequest = {
  certificateId: string;
  milestone: Milestone;
  kind: NoticeEvent;
  /** When it is noticed: the injected clock's now. */
  now: Date;
  /** Who answered, when not the certificate's body (the registry, the body gone): `answered` names them. */
  answeredBy?: { et: string; en: string } | undefined;
  /** The mail queue; without one (most tests, an API without jobs) the notice is kept but not mailed. */
  mail?: MailQueue;
};

/**
 * The holder's language for e-mail. The registry keeps no preferred language of a person yet, so
 * Estonian, the registry's language (as api/applications/notify.ts); one place to change when it does.
 */
const holderLanguage = (): Language => 'et';

/** Months left for an `expiring` milestone. */
const monthsOf = (milestone: Milestone) => (milestone === 'expiring-1m' ? 1 : 6);

/**
 * Records a notice and queues its e-mail to the holder, both once per certificate and milestone.
 * Answers whether this call was the one that recorded it.
 * @example await db.transaction((tx) => queueNotice(tx, { certificateId, milestone: 'revoked', kind: 'revoked', now: clock.now(), mail }));
 */
export async function queueNotice(
  tx: Transaction,
  { certificateId, milestone, kind, now, mail, answeredBy }: NoticeRequest,
): Promise<{ created: boolean }> {
  const [row] = await tx
    .select({
      number: certificates.number,
      validUntil: certificates.validUntil,
      revokedReason: certificates.revokedReason,
      replacedById: certificates.replacedById,
      givenName: persons.givenName,
      familyName: persons.familyName,
      email: persons.email,
      qualificationEt: qualifications.nameEt,
      qualificationEn: qualifications.nameEn,
      bodyEt: awardingBodies.nameEt,
      bodyEn: awardingBodies.nameEn,
      website: awardingBodies.website,
    })
    .from(certificates)
    .innerJoin(persons, eq(persons.id, certificates.holderId))
    .innerJoin(qualifications, eq(qualifications.id, certificates.qualificationId))
    .innerJoin(awardingBodies, eq(awardingBodies.id, certificates.bodyId))
    .where(eq(certificates.id, certificateId));
  if (!row) throw new Error(`queueNotice: no certificate ${certificateId}`);
  const replacement = row.replacedById
    ? ((
        await tx
          .select({ number: certificates.number })
          .from(certificates)
          .where(eq(certificates.id, row.replacedById))
      )[0]?.number ?? '')
    : '';
  const facts = (language: Language): NoticeFacts => ({
    number: row.number,
    qualification: language === 'et' ? row.qualificationEt : row.qualificationEn,
    body: answeredBy?.[language] ?? (language === 'et' ? row.bodyEt : row.bodyEn),
    validUntil: row.validUntil ? formatDay(row.validUntil, language) : '',
    months: monthsOf(milestone),
    reason: row.revokedReason ?? '',
    replacement,
  });
  const say = (language: Language) => noticeWording[language][kind](facts(language));

  const [inserted] = await tx
    .insert(notices)
    .values({
      certificateId,
      // The notices' kinds are the owner's list's; a moved request is one of its `other` notices.
      kind: kind === 'moved' ? 'other' : kind,
      milestone,
      textEt: say('et'),
      textEn: say('en'),
      createdAt: now,
    })
    .onConflictDoNothing({ target: [notices.certificateId, notices.milestone] })
    .returning({ id: notices.id });
  if (!inserted) return { created: false };

  // No address: the holder still sees the notice in their list of certificates.
  if (mail && row.email) {
    const language = holderLanguage();
    await mail.queue(tx, {
      template: 'certificateNotice',
      params: {
        name: `${row.givenName} ${row.familyName}`,
        kind,
        number: row.number,
        text: say(language),
        // The owner's certificates are shown on the body's website, where the holder signs in.
        link: row.website ?? '',
      },
      to: row.email,
      language,
      idempotencyKey: `notice:${certificateId}:${milestone}`,
    });
  }
  return { created: true };
}
