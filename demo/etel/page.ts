// The demo awarding-body website: a page of ETEL's as a real body would build it, embedding
// Kutse with one script tag and one element. Plain HTML on purpose: that is what bodies paste.
export type DemoLanguage = 'et' | 'en';
/**
 * The site's pages that embed Kutse: the qualification's description, applying, my applications,
 * a certificate owner's own page, and a page showing a holder's certificate card.
 */
export type DemoPage = 'qualifications' | 'apply' | 'applications' | 'certificates' | 'holders';

/** Each page's address in each language. */
export const PATHS: Record<DemoPage, Record<DemoLanguage, string>> = {
  qualifications: { et: '/', en: '/en' },
  apply: { et: '/taotle', en: '/en/apply' },
  applications: { et: '/minu-taotlused', en: '/en/my-applications' },
  certificates: { et: '/minu-tunnistused', en: '/en/my-certificates' },
  holders: { et: '/kutsetunnistused', en: '/en/certificates' },
};

/** The certificate the card on the holders' page shows: the seeded owner's (db/seed/index.ts). */
export const DEMO_CARD_CERTIFICATE = 'ETEL-T3-0001';

const TEXT = {
  et: {
    title: 'Kutse andmine – Eesti Turvaettevõtete Liit (näidisleht)',
    banner: 'Näidisleht: see ei ole Eesti Turvaettevõtete Liidu ametlik veebileht.',
    nav: ['Avaleht', 'Liikmed', 'Kutse andmine', 'Kontakt'],
    pages: {
      qualifications: 'Kutse andmine',
      apply: 'Taotle kutset',
      applications: 'Minu taotlused',
      certificates: 'Minu tunnistused',
      holders: 'Kutsetunnistused',
    },
    heading: 'Kutse andmine',
    applyIntro:
      'Taotlege kutset siin samas: vorm salvestab teie andmed jooksvalt, nii et võite pooleli jätta ja hiljem jätkata.',
    applicationsIntro: 'Teie taotlused ja sõnumid Eesti Turvaettevõtete Liiduga.',
    certificatesIntro:
      'Teie kutsetunnistused: avalikustage või peitke need kutseregistris, laadige alla digitempliga tunnistus, tellige duplikaat või esitage küsimus.',
    wholeHistory: 'Kogu teie andmete kasutus kõigi kutseandjate juures: kutseregistri andmejälgija',
    holdersIntro:
      'Meie liikmete töötajate kutsetunnistused. Iga tunnistuse ehtsust saab kontrollida kutseregistrist.',
    applyLink: 'Taotle Turvajuht, tase 5 kutset',
    intro:
      'Eesti Turvaettevõtete Liit on turvateenistuse valdkonna kutseandja. Allpool on kutse taotlemise eeltingimused, esitatavad dokumendid, tasud ja eksamiajad.',
    other: 'In English',
  },
  en: {
    title: 'Qualifications – Estonian Security Companies Association (demo page)',
    banner: 'Demo page: this is not the official website of the Estonian Security Companies Association.',
    nav: ['Home', 'Members', 'Qualifications', 'Contact'],
    pages: {
      qualifications: 'Qualifications',
      apply: 'Apply',
      applications: 'My applications',
      certificates: 'My certificates',
      holders: 'Certificates',
    },
    heading: 'Qualifications',
    applyIntro: 'Apply right here: the form saves as you go, so you can stop and continue later.',
    applicationsIntro: 'Your applications and messages with the Estonian Security Companies Association.',
    certificatesIntro:
      'Your professional certificates: publish or hide them in the register, download a sealed certificate, order a duplicate or ask a question.',
    wholeHistory: 'Your data’s use at every awarding body: the register’s data tracker',
    holdersIntro:
      'Certificates of our members’ staff. Anyone can check that a certificate is genuine in the register.',
    applyLink: 'Apply for Security Manager, level 5',
    intro:
      'The Estonian Security Companies Association awards qualifications in security services. Below are the prerequisites, documents, fees and exam dates for applying.',
    other: 'Eesti keeles',
  },
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The page's HTML, pointing the script tag at the Kutse API's origin. */
export function etelPage({
  apiUrl,
  language,
  page = 'qualifications',
  qualification = 'turvajuht-5',
}: {
  apiUrl: string;
  language: DemoLanguage;
  page?: DemoPage;
  qualification?: string;
}): string {
  const t = TEXT[language];
  const other: DemoLanguage = language === 'et' ? 'en' : 'et';
  // The qualification comes from the address: only a slug goes into the page.
  const chosen = SLUG.test(qualification) ? qualification : 'turvajuht-5';
  // What an awarding body pastes: the script tag and one element.
  const lang = language === 'en' ? ' lang="en"' : '';
  const element = {
    qualifications: `<kutse-qualification-info body="etel" qualification="${chosen}"${lang}></kutse-qualification-info>
      <p><a class="cta" href="${PATHS.apply[language]}?kutse=${chosen}">${t.applyLink}</a></p>`,
    apply: `<p>${t.applyIntro}</p>
      <kutse-application-form body="etel" qualification="${chosen}"${lang}></kutse-application-form>`,
    applications: `<p>${t.applicationsIntro}</p>
      <kutse-status-tracker body="etel"${lang}></kutse-status-tracker>`,
    certificates: `<p>${t.certificatesIntro}</p>
      <kutse-my-certificates body="etel"${lang}></kutse-my-certificates>
      <kutse-data-tracker body="etel"${lang}></kutse-data-tracker>
      <p><a href="${apiUrl}/andmejalgija${language === 'en' ? '?lang=en' : ''}">${t.wholeHistory}</a></p>`,
    holders: `<p>${t.holdersIntro}</p>
      <kutse-certificate-card certificate="${DEMO_CARD_CERTIFICATE}"${lang}></kutse-certificate-card>`,
  }[page];
  const heading = page === 'qualifications' ? t.heading : t.pages[page];
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${heading} – ${t.title}</title>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${apiUrl}; connect-src 'self' ${apiUrl}; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:" />
    <link rel="stylesheet" href="/site.css" />
  </head>
  <body>
    <p class="banner">${t.banner}</p>
    <header>
      <div class="brand"><span class="logo" aria-hidden="true">ETEL</span> Eesti Turvaettevõtete Liit</div>
      <kutse-account body="etel"${lang}></kutse-account>
      <nav aria-label="${language === 'et' ? 'Peamenüü' : 'Main menu'}">
        ${(Object.keys(PATHS) as DemoPage[])
          .map(
            (p) =>
              `<a href="${PATHS[p][language]}"${p === page ? ' aria-current="page"' : ''}>${t.pages[p]}</a>`,
          )
          .join('\n        ')}
        <a class="language" href="${PATHS[page][other]}${page === 'apply' ? `?kutse=${chosen}` : ''}" lang="${other}">${t.other}</a>
      </nav>
    </header>
    <main>
      <h1>${heading}</h1>
      ${page === 'qualifications' ? `<p>${t.intro}</p>` : ''}
      <script type="module" src="${apiUrl}/widget/kutse.js"></script>
      ${element}
    </main>
    <footer>Eesti Turvaettevõtete Liit · EE552200001120063926</footer>
  </body>
</html>`;
}
