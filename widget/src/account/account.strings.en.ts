// The element's own words in English, loaded the first time an element speaks English.
import type { AccountStrings } from './account.strings.ts';

export const en: AccountStrings = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  cancel: 'Cancel',
  signingIn: 'Signing in in the pop-up window…',
  signedInAs: 'Signed in as',
  signedOut: 'You have signed out.',
  cancelled: 'Signing in was cancelled.',
  expired: 'Your session has ended — sign in again.',
  idle: 'You were signed out after 30 minutes without doing anything on the page. Sign in again.',
  errors: {
    access_denied: 'Signing in was cancelled or refused.',
    login_failed: 'Signing in failed. Please try again.',
    origin_not_allowed:
      'Signing in is not available on this website: the awarding body has not registered it with Kutse.',
    popup_blocked:
      'Your browser blocked the sign-in pop-up window. Allow pop-ups for this site and try again.',
    attempt_expired: 'Signing in did not finish or has expired. Please try again.',
    timed_out: 'Signing in took too long. Please try again.',
  },
  misconfigured: 'The widget is missing its body attribute.',
};
