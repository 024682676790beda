// The register page's and the register answers' words, Estonian first, then English.
import type { CertificateStatus } from '../../contract/certificates.ts';

const et = {
  title: 'Kutsetunnistuste register',
  site: 'Kutseregister',
  intro:
    'Otsi avalikustatud kutsetunnistusi omaniku nime, tunnistuse numbri, kutse või kutse andja järgi. Register näitab ainult tunnistusi, mille omanik on avalikuks teinud.',
  otherLanguage: { label: 'In English', lang: 'en' },
  search: 'Otsing',
  name: 'Omaniku nimi',
  nameHint: 'Täpitähtedega või ilma, nt „Ääremaa“ või „aaremaa“.',
  number: 'Tunnistuse number',
  numberHint: 'Täpselt nagu tunnistusel, nt ETEL-T3-0001.',
  qualification: 'Kutse',
  body: 'Kutse andja',
  any: 'Kõik',
  submit: 'Otsi',
  clear: 'Tühjenda otsing',
  found: (total: number, more: boolean) =>
    more
      ? `Leitud üle ${total.toLocaleString('et')} tunnistuse. Täpsusta otsingut.`
      : total === 1
        ? 'Leitud 1 tunnistus.'
        : `Leitud ${total} tunnistust.`,
  caption: (page: number, pages: number) => `Avalikud kutsetunnistused, lehekülg ${page} / ${pages}`,
  holder: 'Omanik',
  certificate: 'Number',
  validity: 'Kehtivus',
  issuedOn: 'Välja antud',
  validUntil: 'kehtib kuni',
  indefinite: 'tähtajatu',
  status: 'Staatus',
  empty: 'Ühtegi avalikku tunnistust ei leitud.',
  emptyHint:
    'Kontrolli nime ja numbri kirjapilti või eemalda mõni tingimus. Varjatud tunnistust saab kontrollida tunnistusel oleva QR-koodi või numbri ja omaniku nimega kontrolli lehel.',
  verify: 'Kontrolli tunnistust',
  pages: 'Leheküljed',
  page: 'Lehekülg',
  previous: 'Eelmine lehekülg',
  next: 'Järgmine lehekülg',
  pageOf: (page: number, pages: number) => `Lehekülg ${page} / ${pages}`,
  pastLastPage: (pages: number) => `Sellist lehekülge ei ole: tulemusi on ${pages} leheküljel.`,
  firstPage: 'Esimesele leheküljele',
  invalid: 'Otsingut ei saanud teha:',
  tooMany: (seconds: number) =>
    `Teie võrgust on tulnud liiga palju otsinguid. Proovige uuesti ${seconds} sekundi pärast.`,
  statuses: {
    valid: 'Kehtiv',
    expired: 'Kehtivus lõppenud',
    revoked: 'Kehtetuks tunnistatud',
    replaced: 'Asendatud',
  } satisfies Record<CertificateStatus, string>,
};

export type RegisterWords = typeof et;

export const registerWording: Record<'et' | 'en', RegisterWords> = {
  et,
  en: {
    title: 'Register of professional certificates',
    site: 'Qualifications register',
    intro:
      'Search published professional certificates by the holder’s name, the certificate’s number, the qualification or the awarding body. The register shows only the certificates their holders have made public.',
    otherLanguage: { label: 'Eesti keeles', lang: 'et' },
    search: 'Search',
    name: 'Holder’s name',
    nameHint: 'With or without Estonian letters, e.g. “Ääremaa” or “aaremaa”.',
    number: 'Certificate number',
    numberHint: 'Exactly as on the certificate, e.g. ETEL-T3-0001.',
    qualification: 'Qualification',
    body: 'Awarding body',
    any: 'Any',
    submit: 'Search',
    clear: 'Clear the search',
    found: (total, more) =>
      more
        ? `More than ${total.toLocaleString('en')} certificates found. Narrow the search.`
        : total === 1
          ? '1 certificate found.'
          : `${total} certificates found.`,
    caption: (page, pages) => `Public professional certificates, page ${page} of ${pages}`,
    holder: 'Holder',
    certificate: 'Number',
    validity: 'Validity',
    issuedOn: 'Issued',
    validUntil: 'valid until',
    indefinite: 'indefinite',
    status: 'Status',
    empty: 'No public certificate was found.',
    emptyHint:
      'Check the spelling of the name and number, or remove a condition. A hidden certificate can be checked on the verification page with the QR code on the certificate, or with its number and the holder’s name.',
    verify: 'Verify the certificate',
    pages: 'Pages',
    page: 'Page',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    pastLastPage: (pages) =>
      `There is no such page: the results fill ${pages === 1 ? '1 page' : `${pages} pages`}.`,
    firstPage: 'To the first page',
    invalid: 'The search could not be made:',
    tooMany: (seconds) => `Too many searches from your network. Try again in ${seconds} seconds.`,
    statuses: {
      valid: 'Valid',
      expired: 'Expired',
      revoked: 'Revoked',
      replaced: 'Replaced',
    },
  },
};

/** The 429's detail, in the request's language. */
export const tooManySearches = (seconds: number) => (language: 'et' | 'en') =>
  language === 'en'
    ? `Too many register searches from your network. Try again in ${seconds} s.`
    : `Teie võrgust on tulnud liiga palju registri otsinguid. Proovige uuesti ${seconds} s pärast.`;
