// Why signing in failed, in Estonian: the same sentences in the account element and the form, kept
// once in the chunk every signed-in component loads (English in sign-in-errors.en.ts, with the
// components' English words).
import type { SignInError } from './session.ts';

export const signInErrors = {
  access_denied: 'Sisselogimine katkestati või sellest keelduti.',
  login_failed: 'Sisselogimine ebaõnnestus. Proovige uuesti.',
  origin_not_allowed:
    'Sellel veebilehel ei saa sisse logida: kutse andja pole seda lehte Kutses registreerinud.',
  popup_blocked:
    'Brauser ei lubanud sisselogimise hüpikakent avada. Lubage selle saidi hüpikaknad ja proovige uuesti.',
  attempt_expired: 'Sisselogimine jäi pooleli või aegus. Proovige uuesti.',
  timed_out: 'Sisselogimine võttis liiga kaua aega. Proovige uuesti.',
} satisfies Record<SignInError, string>;
