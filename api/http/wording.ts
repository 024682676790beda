// The words every answer shares, in Estonian and English: valibot's issues, said from their type,
// expected, received and requirement, and the problems the http layer writes itself. Each area
// says its own codes in its wording.ts; all are said when the answer is written (errors.ts), in
// the language the request asked for (language.ts).
import { type Coded, type Language, sayIn, type Tables, type Wording } from '../../contract/wording.ts';

/** Words not yet said: given the request's language when the answer is written. */
export type Phrase = (language: Language) => string;

/** Words already said (English only: a caller not yet on a wording table) or a phrase. */
export type Text = string | Phrase;

/** A text in a language. */
export const say = (text: Text, language: Language): string =>
  typeof text === 'string' ? text : text(language);

/**
 * The phrases of an area's tables: a code with its parameters, said when the answer is written.
 * @example const phrase = phrasesOf(httpWording); throw conflict(phrase({ code: 'gone', params: {} }))
 */
export const phrasesOf =
  <Params>(tables: Tables<Params>) =>
  (coded: Coded<Params>): Phrase =>
  (language) =>
    sayIn(tables, coded, language);

// ---- The problems the http layer writes ------------------------------------------------------

type Part = 'path' | 'query' | 'body';

type HttpParams = {
  invalidInput: { part: Part; fields: string[] };
  nothingHere: { path: string };
  methodNotAllowed: { method: string };
  invalidHeader: { name: string };
  malformedJson: Record<string, never>;
  unstorableCharacters: Record<string, never>;
  internalError: Record<string, never>;
  notFoundApplication: { id: string };
  notFoundDocument: { id: string };
  notFoundQualification: { qualification: string; body: string };
  notFoundBody: { slug: string };
  notFoundSignedInPerson: Record<string, never>;
};

const etPart = { path: 'aadressis', query: 'päringu parameetrites', body: 'päringu sisus' } as const;

export const httpWording = {
  et: {
    invalidInput: ({ part, fields }) =>
      `${fields.length > 1 ? 'Sobimatud väärtused' : 'Sobimatu väärtus'} ${etPart[part]}: ${fields.join(', ')}.`,
    nothingHere: ({ path }) => `Aadressil ${path} ei ole midagi.`,
    methodNotAllowed: ({ method }) => `${method} ei ole siin lubatud.`,
    invalidHeader: ({ name }) => `Päis ${name} on vigane.`,
    malformedJson: () => 'Päringu sisu ei ole korrektne JSON.',
    unstorableCharacters: () => 'Päringus on märke, mida ei saa salvestada (näiteks NUL-bait).',
    internalError: () => 'Meie poolel läks midagi valesti. Kui võtad meiega ühendust, lisa päringu tunnus.',
    notFoundApplication: ({ id }) => `Taotlust ${id} ei leitud.`,
    notFoundDocument: ({ id }) => `Dokumenti ${id} ei leitud.`,
    notFoundQualification: ({ qualification, body }) =>
      `Kutse andjal ${body} ei ole kutset ${qualification}.`,
    notFoundBody: ({ slug }) => `Kutse andjat ${slug} ei leitud.`,
    notFoundSignedInPerson: () => 'Sisse loginud isikut ei leitud.',
  },
  en: {
    invalidInput: ({ part, fields }) =>
      `Invalid ${part} ${fields.length > 1 ? 'parameters' : 'parameter'}: ${fields.join(', ')}.`,
    nothingHere: ({ path }) => `Nothing is served at ${path}.`,
    methodNotAllowed: ({ method }) => `${method} is not allowed here.`,
    invalidHeader: ({ name }) => `Invalid ${name} header.`,
    malformedJson: () => 'Malformed JSON in request body',
    unstorableCharacters: () => 'The request contains characters that cannot be stored (such as a NUL byte).',
    internalError: () => 'Something went wrong on our side. Quote the request id if you contact us.',
    notFoundApplication: ({ id }) => `Application ${id} was not found.`,
    notFoundDocument: ({ id }) => `Document ${id} was not found.`,
    notFoundQualification: ({ qualification, body }) =>
      `Qualification ${qualification} of ${body} was not found.`,
    notFoundBody: ({ slug }) => `Awarding body ${slug} was not found.`,
    notFoundSignedInPerson: () => 'The signed-in person was not found.',
  },
} satisfies Tables<HttpParams>;

/** A phrase of the http layer. @example httpPhrase({ code: 'notFoundBody', params: { slug } }) */
export const httpPhrase = phrasesOf(httpWording);

// ---- Valibot's issues ------------------------------------------------------------------------

/** The parts of a valibot issue its sentence is made of (valibot.dev/guides/issues). */
export type ValidationIssue = {
  type: string;
  input?: unknown;
  expected: string | null;
  received: string;
  requirement?: unknown;
  message: string;
};

/** The issue types our schemas can raise (contract/*.ts), each said in both languages. */
export const ISSUE_TYPES = [
  'string',
  'number',
  'boolean',
  'object',
  'strict_object',
  'array',
  'picklist',
  'literal',
  'variant',
  'union',
  'integer',
  'min_value',
  'max_value',
  'min_length',
  'max_length',
  'non_empty',
  'email',
  'regex',
  'uuid',
  'iso_date',
  'check',
] as const;
export type IssueType = (typeof ISSUE_TYPES)[number];

type IssueWording = { [Type in IssueType]: (issue: ValidationIssue) => string } & {
  /** An issue type no schema of ours raises yet. */
  other: (issue: ValidationIssue) => string;
};

/** An object's key that was not sent: valibot reports the object, expecting the key, receiving undefined. */
const missingKey = (issue: ValidationIssue) => issue.received === 'undefined';
const count = (issue: ValidationIssue) => String(issue.requirement);
const isList = (issue: ValidationIssue) => Array.isArray(issue.input);
/** A picklist's options, as valibot's `expected` lists them: `("a" | "b")` says a, b. */
const options = (issue: ValidationIssue) =>
  (issue.expected ?? '')
    .replace(/^\((.*)\)$/s, '$1')
    .split(' | ')
    .map((option) => option.replace(/^"(.*)"$/s, '$1'))
    .join(', ');

export const validationWording: Record<Language, IssueWording> = {
  et: {
    string: () => 'peab olema tekst',
    number: () => 'peab olema arv',
    boolean: () => 'peab olema true või false',
    object: (issue) => (missingKey(issue) ? 'on kohustuslik' : 'peab olema objekt'),
    strict_object: (issue) =>
      issue.expected === 'never'
        ? 'ei ole lubatud'
        : missingKey(issue)
          ? 'on kohustuslik'
          : 'peab olema objekt',
    array: () => 'peab olema loend',
    picklist: (issue) => `peab olema üks järgmistest: ${options(issue)}`,
    literal: (issue) => `peab olema ${options(issue)}`,
    variant: (issue) =>
      missingKey(issue) ? 'on kohustuslik' : `peab olema üks järgmistest: ${options(issue)}`,
    union: () => 'ei sobi ühegi lubatud kujuga',
    integer: () => 'peab olema täisarv',
    min_value: (issue) => `peab olema vähemalt ${count(issue)}`,
    max_value: (issue) => `võib olla kuni ${count(issue)}`,
    min_length: (issue) =>
      isList(issue)
        ? `peab sisaldama vähemalt ${count(issue)} elementi`
        : `peab olema vähemalt ${count(issue)} märki`,
    max_length: (issue) =>
      isList(issue) ? `võib sisaldada kuni ${count(issue)} elementi` : `võib olla kuni ${count(issue)} märki`,
    non_empty: () => 'ei tohi olla tühi',
    email: () => 'peab olema e-posti aadress',
    regex: () => 'ei ole lubatud kujul',
    uuid: () => 'peab olema UUID',
    iso_date: () => 'peab olema kuupäev kujul AAAA-KK-PP',
    check: () => 'ei sobi',
    other: () => 'on vigane',
  },
  en: {
    string: () => 'must be text',
    number: () => 'must be a number',
    boolean: () => 'must be true or false',
    object: (issue) => (missingKey(issue) ? 'is required' : 'must be an object'),
    strict_object: (issue) =>
      issue.expected === 'never' ? 'is not allowed' : missingKey(issue) ? 'is required' : 'must be an object',
    array: () => 'must be a list',
    picklist: (issue) => `must be one of: ${options(issue)}`,
    literal: (issue) => `must be ${options(issue)}`,
    variant: (issue) => (missingKey(issue) ? 'is required' : `must be one of: ${options(issue)}`),
    union: () => 'matches none of the allowed forms',
    integer: () => 'must be a whole number',
    min_value: (issue) => `must be at least ${count(issue)}`,
    max_value: (issue) => `must be at most ${count(issue)}`,
    min_length: (issue) =>
      isList(issue)
        ? `must have at least ${count(issue)} items`
        : `must be at least ${count(issue)} characters`,
    max_length: (issue) =>
      isList(issue)
        ? `must have at most ${count(issue)} items`
        : `must be at most ${count(issue)} characters`,
    non_empty: () => 'must not be empty',
    email: () => 'must be an e-mail address',
    regex: () => 'is not in the expected form',
    uuid: () => 'must be a UUID',
    iso_date: () => 'must be a date as YYYY-MM-DD',
    check: () => 'is not valid',
    other: () => 'is not valid',
  },
};

/**
 * The Estonian of each message our schemas give an action in English (contract/*.ts): a regex or
 * a check means what its message says, which the issue's type alone cannot. A test walks the
 * schemas and fails on a message missing here.
 */
export const estonianOfSchemaMessages: Readonly<Record<string, string>> = {
  'must be at most 200 characters': 'võib olla kuni 200 märki',
  'must be at most 254 characters': 'võib olla kuni 254 märki',
  'must be at most 300 characters': 'võib olla kuni 300 märki',
  'must be at most 1000 characters': 'võib olla kuni 1000 märki',
  'must be at most 2000 characters': 'võib olla kuni 2000 märki',
  'must be at most 5000 characters': 'võib olla kuni 5000 märki',
  'must be a version number': 'peab olema versiooni number',
  'must be an exam session id': 'peab olema eksamisessiooni tunnus',
  'must name at least one application': 'peab nimetama vähemalt ühe taotluse',
  'must name at most 200 applications': 'võib nimetada kuni 200 taotlust',
  'must be a file name without folders': 'peab olema failinimi ilma kaustadeta',
  'must be a date and time': 'peab olema kuupäev ja kellaaeg',
  'must be at most 500': 'võib olla kuni 500',
  'say why you look this person up': 'kirjuta, miks seda isikut otsid',
  'must be 8–200 visible ASCII characters': 'peab olema 8–200 nähtavat ASCII-märki',
  'must be an e-mail address': 'peab olema e-posti aadress',
  'must be a phone number, e.g. +372 5123 4567': 'peab olema telefoninumber, nt +372 5123 4567',
  'must be 8 digits': 'peab olema 8 numbrit',
  'must be 11 digits': 'peab olema 11 numbrit',
  'must be whole numbers': 'peavad olema täisarvud',
  'must be positions from 1': 'peavad olema järjekorranumbrid alates 1-st',
  'must list at most 50 prerequisites': 'võib loetleda kuni 50 eeltingimust',
  'must be a session id': 'peab olema eksamiaja tunnus',
  'is required': 'on kohustuslik',
  'must not be empty': 'ei tohi olla tühi',
  'must be an application id': 'peab olema taotluse tunnus',
  'must be a document id': 'peab olema dokumendi tunnus',
  'must be document ids': 'peavad olema dokumentide tunnused',
  'at most 5 files': 'kuni 5 faili',
  'must be a date as YYYY-MM-DD': 'peab olema kuupäev kujul AAAA-KK-PP',
  'must be a real calendar date': 'peab olema päriselt olemas olev kuupäev',
  'must be a whole number': 'peab olema täisarv',
  'must be at least 1': 'peab olema vähemalt 1',
  'must be at most 50': 'võib olla kuni 50',
  'must be lower-case letters, digits and hyphens':
    'võib sisaldada ainult väiketähti, numbreid ja sidekriipse',
  'must start with 1–6 (century and sex)': 'peab algama numbriga 1–6 (sajand ja sugu)',
  'must contain a real birth date': 'peab sisaldama päriselt olemas olevat sünnikuupäeva',
  'has a wrong check digit': 'kontrollnumber on vale',
  'is not a certificate number': 'ei ole kutsetunnistuse number',
  'is not a verification code': 'ei ole kontrollkood',
  'is not a status list': 'ei ole olekunimekiri',
  'must say why, in at least 3 characters': 'peab ütlema põhjuse, vähemalt 3 märgiga',
  'must be an origin such as https://example.ee': 'peab olema päritolu, nt https://example.ee',
  'must be 43 base64url characters': 'peab olema 43 base64url-märki',
  'must be the state this API sent': 'peab olema selle API saadetud state',
  'must be the value of the confirmation page': 'peab olema kinnituslehe väärtus',
  'must be continue or cancel': 'peab olema continue või cancel',
};

/** Valibot's own message, when a schema gave none: `Invalid <what>: [Expected … but r|R]eceived …`. */
const VALIBOT_DEFAULT = /^Invalid [^:]+: (Expected .* but r|R)eceived /s;

/**
 * An issue said in a language: in English the schema's own message when it gave one, in Estonian
 * that message's Estonian; otherwise the sentence of the issue's type.
 * @example sayIssue({ type: 'email', expected: null, received: '"x"', message: 'Invalid email: Received "x"' }, 'et')
 *   // 'peab olema e-posti aadress'
 */
export function sayIssue(issue: ValidationIssue, language: Language): string {
  const own = VALIBOT_DEFAULT.test(issue.message) ? undefined : issue.message;
  if (own !== undefined) {
    const said = language === 'en' ? own : estonianOfSchemaMessages[own];
    if (said !== undefined) return said;
  }
  const table = validationWording[language];
  return (ISSUE_TYPES.includes(issue.type as IssueType) ? table[issue.type as IssueType] : table.other)(
    issue,
  );
}

export type { Wording };
