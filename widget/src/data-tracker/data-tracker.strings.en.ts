// The data tracker's words in English, loaded the first time an element speaks English.
import { trackerWordingEn } from '../../../contract/data-tracker-wording.en.ts';
import type { DataTrackerStrings } from './data-tracker.strings.ts';

export const en: DataTrackerStrings = {
  title: 'Who has used my data',
  intro: 'Who viewed or changed your data, and why. The newest come first.',
  loading: 'Loading the data tracker…',
  empty: 'Nobody has viewed or changed your data.',
  loadFailed: 'The data tracker could not be loaded.',
  retry: 'Try again',
  more: 'Show more',
  loadingMore: 'Loading more…',
  shown: (count) => `Showing ${count} entries.`,
  allShown: 'All entries are shown.',
  limitReached: (count) => `Showing the latest ${count} entries.`,
  signIn: 'Sign in',
  signingIn: 'Signing in in the pop-up window…',
  signedOut: 'Sign in to see who has used your data.',
  expired: 'Your session has ended — sign in again.',
  signInFailed: 'Signing in did not work. Please try again.',
  networkDown: 'Could not reach the Kutse service. Check your internet connection and try again.',
  misconfigured: 'The widget has no body attribute.',
  who: 'Who',
  body: 'Organisation',
  why: 'Purpose',
  ...trackerWordingEn,
};
