// Why signing in failed, in English: loaded with the components' English words.
import type { signInErrors } from './sign-in-errors.ts';

export const signInErrorsEn: typeof signInErrors = {
  access_denied: 'Signing in was cancelled or refused.',
  login_failed: 'Signing in failed. Please try again.',
  origin_not_allowed:
    'Signing in is not available on this website: the awarding body has not registered it with Kutse.',
  popup_blocked: 'Your browser blocked the sign-in pop-up window. Allow pop-ups for this site and try again.',
  attempt_expired: 'Signing in did not finish or has expired. Please try again.',
  timed_out: 'Signing in took too long. Please try again.',
};
