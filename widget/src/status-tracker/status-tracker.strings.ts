// The element's own words in Estonian, the source language (English is in .strings.en.ts, loaded
// only when needed). Qualification names, kind titles, reasons and messages come from the API in
// the reader's language; only the element's chrome is here.
import type { ApplicationState } from '../../../contract/application-states.ts';
import type { Translations } from '../shared/i18n.ts';

const et = {
  title: 'Minu taotlused',
  signedOut: 'Oma taotluste ja nende käigu nägemiseks logige sisse.',
  expired: 'Teie seanss on lõppenud — oma taotluste nägemiseks logige uuesti sisse.',
  signInFailed: 'Sisselogimine ei õnnestunud. Proovige uuesti.',
  signingIn: 'Sisselogimine käib hüpikaknas…',
  signIn: 'Logi sisse',
  loading: 'Laadin taotlusi…',
  loadFailed: 'Taotlusi ei õnnestunud laadida.',
  offline: 'Kontrollige internetiühendust ja proovige uuesti.',
  retry: 'Proovi uuesti',
  empty: 'Teil pole selle kutse andja juures taotlusi.',
  emptyHint: 'Kutset saate taotleda kutse lehel oleva taotlusvormi kaudu.',
  misconfigured: 'Vidinal puudub atribuut body.',

  states: {
    draft: 'Mustand',
    submitted: 'Esitatud',
    returned: 'Tagastatud täiendamiseks',
    resubmitted: 'Uuesti esitatud',
    admitted: 'Vastu võetud',
    exam_booked: 'Eksamile registreeritud',
    assessed: 'Hinnatud',
    granted: 'Kutse antud',
    refused: 'Kutset ei antud',
    withdrawn: 'Tagasi võetud',
    rejected: 'Tagasi lükatud',
  } satisfies Record<ApplicationState, string>,
  /** Before the state's badge, for screen readers. */
  state: 'Olek',
  stateChanged: (name: string, from: string, to: string) => `Taotluse olek muutus: ${from} → ${to} (${name})`,

  timeline: 'Taotluse käik',
  examSession: 'Eksam',
  examAt: (when: string, place: string) => `${when}, ${place}`,
  reference: 'Viitenumber',
  dueNow: 'Tasuda',
  submittedBy: (name: string, on: string) => `Taotluse esitas teie eest ${name} (${on})`,
  /** Who the person submitting it for the applicant is, beside their name (staff: the body's name). */
  submittedOn: { employer: 'tööandja', partner: 'kutse andja partner' },
  askedFor: 'Kutse andja palub täiendada',
  missing: 'Puudu',
  draftHint: 'Taotlus on pooleli. Saate seda jätkata taotlusvormis ja esitada, kui kõik vajalik on olemas.',
  returnedHint: 'Täiendage taotlust taotlusvormis ja esitage see uuesti.',

  messages: 'Sõnumid',
  unread: (count: number) => (count === 1 ? '1 lugemata' : `${count} lugemata`),
  loadingMessages: 'Laadin sõnumeid…',
  messagesFailed: 'Sõnumeid ei õnnestunud laadida.',
  noMessages: 'Sõnumeid veel pole.',
  fromBody: 'Kutse andja',
  fromMe: 'Teie',
  attachments: 'Manused',
  download: (file: string) => `Laadi alla: ${file}`,
  downloadFailed: 'Faili ei õnnestunud alla laadida.',
  reply: 'Teie sõnum kutse andjale',
  replyRequired: 'Kirjutage sõnum.',
  addFiles: 'Lisa faile (valikuline)',
  fileRules: (types: string, size: string, count: number) =>
    `${types}, igaüks kuni ${size}, kokku kuni ${count} faili.`,
  tooManyFiles: (count: number) => `Lisada saab kuni ${count} faili.`,
  tooLarge: (file: string, size: string) => `Fail ${file} on suurem kui ${size}.`,
  remove: (file: string) => `Eemalda ${file}`,
  uploading: (file: string) => `Laadin üles: ${file}`,
  send: 'Saada',
  sending: 'Saadan…',
  sendFailed: 'Sõnumit ei õnnestunud saata.',
  sent: 'Sõnum saadetud.',

  withdraw: 'Võta taotlus tagasi',
  withdrawQuestion: 'Kas võtta taotlus tagasi?',
  withdrawExplanation:
    'Kutse andja lõpetab taotluse menetlemise. Vajadusel saate hiljem alustada uut taotlust.',
  withdrawReason: 'Põhjus (valikuline)',
  confirmWithdraw: 'Võta tagasi',
  cancel: 'Katkesta',
  withdrawing: 'Võtan tagasi…',
  withdrawFailed: 'Taotlust ei õnnestunud tagasi võtta.',
  withdrawn: 'Taotlus on tagasi võetud.',

  /** A failure without the API's own explanation (the network, a proxy). */
  tryAgain: 'Proovige mõne aja pärast uuesti.',
  supportCode: (id: string) => `Veakood: ${id}`,
};

export type StatusTrackerStrings = typeof et;

/** Estonian first, English second (its own chunk). */
export const strings: Translations<StatusTrackerStrings> = {
  et,
  en: () => import('./status-tracker.strings.en.ts').then((module) => module.en),
};
