// Seeded people: applicants and certificate owners for the later flows, and staff of both bodies.
// Every personal code is valid (century digit, real birth date, check digit); names carry the
// letters real ones do (Ä, Õ, Š, Ž, ’).
import type { Transaction } from '../client.ts';
import { persons } from '../schema/index.ts';

export const SEED_PEOPLE = {
  /** A first-time applicant with no certificates. */
  applicant: {
    personalCode: '49107075714',
    givenName: 'Mari',
    familyName: 'Tamm',
    dateOfBirth: '1991-07-07',
  },
  /** Holds a valid, indefinite Turvatöötaja, tase 3. */
  securityOfficer: {
    personalCode: '38503120221',
    givenName: 'Jaan',
    familyName: 'Ääremaa',
    dateOfBirth: '1985-03-12',
  },
  /** Turvajuht, tase 5 that expired two months ago: inside the re-certification window. */
  recentlyExpiredManager: {
    personalCode: '47802154211',
    givenName: 'Kädi',
    familyName: 'O’Connež-Šuslik',
    dateOfBirth: '1978-02-15',
  },
  /** Turvajuht, tase 5 that expired three years ago: far outside the window. */
  longExpiredManager: {
    personalCode: '37209222708',
    givenName: 'Toomas',
    familyName: 'Lõhmus',
    dateOfBirth: '1972-09-22',
  },
  /** Old indefinite Turvatöötaja II from 2010: entitled to VÕTA for level 4. */
  oldQualificationHolder: {
    personalCode: '36601010121',
    givenName: 'Ülo',
    familyName: 'Žukov',
    dateOfBirth: '1966-01-01',
  },
  etelManager: {
    personalCode: '48806064234',
    givenName: 'Piret',
    familyName: 'Põder',
    dateOfBirth: '1988-06-06',
  },
  etelProcessor: {
    personalCode: '37904111651',
    givenName: 'Andres',
    familyName: 'Kivi',
    dateOfBirth: '1979-04-11',
  },
  etelAssessor: {
    personalCode: '48308300348',
    givenName: 'Tiina',
    familyName: 'Saar',
    dateOfBirth: '1983-08-30',
  },
  committeeChair: {
    personalCode: '39001010066',
    givenName: 'Rein',
    familyName: 'Mägi',
    dateOfBirth: '1990-01-01',
  },
  cooksManager: {
    personalCode: '49505050012',
    givenName: 'Liis',
    familyName: 'Näidis',
    dateOfBirth: '1995-05-05',
  },
  /** Runs the registry (all bodies) from the admin console. */
  registryAdmin: {
    personalCode: '47503180229',
    givenName: 'Helle',
    familyName: 'Kask',
    dateOfBirth: '1975-03-18',
  },
  /** Acts for a (fictional) security company under an ETEL mandate for Turvatöötaja, tase 3 only. */
  etelPartner: {
    personalCode: '38207040131',
    givenName: 'Margus',
    familyName: 'Õunapuu',
    dateOfBirth: '1982-07-04',
  },
} as const;

export type SeedPersonKey = keyof typeof SEED_PEOPLE;

/** Inserts everyone and returns their ids by key. */
export async function seedPeople(tx: Transaction): Promise<Record<SeedPersonKey, string>> {
  const entries = Object.entries(SEED_PEOPLE) as [SeedPersonKey, (typeof SEED_PEOPLE)[SeedPersonKey]][];
  const rows = await tx
    .insert(persons)
    .values(
      entries.map(([, p]) => ({
        ...p,
        subject: `EE${p.personalCode}`,
        email: `${p.givenName
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z]/g, '')}@example.ee`,
      })),
    )
    .returning({ id: persons.id, subject: persons.subject });
  const idBySubject = new Map(rows.map((r) => [r.subject, r.id]));
  return Object.fromEntries(
    entries.map(([key, p]) => [key, idBySubject.get(`EE${p.personalCode}`) as string]),
  ) as Record<SeedPersonKey, string>;
}
