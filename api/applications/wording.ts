// What the applications area says, in Estonian and English, keyed by the codes its domain code
// returns (completeness.ts, draft.ts, documents.ts, messages.ts, …) — said only when the answer is
// written. Days are YYYY-MM-DD in the parameters and said in the reader's format.

import type { ApplicationState } from '../../contract/application-states.ts';
import { formatDay } from '../../contract/calendar.ts';
import type { RuleParams } from '../../contract/document-rules.ts';
import { documentRuleWording } from '../../contract/document-rules.wording.ts';
import { type Coded, type Language, type NoParams, sayIn, type Tables } from '../../contract/wording.ts';
import { phrasesOf } from '../http/wording.ts';

/** A name the data holds in both languages (a document type's label, say). */
export type Named = { et: string; en: string };

/** Every code of the area with what its sentence needs. */
export type ApplicationParams = RuleParams & {
  // What an application still lacks (completeness.ts): the review lists it, submit refuses with it.
  kindClosed: { day: string };
  confirmPrerequisites: NoParams;
  enterEmail: NoParams;
  chooseExamSession: NoParams;
  chosenExamClosed: NoParams;
  chosenExamFull: NoParams;
  notAHolder: NoParams;
  indefinite: { certificate: string };
  recertificationTooEarly: { opensOn: string };
  recertificationTooLate: { closedOn: string };
  chooseRenewedCertificate: NoParams;
  addDocument: { label: Named };
  chooseDelivery: NoParams;
  incomplete: NoParams;
  // Refused changes (draft.ts, documents.ts, messages.ts).
  notEditable: { state: string };
  noSuchPrerequisite: { position: number };
  noSuchCertificate: NoParams;
  noSuchDelivery: NoParams;
  noExamForKind: NoParams;
  noSuchExamSession: NoParams;
  examRegistrationClosed: NoParams;
  examSessionFull: NoParams;
  noSuchDocumentType: { type: string };
  paymentProofKept: NoParams;
  attachmentSent: NoParams;
  attachmentGone: NoParams;
  tooManyAttachments: { max: number };
  attachmentsFull: { megabytes: number };
  // Starting, submitting and withdrawing (own.ts, submit.ts).
  noSuchKind: { qualification: string; body: string };
  kindNotOpenYet: NoParams;
  kindClosedNow: NoParams;
  alreadySubmitted: NoParams;
  cannotWithdraw: NoParams;
  otherBodysToken: NoParams;
  // A step of the application's life its state does not allow (lifecycle.ts, processing.ts).
  wrongState: { step: string; state: ApplicationState };
  notReturnable: { state: ApplicationState };
  // The console's actions (lifecycle.ts, actions.ts).
  staleVersion: { named: number; version: number };
  feeNotReceived: NoParams;
  feeAlreadyReceived: NoParams;
  feeAlreadyWaived: NoParams;
  documentsAlreadyAccepted: NoParams;
  sameSession: NoParams;
  sessionStarted: NoParams;
};

/** The states as the applicant reads them (the status tracker's words, docs/glossary.md). */
const etStates = {
  draft: 'mustand',
  submitted: 'esitatud',
  returned: 'tagastatud täiendamiseks',
  resubmitted: 'uuesti esitatud',
  admitted: 'vastu võetud',
  exam_booked: 'eksamile registreeritud',
  assessed: 'hinnatud',
  granted: 'kutse antud',
  refused: 'kutset ei antud',
  withdrawn: 'tagasi võetud',
  rejected: 'tagasi lükatud',
} satisfies Record<ApplicationState, string>;

/** Each state's name in either language: the status tracker's words, and the CSV export's. */
export const stateNames: Record<Language, Record<ApplicationState, string>> = {
  et: etStates,
  en: {
    draft: 'draft',
    submitted: 'submitted',
    returned: 'returned for completion',
    resubmitted: 'resubmitted',
    admitted: 'admitted',
    exam_booked: 'exam booked',
    assessed: 'assessed',
    granted: 'granted',
    refused: 'refused',
    withdrawn: 'withdrawn',
    rejected: 'rejected',
  },
};

export const applicationWording = {
  et: {
    ...documentRuleWording.et,
    kindClosed: ({ day }) => `Taotluste vastuvõtt lõppes ${formatDay(day, 'et')}.`,
    confirmPrerequisites: () => 'Kinnita, et vastad kõigile eeltingimustele.',
    enterEmail: () => 'Sisesta e-posti aadress, kuhu kutse andja saab kirjutada.',
    chooseExamSession: () => 'Vali eksamiaeg.',
    chosenExamClosed: () => 'Valitud eksamile registreerimine on lõppenud. Vali teine eksamiaeg.',
    chosenExamFull: () => 'Valitud eksamil pole enam vabu kohti. Vali teine eksamiaeg.',
    notAHolder: () => 'Taastõendada saab ainult selle kutse omanik. Taotle kutset esmakordselt.',
    indefinite: ({ certificate }) => `Sinu tunnistus ${certificate} on tähtajatu: seda ei pea taastõendama.`,
    recertificationTooEarly: ({ opensOn }) =>
      `Taastõendamise taotlust saab esitada alates ${formatDay(opensOn, 'et')}.`,
    recertificationTooLate: ({ closedOn }) =>
      `Taastõendamise aeg lõppes ${formatDay(closedOn, 'et')}. Taotle kutset esmakordselt.`,
    chooseRenewedCertificate: () => 'Vali tunnistus, mida taastõendad.',
    addDocument: ({ label }) => `Lisa dokument: ${label.et}.`,
    chooseDelivery: () => 'Vali, kas soovid paberil tunnistust ja kuidas see sinuni jõuab.',
    incomplete: () => 'Taotlusest puudub veel midagi.',
    notEditable: ({ state }) =>
      state === 'withdrawn'
        ? 'Taotlus on tagasi võetud ja seda ei saa enam muuta.'
        : 'Taotlus on juba esitatud ja seda ei saa enam muuta.',
    noSuchPrerequisite: ({ position }) => `Eeltingimust ${position} pole.`,
    noSuchCertificate: () => 'Sul pole selle kutse tunnistust selle numbriga.',
    noSuchDelivery: () => 'Sellist kättesaamise viisi pole.',
    noExamForKind: () => 'See taotlus ei vaja eksamiaega.',
    noSuchExamSession: () => 'Sellist eksamiaega pole.',
    examRegistrationClosed: () => 'Sellele eksamile registreerimine on lõppenud.',
    examSessionFull: () => 'Sellel eksamil pole vabu kohti.',
    noSuchDocumentType: ({ type }) => `See taotlus ei küsi dokumenti liigist ${type}.`,
    paymentProofKept: () =>
      'Selle maksekorralduse järgi on makse juba arvele võetud, nii et seda ei saa enam asendada ega eemaldada. Kui selles on viga, kirjuta kutse andjale.',
    attachmentSent: () => 'See fail on sõnumiga juba saadetud, nii et seda ei saa enam eemaldada.',
    attachmentGone: () => 'Mõnda manust pole enam või on see juba saadetud. Lisa fail uuesti.',
    tooManyAttachments: ({ max }) =>
      `Ühe taotluse juurde saab lisada kuni ${max} faili ja need on juba lisatud.`,
    attachmentsFull: ({ megabytes }) =>
      `Ühe taotluse failid võivad kokku olla kuni ${megabytes} MB ning see fail enam ei mahu.`,
    noSuchKind: ({ qualification }) => `Kutsel ${qualification} pole sellist taotluse liiki.`,
    kindNotOpenYet: () => 'Seda liiki taotluste vastuvõtt pole veel alanud.',
    kindClosedNow: () => 'Seda liiki taotluste vastuvõtt on lõppenud.',
    alreadySubmitted: () => 'Taotlus on juba esitatud.',
    cannotWithdraw: () => 'Pärast hindamist ei saa taotlust enam tagasi võtta.',
    otherBodysToken: () => 'Logisid sisse teise kutse andja veebilehel.',
    wrongState: ({ step, state }) => `Taotlusega olekus „${etStates[state]}“ ei saa teha sammu ${step}.`,
    notReturnable: ({ state }) => `Taotlust olekus „${etStates[state]}“ ei saa täiendamiseks tagastada.`,
    staleVersion: ({ named, version }) =>
      `Taotlust on vahepeal muudetud (nägid versiooni ${named}, nüüd on ${version}). Vaata, mis muutus, ja proovi uuesti.`,
    feeNotReceived: () =>
      'Eksamile saab lubada alles siis, kui eksamitasu on laekunud või kutse andja on sellest loobunud.',
    feeAlreadyReceived: () => 'Eksamitasu on juba laekunuks märgitud.',
    feeAlreadyWaived: () => 'Eksamitasust on juba loobutud.',
    documentsAlreadyAccepted: () => 'Dokumendid on juba vastu võetud.',
    sameSession: () => 'Taotlus on juba sellel eksamiajal. Vali teine eksamiaeg.',
    sessionStarted: () => 'See eksam on juba alanud või toimunud. Vali tulevane eksamiaeg.',
  },
  en: {
    ...documentRuleWording.en,
    kindClosed: ({ day }) => `Applications closed on ${formatDay(day, 'en')}.`,
    confirmPrerequisites: () => 'Confirm that you meet every prerequisite.',
    enterEmail: () => 'Enter an e-mail address the awarding body can write to.',
    chooseExamSession: () => 'Choose an exam session.',
    chosenExamClosed: () => 'Registration for the chosen exam has closed. Choose another session.',
    chosenExamFull: () => 'The chosen session is now full. Choose another.',
    notAHolder: () =>
      'Only a holder of this qualification can re-certify. Apply for it as a first application.',
    indefinite: ({ certificate }) =>
      `Your certificate ${certificate} is indefinite: it needs no re-certification.`,
    recertificationTooEarly: ({ opensOn }) =>
      `You can apply for re-certification from ${formatDay(opensOn, 'en')}.`,
    recertificationTooLate: ({ closedOn }) =>
      `The re-certification window closed on ${formatDay(closedOn, 'en')}. Apply as for the first time.`,
    chooseRenewedCertificate: () => 'Choose the certificate you are renewing.',
    addDocument: ({ label }) => `Add the document: ${label.en}.`,
    chooseDelivery: () => 'Choose whether you want a paper certificate and how it reaches you.',
    incomplete: () => 'The application is not complete yet.',
    notEditable: ({ state }) =>
      state === 'withdrawn'
        ? 'The application was withdrawn: it can no longer be changed.'
        : 'The application has been submitted: it can no longer be changed.',
    noSuchPrerequisite: ({ position }) => `There is no prerequisite ${position}.`,
    noSuchCertificate: () => 'You hold no certificate of this qualification with that number.',
    noSuchDelivery: () => 'There is no such delivery option.',
    noExamForKind: () => 'This kind of application has no exam.',
    noSuchExamSession: () => 'There is no such exam session.',
    examRegistrationClosed: () => 'Registration for this exam has closed.',
    examSessionFull: () => 'This exam session is full.',
    noSuchDocumentType: ({ type }) => `This application asks for no document of type ${type}.`,
    paymentProofKept: () =>
      'A payment has already been recorded on this payment order, so it can no longer be replaced or removed. If it is wrong, write to the awarding body.',
    attachmentSent: () => 'This file has already been sent with a message, so it can no longer be removed.',
    attachmentGone: () => 'An attached file is gone or was already sent. Attach it again.',
    tooManyAttachments: ({ max }) =>
      `An application can have at most ${max} attached files, and it has them already.`,
    attachmentsFull: ({ megabytes }) =>
      `An application’s attached files may total at most ${megabytes} MB, and this file no longer fits.`,
    noSuchKind: ({ qualification, body }) => `${body} has no such kind of application for ${qualification}.`,
    kindNotOpenYet: () => 'Applications of this kind have not opened yet.',
    kindClosedNow: () => 'Applications of this kind are closed.',
    alreadySubmitted: () => 'The application has already been submitted.',
    cannotWithdraw: () => 'An application cannot be withdrawn once it has been assessed.',
    otherBodysToken: () => 'You signed in on another awarding body’s website.',
    wrongState: ({ step, state }) => `An application in state ${state} cannot take the step ${step}.`,
    notReturnable: ({ state }) => `A ${state} application cannot be returned for completion.`,
    staleVersion: ({ named, version }) =>
      `The application has changed meanwhile (you saw version ${named}, it is now ${version}). Look at what changed and try again.`,
    feeNotReceived: () =>
      'An applicant can be admitted only once the exam fee is received, or the awarding body waives it.',
    feeAlreadyReceived: () => 'The exam fee is already marked received.',
    feeAlreadyWaived: () => 'The exam fee is already waived.',
    documentsAlreadyAccepted: () => 'The documents are already accepted.',
    sameSession: () => 'The application is in this exam session already. Choose another one.',
    sessionStarted: () => 'This exam has already begun or taken place. Choose a future session.',
  },
} satisfies Tables<ApplicationParams>;

/** A code of the area with its parameters. */
export type ApplicationCode = Coded<ApplicationParams>;

/** A code about one field of the application, e.g. `{ field: 'delivery', code: 'chooseDelivery', params: {} }`. */
export type ApplicationIssue = { field: string } & ApplicationCode;

/** A code said in a language, e.g. for the view's `missing` list. */
export const sayApplication = (coded: ApplicationCode, language: Language): string =>
  sayIn(applicationWording, coded, language);

/** A code as a phrase, said when the answer is written (http/errors.ts). */
export const applicationPhrase = phrasesOf(applicationWording);
