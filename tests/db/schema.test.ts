import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPersonalCode } from '../../contract/personal-code.ts';
import { auditEvents, certificates, feeItems, persons, qualifications } from '../../db/schema/index.ts';
import { seed } from '../../db/seed/index.ts';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** The PostgreSQL error code of a failed statement (drizzle wraps driver errors in `.cause`). */
async function sqlStateOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? (error as { code?: string }).code;
  }
  return undefined;
}

describe('migrations and seed', () => {
  it('applies the migrations again without change and seeds only once', async () => {
    await database.migrate();
    expect(await seed(database.db, { clock: database.clock, windows: 'page' })).toBe(false);
    const [{ count } = { count: 0 }] = await database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(persons);
    expect(count).toBe(Object.keys(SEED_PEOPLE).length);
  });

  it('seeds only people with valid personal codes, identified as EE + personal code', async () => {
    const people = await database.db.select().from(persons);
    for (const person of people) {
      expect(isPersonalCode(person.personalCode ?? '')).toBe(true);
      expect(person.subject).toBe(`EE${person.personalCode}`);
    }
  });

  it('seeds the certificates the later flows need, dated from the clock', async () => {
    const rows = await database.db
      .select({
        number: certificates.number,
        validUntil: certificates.validUntil,
        status: certificates.status,
        slug: qualifications.slug,
      })
      .from(certificates)
      .innerJoin(qualifications, eq(qualifications.id, certificates.qualificationId));
    const bySlugAndStatus = rows.map((r) => `${r.slug}:${r.status}:${r.validUntil ?? 'indefinite'}`);
    expect(bySlugAndStatus).toEqual([
      'turvatootaja-3:valid:indefinite',
      'turvajuht-5:expired:2024-03-15',
      'turvajuht-5:expired:2021-05-15',
      'turvatootaja-ii:valid:indefinite',
    ]);
  });
});

describe('what the database itself refuses', () => {
  it('refuses a negative fee', async () => {
    const [fee] = await database.db.select().from(feeItems).limit(1);
    const state = await sqlStateOf(
      database.db
        .update(feeItems)
        .set({ netCents: -100 })
        .where(eq(feeItems.id, fee?.id as number)),
    );
    expect(state).toBe('23514');
  });

  it('keeps the audit trail append-only', async () => {
    const [event] = await database.db
      .insert(auditEvents)
      .values({ at: database.clock.now(), actorRole: 'system', action: 'test.write', entity: 'test' })
      .returning();
    expect(
      await sqlStateOf(
        database.db
          .update(auditEvents)
          .set({ action: 'changed' })
          .where(eq(auditEvents.id, event?.id as number)),
      ),
    ).toBe('42501');
    expect(
      await sqlStateOf(database.db.delete(auditEvents).where(eq(auditEvents.id, event?.id as number))),
    ).toBe('42501');
  });
});
