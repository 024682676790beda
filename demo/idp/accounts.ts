// Who signed in, by subject. The seeded people are always known; a typed person is remembered in
// process memory from the login until the ID token is issued. Only this stand-in may do that: the
// real API keeps no state in memory between requests.
import type { Account } from 'oidc-provider';
import { profileAttributes, subjectOf, TEST_PEOPLE, type TestPerson } from './people.ts';

export function createAccounts() {
  const people = new Map<string, TestPerson>(TEST_PEOPLE.map((p) => [subjectOf(p.personalCode), p]));

  return {
    /** Records the person just signed in (a typed person may reuse a seeded code with other names). */
    remember(person: TestPerson): string {
      const sub = subjectOf(person.personalCode);
      people.set(sub, person);
      return sub;
    },

    /** oidc-provider's `findAccount`. */
    async findAccount(_ctx: unknown, sub: string): Promise<Account | undefined> {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, profile_attributes: profileAttributes(person) }),
      };
    },
  };
}
