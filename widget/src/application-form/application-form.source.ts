// Where the form's application lives: the calls it makes to start, save, upload to and submit one
// application, and nothing else. A person applying on a body's site fills in their own (the page's
// session, shared/applications-client.ts); the console gives the form another source, in front of
// the routes where staff apply on a person's behalf (console/on-behalf/on-behalf-source.ts), and
// the form then has no sign-in step of its own: the console's session stands.
import type { ApplicationsClient } from '../shared/applications-client.ts';
import type { SessionState } from '../shared/session.ts';
import type { ApplicationFormStrings } from './application-form.strings.ts';

/**
 * The calls the form makes, as the applicant's client makes them: a source for staff answers the
 * same views, so every step renders as it would for the person.
 */
export type ApplicationSource = Pick<
  ApplicationsClient,
  'list' | 'start' | 'get' | 'patch' | 'submit' | 'removeDocument' | 'uploadDocument'
>;

/** The console's session stands for the page's sign-in: no sign-in step, no "sign in again". */
export const STAFF_SESSION: SessionState = { status: 'signed-in', person: { givenName: '', familyName: '' } };

/** The words for staff: the sign-in step is the person's name, code and contact details. */
export const forStaff = (s: ApplicationFormStrings): ApplicationFormStrings => ({
  ...s,
  steps: { ...s.steps, signIn: s.staff.person },
});
