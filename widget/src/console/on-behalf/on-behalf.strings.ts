// What the on-behalf view says, in Estonian and English (the form inside it has its own words; the
// API's refusals arrive in the page's language).
import type { Language } from '../../shared/i18n.ts';

const et = {
  title: 'Esita taotlus isiku eest',
  intro:
    'Täitke taotlus inimese eest, kes ei saa seda ise veebis teha (näiteks elab välismaal). Taotleja näeb oma taotluste jälgijas, et taotluse esitasite teie.',
  personStep: '1. Isik',
  applicationStep: '2. Taotlus',
  personalCode: 'Isikukood',
  personalCodeHint: '11 numbrit',
  find: 'Otsi',
  finding: 'Otsin…',
  codeErrors: {
    empty: 'Sisestage isikukood.',
    digits: 'Isikukood on 11 numbrit.',
    century: 'Isikukood algab numbriga 1–6.',
    birthDate: 'Isikukoodis ei ole päris sünnikuupäeva.',
    checkDigit: 'Isikukoodi kontrollnumber ei klapi: kontrollige numbreid.',
  },
  newPerson:
    'Selle isikukoodiga isikut kutseregistris veel pole. Sisestage tema andmed: ta lisatakse registrisse.',
  givenName: 'Eesnimi',
  familyName: 'Perekonnanimi',
  dateOfBirth: 'Sünniaeg (isikukoodist)',
  email: 'E-post',
  phone: 'Telefon',
  optional: 'valikuline',
  nameRequired: 'Sisestage nimi.',
  add: 'Lisa isik',
  found: 'Leitud kutseregistrist',
  added: 'Lisatud kutseregistrisse',
  name: 'Nimi',
  otherPerson: 'Vali teine isik',
  qualification: 'Kutse',
  open: 'Ava taotlusvorm',
  noQualifications: 'Kutseandjal pole kutseid, mille taotlemine oleks avatud.',
  qualificationsFailed: 'Kutseid ei õnnestunud laadida.',
  findFailed: 'Isikut ei õnnestunud leida.',
  notAllowed: 'Isiku eest saavad taotluse esitada kutseandja haldur ja menetleja.',
  submittedTitle: 'Taotlus on esitatud',
  submitted: (name: string) =>
    `Taotlus on esitatud isiku ${name} eest. Tema taotluste jälgijas on näha, et selle esitasite teie.`,
  openApplication: 'Ava taotlus konsoolis',
  another: 'Esita uus taotlus',
};

export type OnBehalfStrings = typeof et;

const en: OnBehalfStrings = {
  title: 'Apply on someone’s behalf',
  intro:
    'Fill in an application for a person who cannot apply online themselves (for example, they live abroad). They will see in their status tracker that you submitted it.',
  personStep: '1. The person',
  applicationStep: '2. The application',
  personalCode: 'Personal code',
  personalCodeHint: '11 digits',
  find: 'Find',
  finding: 'Finding…',
  codeErrors: {
    empty: 'Enter the personal code.',
    digits: 'A personal code is 11 digits.',
    century: 'A personal code starts with a digit from 1 to 6.',
    birthDate: 'The personal code holds no real date of birth.',
    checkDigit: 'The personal code’s check digit does not match: check the digits.',
  },
  newPerson:
    'No one with this personal code is in the qualifications register yet. Enter their details: they will be added to the register.',
  givenName: 'Given name',
  familyName: 'Family name',
  dateOfBirth: 'Date of birth (from the code)',
  email: 'E-mail',
  phone: 'Phone',
  optional: 'optional',
  nameRequired: 'Enter the name.',
  add: 'Add the person',
  found: 'Found in the qualifications register',
  added: 'Added to the qualifications register',
  name: 'Name',
  otherPerson: 'Choose another person',
  qualification: 'Qualification',
  open: 'Open the application form',
  noQualifications: 'The body has no qualification open for applications.',
  qualificationsFailed: 'The qualifications could not be loaded.',
  findFailed: 'The person could not be found.',
  notAllowed: 'A body’s managers and processors can apply on someone’s behalf.',
  submittedTitle: 'The application is submitted',
  submitted: (name) =>
    `The application is submitted on behalf of ${name}. Their status tracker shows that you submitted it.`,
  openApplication: 'Open the application in the console',
  another: 'Submit another application',
};

export const onBehalfStrings: Record<Language, OnBehalfStrings> = { et, en };
