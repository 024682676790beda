// The register search: published certificates only, by the holder's name (every word somewhere in
// it, with or without Estonian letters), an exact number, a qualification and a body, 20 a page.
// Never by personal code: the register names holders by name alone.
import { and, count, eq, type SQL, sql } from 'drizzle-orm';
import {
  REGISTER_COUNT_LIMIT,
  REGISTER_PAGE_SIZE,
  type RegisterPage,
  type RegisterQuery,
} from '../../contract/register.ts';
import type { Database } from '../../db/client.ts';
import { awardingBodies, certificates, persons, qualifications } from '../../db/schema/index.ts';
import { foldName } from '../applications/list-query.ts';
import { certificateView, loadCertificates } from '../certificates/load.ts';

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The holder's name folded as foldName() folds the words searched for (and as migration 0012 folds
 * an applicant's `search_name`): lower case, õ ä ö ü š ž as o a o u s z. Upper-case letters are
 * folded too, in case the database's lower() leaves them (a "C" collation).
 */
const foldedHolderName = sql`translate(lower(${persons.givenName} || ' ' || ${persons.familyName}), 'ÕÄÖÜŠŽõäöüšž', 'oaouszoaousz')`;

/** The conditions of a search; a certificate must always be published to be found. */
export function registerConditions(query: RegisterQuery): SQL | undefined {
  const where: SQL[] = [eq(certificates.public, true)];
  const words = foldName(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  for (const word of words) where.push(sql`${foldedHolderName} like ${`%${likeEscaped(word)}%`}`);
  if (query.number) where.push(eq(certificates.number, query.number));
  if (query.qualification) where.push(eq(qualifications.slug, query.qualification));
  if (query.body) where.push(eq(awardingBodies.slug, query.body));
  return and(...where);
}

/**
 * One page of the register, with the number of matches in all.
 * @example await searchRegister(db, { q: 'aaremaa' }, { language: 'et', publicUrl, today })
 */
export async function searchRegister(
  db: Database,
  query: RegisterQuery,
  view: { language: 'et' | 'en'; publicUrl: string; today: string },
): Promise<RegisterPage> {
  const page = query.page ?? 1;
  const where = registerConditions(query);
  // Counting stops one past the limit: a broad search over a million certificates costs no more
  // than reading 10 001 index entries.
  const matches = db
    .select({ one: sql`1` })
    .from(certificates)
    .innerJoin(persons, eq(persons.id, certificates.holderId))
    .innerJoin(qualifications, eq(qualifications.id, certificates.qualificationId))
    .innerJoin(awardingBodies, eq(awardingBodies.id, certificates.bodyId))
    .where(where)
    .limit(REGISTER_COUNT_LIMIT + 1)
    .as('matches');
  const [rows, [counted]] = await Promise.all([
    loadCertificates(db, where, { limit: REGISTER_PAGE_SIZE, offset: (page - 1) * REGISTER_PAGE_SIZE }),
    db.select({ total: count() }).from(matches),
  ]);
  const total = counted?.total ?? 0;
  return {
    certificates: rows.map((row) => certificateView(row, view)),
    total: Math.min(total, REGISTER_COUNT_LIMIT),
    more: total > REGISTER_COUNT_LIMIT,
    page,
    pageSize: REGISTER_PAGE_SIZE,
  };
}
