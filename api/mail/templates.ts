// What the product's e-mails say, in Estonian and English: one subject and one body per template,
// shaped like the other wording tables (contract/wording.ts), so that a missing translation fails
// the typecheck rather than a reader.
import type { Language, Tables } from '../../contract/wording.ts';

/** Every template with the parameters its text needs (all strings: they are stored as the row's jsonb). */
export type MailParams = {
  /** A processor wrote to the applicant in the application's messages. */
  staffMessage: { name: string; qualification: string; body: string; link: string };
  /** The application was returned for completion: what is missing. */
  returnedForCompletion: { name: string; qualification: string; missing: string; link: string };
  /** Admitted to an exam session: when and where. */
  admitted: { name: string; qualification: string; session: string; place: string; link: string };
  /** Moved to another exam session: the new time and place, and why. */
  sessionChanged: {
    name: string;
    qualification: string;
    session: string;
    place: string;
    reason: string;
    link: string;
  };
  /** The body rejected the application (not admitted to the assessment), with its reason. */
  rejected: { name: string; qualification: string; reason: string; link: string };
  /** The awarding decision; `reason` is empty when there is none to give. */
  decision: {
    name: string;
    qualification: string;
    outcome: 'awarded' | 'refused';
    reason: string;
    link: string;
  };
  /**
   * A register notice about one of the holder's certificates (api/notices): `kind` picks the
   * subject, `text` is the notice as stored and shown in the owner's list, in the mail's language.
   */
  certificateNotice: {
    name: string;
    kind: 'issued' | 'expiring' | 'expired' | 'revoked' | 'replaced' | 'answered' | 'moved';
    number: string;
    text: string;
    link: string;
  };
};

export type MailTemplate = keyof MailParams;
export const mailTemplates = [
  'staffMessage',
  'returnedForCompletion',
  'admitted',
  'sessionChanged',
  'rejected',
  'decision',
  'certificateNotice',
] as const;

/** A template with its parameters, as a caller asks for an e-mail. */
export type MailContent = { [T in MailTemplate]: { template: T; params: MailParams[T] } }[MailTemplate];

const subjects = {
  et: {
    staffMessage: ({ qualification }) => `Uus sõnum: ${qualification}`,
    returnedForCompletion: ({ qualification }) => `Taotlus vajab täiendamist: ${qualification}`,
    admitted: ({ qualification }) => `Olete lubatud eksamile: ${qualification}`,
    sessionChanged: ({ qualification }) => `Teie eksamiaeg muutus: ${qualification}`,
    rejected: ({ qualification }) => `Taotlus jäeti rahuldamata: ${qualification}`,
    decision: ({ qualification, outcome }) =>
      outcome === 'awarded'
        ? `Kutse on antud: ${qualification}`
        : `Kutse andmata jätmise otsus: ${qualification}`,
    certificateNotice: ({ kind, number }) =>
      ({
        issued: `Kutsetunnistus ${number} on välja antud`,
        expiring: `Kutsetunnistuse ${number} kehtivus lõpeb`,
        expired: `Kutsetunnistus ${number} on aegunud`,
        revoked: `Kutsetunnistus ${number} on kehtetuks tunnistatud`,
        replaced: `Kutsetunnistus ${number} on asendatud`,
        answered: `Vastus teie pöördumisele: kutsetunnistus ${number}`,
        moved: `Teie pöördumist käsitleb nüüd Kutsekoda: kutsetunnistus ${number}`,
      })[kind],
  },
  en: {
    staffMessage: ({ qualification }) => `New message: ${qualification}`,
    returnedForCompletion: ({ qualification }) => `Your application needs completing: ${qualification}`,
    admitted: ({ qualification }) => `You are admitted to the exam: ${qualification}`,
    sessionChanged: ({ qualification }) => `Your exam session has changed: ${qualification}`,
    rejected: ({ qualification }) => `Your application was rejected: ${qualification}`,
    decision: ({ qualification, outcome }) =>
      outcome === 'awarded'
        ? `Qualification awarded: ${qualification}`
        : `Decision not to award the qualification: ${qualification}`,
    certificateNotice: ({ kind, number }) =>
      ({
        issued: `Certificate ${number} has been issued`,
        expiring: `Certificate ${number} is about to expire`,
        expired: `Certificate ${number} has expired`,
        revoked: `Certificate ${number} has been revoked`,
        replaced: `Certificate ${number} has been replaced`,
        answered: `An answer to your request: certificate ${number}`,
        moved: `The registry now handles your request: certificate ${number}`,
      })[kind],
  },
} satisfies Tables<MailParams>;

const bodies = {
  et: {
    staffMessage: ({ name, body, link }) =>
      `Tere, ${name}!\n\nKutse andja saatis teie taotluse kohta sõnumi:\n\n${body}\n\nVastata saate taotluse lehel: ${link}`,
    returnedForCompletion: ({ name, missing, link }) =>
      `Tere, ${name}!\n\nKutse andja tagastas teie taotluse täiendamiseks. Puudu on:\n\n${missing}\n\nTäiendage taotlust ja esitage see uuesti: ${link}`,
    admitted: ({ name, session, place, link }) =>
      `Tere, ${name}!\n\nTeid on lubatud eksamile.\nAeg: ${session}\nKoht: ${place}\n\nTaotluse seis: ${link}`,
    sessionChanged: ({ name, session, place, reason, link }) =>
      `Tere, ${name}!\n\nKutse andja viis teid üle teisele eksamiajale.\nUus aeg: ${session}\nKoht: ${place}\nPõhjus: ${reason}\n\nTaotluse seis: ${link}`,
    rejected: ({ name, reason, link }) =>
      `Tere, ${name}!\n\nKutse andja jättis teie taotluse rahuldamata ega luba teid hindamisele.\nPõhjendus: ${reason}\n\nTaotluse seis: ${link}`,
    decision: ({ name, outcome, reason, link }) =>
      `Tere, ${name}!\n\n${outcome === 'awarded' ? 'Kutse andja otsustas teile kutse anda.' : 'Kutse andja otsustas jätta kutse andmata.'}${reason ? `\nPõhjendus: ${reason}` : ''}\n\nTaotluse seis: ${link}`,
    certificateNotice: ({ name, text, link }) =>
      `Tere, ${name}!\n\n${text}\n\nOma kutsetunnistusi näete siin: ${link}\n\nKutseregister`,
  },
  en: {
    staffMessage: ({ name, body, link }) =>
      `Dear ${name},\n\nThe awarding body sent a message about your application:\n\n${body}\n\nYou can reply on the application's page: ${link}`,
    returnedForCompletion: ({ name, missing, link }) =>
      `Dear ${name},\n\nThe awarding body returned your application for completion. Missing:\n\n${missing}\n\nComplete the application and submit it again: ${link}`,
    admitted: ({ name, session, place, link }) =>
      `Dear ${name},\n\nYou are admitted to the exam.\nWhen: ${session}\nWhere: ${place}\n\nYour application: ${link}`,
    sessionChanged: ({ name, session, place, reason, link }) =>
      `Dear ${name},\n\nThe awarding body moved you to another exam session.\nNew time: ${session}\nWhere: ${place}\nWhy: ${reason}\n\nYour application: ${link}`,
    rejected: ({ name, reason, link }) =>
      `Dear ${name},\n\nThe awarding body rejected your application: you are not admitted to the assessment.\nReason: ${reason}\n\nYour application: ${link}`,
    decision: ({ name, outcome, reason, link }) =>
      `Dear ${name},\n\n${outcome === 'awarded' ? 'The awarding body decided to award you the qualification.' : 'The awarding body decided not to award the qualification.'}${reason ? `\nReason: ${reason}` : ''}\n\nYour application: ${link}`,
    certificateNotice: ({ name, text, link }) =>
      `Dear ${name},\n\n${text}\n\nYour certificates: ${link}\n\nThe Qualifications Register`,
  },
} satisfies Tables<MailParams>;

/**
 * The subject and plain-text body of one e-mail.
 * @example renderMail({ template: 'admitted', params: { … } }, 'et')
 */
export function renderMail(content: MailContent, language: Language): { subject: string; body: string } {
  const say = <P>(table: Tables<MailParams>) =>
    (table[language][content.template] as (params: P) => string)(content.params as P);
  return { subject: say(subjects), body: say(bodies) };
}
