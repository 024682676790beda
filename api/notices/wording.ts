// What a register notice says, in Estonian and English: the text stored on the notice (both
// languages, so the owner's list shows it in whichever the reader chose) and put in the e-mail.
import type { Tables } from '../../contract/wording.ts';

/** The events of a certificate's life that the registry tells its holder about. */
export type NoticeEvent =
  | 'issued'
  | 'expiring'
  | 'expired'
  | 'revoked'
  | 'replaced'
  | 'answered'
  /** The body ceased: the registry took over a request of the holder's (stored as kind `other`). */
  | 'moved';

/** What any notice may name; each sentence takes what it needs (days already in the reader's form). */
export type NoticeFacts = {
  number: string;
  qualification: string;
  /** The issuing body; for `answered`, whoever answered (the registry, once the body is gone). */
  body: string;
  /** The last valid day, or '' when indefinite. */
  validUntil: string;
  /** For `expiring`: less than this many months are left (6 or 1, said in words). */
  months: number;
  /** Why it was revoked ('' when none was kept). */
  reason: string;
  /** The replacing certificate's number ('' when unknown). */
  replacement: string;
};

type Params = Record<NoticeEvent, NoticeFacts>;

export const noticeWording = {
  et: {
    issued: ({ number, qualification, body }) =>
      `${body} andis teile kutse „${qualification}“. Kutsetunnistuse number on ${number}.`,
    expiring: ({ number, qualification, validUntil, months }) =>
      `Teie kutsetunnistus ${number} („${qualification}“) kehtib veel vähem kui ${months === 1 ? 'kuu' : 'kuus kuud'}, kuni ${validUntil}. Kutse taastõendamiseks pöörduge aegsasti kutse andja poole.`,
    expired: ({ number, qualification, validUntil }) =>
      `Teie kutsetunnistus ${number} („${qualification}“) kehtis kuni ${validUntil} ega kehti enam.`,
    revoked: ({ number, qualification, body, reason }) =>
      `${body} tunnistas teie kutsetunnistuse ${number} („${qualification}“) kehtetuks.${reason ? ` Põhjus: ${reason}` : ''}`,
    replaced: ({ number, qualification, replacement }) =>
      `Teie kutsetunnistus ${number} („${qualification}“) on asendatud${replacement ? ` kutsetunnistusega ${replacement}` : ''}.`,
    answered: ({ number, body }) => `${body} vastas teie pöördumisele kutsetunnistuse ${number} kohta.`,
    moved: ({ number, body }) =>
      `${body} on kutse andjana tegevuse lõpetanud: teie pöördumist kutsetunnistuse ${number} kohta käsitleb nüüd Kutsekoda (kutseregister).`,
  },
  en: {
    issued: ({ number, qualification, body }) =>
      `${body} awarded you the qualification “${qualification}”. The certificate's number is ${number}.`,
    expiring: ({ number, qualification, validUntil, months }) =>
      `Your certificate ${number} (“${qualification}”) is valid for less than ${months === 1 ? 'a month' : 'six months'} more, until ${validUntil}. Contact the awarding body in good time to renew it.`,
    expired: ({ number, qualification, validUntil }) =>
      `Your certificate ${number} (“${qualification}”) was valid until ${validUntil} and is no longer valid.`,
    revoked: ({ number, qualification, body, reason }) =>
      `${body} revoked your certificate ${number} (“${qualification}”).${reason ? ` Reason: ${reason}` : ''}`,
    replaced: ({ number, qualification, replacement }) =>
      `Your certificate ${number} (“${qualification}”) has been replaced${replacement ? ` by certificate ${replacement}` : ''}.`,
    answered: ({ number, body }) => `${body} answered your request about certificate ${number}.`,
    moved: ({ number, body }) =>
      `${body} has ceased to act as an awarding body: your request about certificate ${number} is now handled by Kutsekoda (the qualifications registry).`,
  },
} satisfies Tables<Params>;
