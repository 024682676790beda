// The demo awarding-body website: a page of ETEL's as a real body would build it, embedding
// Kutse with one script tag and one element. Plain HTML on purpose: that is what bodies paste.
export type DemoLanguage = 'et' | 'en';

const TEXT = {
  et: {
    title: 'Kutse andmine – Eesti Turvaettevõtete Liit (näidisleht)',
    banner: 'Näidisleht: see ei ole Eesti Turvaettevõtete Liidu ametlik veebileht.',
    nav: ['Avaleht', 'Liikmed', 'Kutse andmine', 'Kontakt'],
    heading: 'Kutse andmine',
    intro:
      'Eesti Turvaettevõtete Liit on turvateenistuse valdkonna kutseandja. Allpool on kutse taotlemise eeltingimused, esitatavad dokumendid, tasud ja eksamiajad.',
    other: 'In English',
    otherHref: '/en',
  },
  en: {
    title: 'Qualifications – Estonian Security Companies Association (demo page)',
    banner: 'Demo page: this is not the official website of the Estonian Security Companies Association.',
    nav: ['Home', 'Members', 'Qualifications', 'Contact'],
    heading: 'Qualifications',
    intro:
      'The Estonian Security Companies Association awards qualifications in security services. Below are the prerequisites, documents, fees and exam dates for applying.',
    other: 'Eesti keeles',
    otherHref: '/',
  },
} as const;

/** The page's HTML, pointing the script tag at the Kutse API's origin. */
export function etelPage({ apiUrl, language }: { apiUrl: string; language: DemoLanguage }): string {
  const t = TEXT[language];
  // What an awarding body pastes: these two lines and nothing else.
  const lang = language === 'en' ? ' lang="en"' : '';
  const embed = `<script type="module" src="${apiUrl}/widget/kutse.js"></script>
      <kutse-qualification-info body="etel" qualification="turvajuht-5"${lang}></kutse-qualification-info>`;
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${t.title}</title>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${apiUrl}; connect-src 'self' ${apiUrl}; style-src 'self' 'unsafe-inline'" />
    <link rel="stylesheet" href="/site.css" />
  </head>
  <body>
    <p class="banner">${t.banner}</p>
    <header>
      <div class="brand"><span class="logo" aria-hidden="true">ETEL</span> Eesti Turvaettevõtete Liit</div>
      <kutse-account body="etel"${lang}></kutse-account>
      <nav aria-label="${language === 'et' ? 'Peamenüü' : 'Main menu'}">
        ${t.nav.map((item, i) => `<a href="#"${i === 2 ? ' aria-current="page"' : ''}>${item}</a>`).join('\n        ')}
        <a class="language" href="${t.otherHref}" lang="${language === 'et' ? 'en' : 'et'}">${t.other}</a>
      </nav>
    </header>
    <main>
      <h1>${t.heading}</h1>
      <p>${t.intro}</p>
      ${embed}
    </main>
    <footer>Eesti Turvaettevõtete Liit · EE552200001120063926</footer>
  </body>
</html>`;
}
