// What the console's handling of owners' requests says, in Estonian and English (requests-staff.ts).
import type { NoParams, Tables } from '../../contract/wording.ts';
import { phrasesOf } from '../http/wording.ts';

type RequestParams = {
  notFoundRequest: { id: string };
  requestClosed: NoParams;
  noFee: NoParams;
  feeAlreadyReceived: NoParams;
};

export const ownerRequestWording = {
  et: {
    notFoundRequest: ({ id }) => `Päringut ${id} ei leitud.`,
    requestClosed: () => 'Päring on suletud: sellele ei saa enam vastata ega selle olekut muuta.',
    noFee: () => 'Sellel päringul pole tasu.',
    feeAlreadyReceived: () => 'Selle päringu tasu on juba laekunuks märgitud.',
  },
  en: {
    notFoundRequest: ({ id }) => `Request ${id} was not found.`,
    requestClosed: () => 'The request is closed: it can no longer be answered or change its state.',
    noFee: () => 'This request has no fee.',
    feeAlreadyReceived: () => 'This request’s fee is already marked received.',
  },
} satisfies Tables<RequestParams>;

export const ownerRequestPhrase = phrasesOf(ownerRequestWording);
