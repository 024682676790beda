// The register page's choices: the awarding bodies and qualifications one may filter by, named in
// the reader's language.
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { awardingBodies, qualifications } from '../../db/schema/index.ts';

export type RegisterOptions = {
  bodies: { slug: string; name: string }[];
  qualifications: { slug: string; name: string; body: string }[];
};

/** Every body and qualification, by name in `language`. */
export async function registerOptions(db: Database, language: 'et' | 'en'): Promise<RegisterOptions> {
  const en = language === 'en';
  const bodyName = en ? awardingBodies.nameEn : awardingBodies.nameEt;
  const qualificationName = en ? qualifications.nameEn : qualifications.nameEt;
  const [bodies, rows] = await Promise.all([
    db.select({ slug: awardingBodies.slug, name: bodyName }).from(awardingBodies).orderBy(asc(bodyName)),
    db
      .select({ slug: qualifications.slug, name: qualificationName, body: bodyName })
      .from(qualifications)
      .innerJoin(awardingBodies, eq(awardingBodies.id, qualifications.bodyId))
      .orderBy(asc(qualificationName)),
  ]);
  // A slug is unique within its body only: two bodies' same slug is one choice (the filter is by slug).
  const seen = new Set<string>();
  return { bodies, qualifications: rows.filter((q) => !seen.has(q.slug) && seen.add(q.slug)) };
}
