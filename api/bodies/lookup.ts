// An awarding body named in a path, or 404.
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { awardingBodies } from '../../db/schema/index.ts';
import { notFound } from '../http/problem.ts';

export async function bodyBySlug(db: Database, slug: string) {
  const [body] = await db
    .select({ id: awardingBodies.id, slug: awardingBodies.slug })
    .from(awardingBodies)
    .where(eq(awardingBodies.slug, slug));
  if (!body) throw notFound(`Awarding body ${slug}`);
  return body;
}
