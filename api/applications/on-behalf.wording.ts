// What applying on a person's behalf says, in Estonian and English (on-behalf.ts).
import type { NoParams, Tables } from '../../contract/wording.ts';
import { phrasesOf } from '../http/wording.ts';

type OnBehalfParams = {
  nameRequired: NoParams;
  personNotFound: NoParams;
  ownDraftExists: NoParams;
  notOnBehalf: NoParams;
};

export const onBehalfWording = {
  et: {
    nameRequired: () => 'Selle isikukoodiga isikut registris veel pole: sisesta tema nimi.',
    personNotFound: () => 'Sellist isikut registris pole.',
    ownDraftExists: () =>
      'Isik on selle taotluse liigi mustandi ise alustanud: töötaja ei saa seda tema eest jätkata.',
    notOnBehalf: () => 'Selle taotluse tegi isik ise: töötaja ei saa seda tema eest muuta.',
  },
  en: {
    nameRequired: () => 'No one with this personal code is in the registry yet: enter their name.',
    personNotFound: () => 'There is no such person in the registry.',
    ownDraftExists: () =>
      'The person has started a draft of this kind themselves: staff cannot continue it for them.',
    notOnBehalf: () => 'The person made this application themselves: staff cannot change it for them.',
  },
} satisfies Tables<OnBehalfParams>;

export const onBehalfPhrase = phrasesOf(onBehalfWording);
