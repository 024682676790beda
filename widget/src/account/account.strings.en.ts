// The element's own words in English, loaded the first time an element speaks English.
import { signInErrorsEn } from '../shared/sign-in-errors.en.ts';
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
  errors: signInErrorsEn,
  misconfigured: 'The widget is missing its body attribute.',
};
