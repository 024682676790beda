// The people the login page offers: the seeded ones, so a demo login lands on someone the
// database knows (applicants, certificate holders, staff of the bodies).
import { personalCodeBirthDate } from '../../contract/personal-code.ts';
import { SEED_PEOPLE } from '../../db/seed/people.ts';

export type TestPerson = {
  personalCode: string;
  givenName: string;
  familyName: string;
};

export const TEST_PEOPLE: readonly TestPerson[] = Object.values(SEED_PEOPLE).map(
  ({ personalCode, givenName, familyName }) => ({ personalCode, givenName, familyName }),
);

/** TARA's subject: the country code and the identifier, verbatim (`EE60001019906`). */
export function subjectOf(personalCode: string): string {
  return `EE${personalCode}`;
}

/** The `profile_attributes` claim TARA puts in the ID token. */
export function profileAttributes(person: TestPerson) {
  return {
    given_name: person.givenName,
    family_name: person.familyName,
    // TARA derives the date of birth from the personal code, so this does too.
    date_of_birth: personalCodeBirthDate(person.personalCode),
  };
}
