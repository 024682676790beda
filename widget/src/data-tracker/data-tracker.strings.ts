// The data tracker's words in Estonian, the source language (English is in .strings.en.ts, loaded
// only when needed): the element's own, and the wording tables that turn the audit trail's codes
// into sentences (contract/data-tracker-wording.ts, which the registry's own page says too). A code
// the tables do not know yet is still said by its entity (`entities`) and whether it read or changed.
import { trackerWordingEt } from '../../../contract/data-tracker-wording.ts';
import type { Translations } from '../shared/i18n.ts';

const et = {
  title: 'Kes on minu andmeid kasutanud',
  intro: 'Siin on kirjas, kes ja miks teie andmeid vaatas või muutis. Uuemad on eespool.',
  loading: 'Laadin andmejälgija kirjeid…',
  empty: 'Teie andmeid pole keegi vaadanud ega muutnud.',
  loadFailed: 'Andmejälgija kirjeid ei õnnestunud laadida.',
  retry: 'Proovi uuesti',
  more: 'Näita rohkem',
  loadingMore: 'Laadin veel…',
  shown: (count: number) => `Näidatakse ${count} kirjet.`,
  allShown: 'Kõik kirjed on näidatud.',
  limitReached: (count: number) => `Näidatakse ${count} viimast kirjet.`,
  signIn: 'Logi sisse',
  signingIn: 'Sisselogimine käib hüpikaknas…',
  signedOut: 'Et näha, kes teie andmeid on kasutanud, logige sisse.',
  expired: 'Teie seanss on lõppenud — logige uuesti sisse.',
  signInFailed: 'Sisselogimine ei õnnestunud. Proovige uuesti.',
  networkDown: 'Kutse teenusega ei saadud ühendust. Kontrollige internetiühendust ja proovige uuesti.',
  misconfigured: 'Vidinal puudub atribuut body.',
  who: 'Kes',
  body: 'Asutus',
  why: 'Eesmärk',
  ...trackerWordingEt,
};

export type DataTrackerStrings = typeof et;

/** Estonian first, English second (its own chunk). */
export const strings: Translations<DataTrackerStrings> = {
  et,
  en: () => import('./data-tracker.strings.en.ts').then((module) => module.en),
};
