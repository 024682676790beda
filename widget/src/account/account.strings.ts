// The element's own words in Estonian, the source language (English is in .strings.en.ts, loaded
// only when needed). The person's name comes from the API and is shown as given.
import type { Translations } from '../shared/i18n.ts';
import { signInErrors } from '../shared/sign-in-errors.ts';

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
  errors: signInErrors,
  misconfigured: 'Vidinal puudub atribuut body.',
};

export type AccountStrings = typeof et;

/** Estonian first, English second (its own chunk). */
export const strings: Translations<AccountStrings> = {
  et,
  en: () => import('./account.strings.en.ts').then((module) => module.en),
};
