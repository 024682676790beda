// What the documents area says about a file it refuses, in Estonian and English.
import type { NoParams, Tables } from '../../contract/wording.ts';
import { phrasesOf } from '../http/wording.ts';

type FileParams = {
  fileTooLarge: { megabytes: number };
  fileWrongType: { types: string };
  fileEmpty: NoParams;
};

export const documentWording = {
  et: {
    fileTooLarge: ({ megabytes }) => `Fail on liiga suur: lubatud on kuni ${megabytes} MB.`,
    fileWrongType: ({ types }) =>
      `Faili sisu ei ole lubatud tüüpi (${types}). Faili nimi ei loe — kontrolli, et fail oleks päriselt ${types}.`,
    fileEmpty: () => 'Fail on tühi.',
  },
  en: {
    fileTooLarge: ({ megabytes }) => `The file is too large: at most ${megabytes} MB is allowed.`,
    fileWrongType: ({ types }) =>
      `The file’s content is not of an allowed type (${types}). Its name does not count: check that it really is ${types}.`,
    fileEmpty: () => 'The file is empty.',
  },
} satisfies Tables<FileParams>;

/** A phrase of the documents area, said when the answer is written. */
export const documentPhrase = phrasesOf(documentWording);
