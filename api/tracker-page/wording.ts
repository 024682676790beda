// The registry's data-tracker page in Estonian and English: its own words. What each entry says
// (the actions, roles, purposes, "Teie ise") is the data tracker's table in contract/, shared
// with the widget <kutse-data-tracker>, so the page and a body's site say an entry alike.

import { trackerWordingEn } from '../../contract/data-tracker-wording.en.ts';
import { trackerWordingEt } from '../../contract/data-tracker-wording.ts';
import type { Language } from '../http/env.ts';

export const trackerPageWording = {
  et: {
    registry: 'Kutseregister',
    title: 'Andmejälgija',
    skipToContent: 'Liigu sisu juurde',
    otherLanguage: { label: 'In English', lang: 'en' as Language },
    intro:
      'Andmejälgija näitab, kes ja miks on teie andmeid kutseregistris vaadanud või muutnud — kõigi kutse andjate juures, kellega teil on asju olnud.',
    signedOutText:
      'Oma andmete kasutamise ajaloo nägemiseks logige sisse. Kutse andja veebilehel näete ainult selle kutse andja kirjeid; siin näete kõiki.',
    signIn: 'Logi sisse',
    signedInAs: 'Sisse logitud:',
    signOut: 'Logi välja',
    caption: 'Kes on teie andmeid kasutanud, uuemad eespool',
    when: 'Millal',
    who: 'Kes',
    body: 'Asutus',
    what: 'Mida tehti',
    why: 'Eesmärk',
    empty: 'Teie andmeid pole keegi vaadanud ega muutnud.',
    limitReached: (count: number) => `Näidatakse ${count} viimast kirjet.`,
    entries: trackerWordingEt,
  },
  en: {
    registry: 'Qualifications Register',
    title: 'Data tracker',
    skipToContent: 'Skip to content',
    otherLanguage: { label: 'Eesti keeles', lang: 'et' as Language },
    intro:
      'The data tracker shows who viewed or changed your data in the Qualifications Register, and why — at every awarding body you have dealt with.',
    signedOutText:
      'Sign in to see the history of your data’s use. An awarding body’s website shows only that body’s entries; here you see them all.',
    signIn: 'Sign in',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    caption: 'Who has used your data, newest first',
    when: 'When',
    who: 'Who',
    body: 'Organisation',
    what: 'What was done',
    why: 'Purpose',
    empty: 'Nobody has viewed or changed your data.',
    limitReached: (count: number) => `Showing the latest ${count} entries.`,
    entries: trackerWordingEn,
  },
} as const;
