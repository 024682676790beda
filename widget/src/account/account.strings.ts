// The element's own words in Estonian, the source language (English is in .strings.en.ts, loaded
// only when needed). The person's name comes from the API and is shown as given.
import type { Translations } from '../shared/i18n.ts';
import type { SignInError } from '../shared/session.ts';

const et = {
  signIn: 'Logi sisse',
  signOut: 'Logi välja',
  cancel: 'Katkesta',
  signingIn: 'Sisselogimine käib hüpikaknas…',
  /** Followed by the person's name. */
  signedInAs: 'Sisse logitud:',
  signedOut: 'Olete välja logitud.',
  cancelled: 'Sisselogimine katkestati.',
  expired: 'Teie seanss on lõppenud — logige uuesti sisse.',
  idle: 'Teid logiti välja, sest lehel ei tehtud 30 minutit midagi. Logige uuesti sisse.',
  errors: {
    access_denied: 'Sisselogimine katkestati või sellest keelduti.',
    login_failed: 'Sisselogimine ebaõnnestus. Proovige uuesti.',
    origin_not_allowed:
      'Sellel veebilehel ei saa sisse logida: kutse andja pole seda lehte Kutses registreerinud.',
    popup_blocked:
      'Brauser ei lubanud sisselogimise hüpikakent avada. Lubage selle saidi hüpikaknad ja proovige uuesti.',
    attempt_expired: 'Sisselogimine jäi pooleli või aegus. Proovige uuesti.',
    timed_out: 'Sisselogimine võttis liiga kaua aega. Proovige uuesti.',
  } satisfies Record<SignInError, string>,
  misconfigured: 'Vidinal puudub atribuut body.',
};

export type AccountStrings = typeof et;

/** Estonian first, English second (its own chunk). */
export const strings: Translations<AccountStrings> = {
  et,
  en: () => import('./account.strings.en.ts').then((module) => module.en),
};
