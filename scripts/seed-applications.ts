// Many applications at ETEL, for the console's list on a realistic scale (issue 12: 100 000):
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kutse node scripts/seed-applications.ts --count 100000
//
// into a migrated and seeded database (npm start, or db/seed). Fictional people with Estonian names
// and valid personal codes, one application each, spread over ETEL's qualifications and kinds,
// every state but draft, two years of submit dates, past exam sessions (made here, two a month) and
// fees received or not. Deterministic (a seeded generator): the same count gives the same rows.
// Rows go in as column arrays through unnest(), 10 000 a statement: 100 000 in about 10 s.
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import type { ApplicationState } from '../contract/application-states.ts';
import { personalCodeCheckDigit } from '../contract/personal-code.ts';

const GIVEN = [
  'Mari',
  'Jaan',
  'Tõnu',
  'Ülle',
  'Jüri',
  'Mart',
  'Kadri',
  'Liis',
  'Andres',
  'Kätlin',
  'Märt',
  'Sirje',
  'Priit',
  'Õnne',
  'Tiit',
  'Ene',
  'Rein',
  'Aivar',
  'Merike',
  'Küllike',
  'Toomas',
  'Piret',
  'Urmas',
  'Maarja',
  'Kristjan',
  'Anu',
  'Siim',
  'Triin',
  'Raivo',
  'Külli',
  'Margus',
  'Helle',
  'Tõnis',
  'Eve',
  'Ülo',
  'Reet',
  'Madis',
  'Signe',
  'Heiki',
  'Pille',
  'Jaanus',
  'Ants',
  'Liina',
  'Tarmo',
  'Šarlota',
];
const FAMILY = [
  'Tamm',
  'Saar',
  'Sepp',
  'Mägi',
  'Kask',
  'Kukk',
  'Rebane',
  'Ilves',
  'Pärn',
  'Koppel',
  'Lepik',
  'Kõiv',
  'Oja',
  'Raudsepp',
  'Vaher',
  'Lepp',
  'Kallas',
  'Luik',
  'Mets',
  'Põder',
  'Järv',
  'Kuusk',
  'Karu',
  'Org',
  'Lõhmus',
  'Laur',
  'Kruus',
  'Rätsep',
  'Jõgi',
  'Sild',
  'Männik',
  'Ots',
  'Uibo',
  'Toom',
  'Kivi',
  'Liiv',
  'Nõmm',
  'Paju',
  'Öpik',
  'Üksküla',
  'Žukov',
  'Šmidt',
  'Tammsaar',
  'Kaasik',
  'Hunt',
];
// Most applications are settled; some wait for the body, a few are elsewhere.
const STATES: [ApplicationState, number][] = [
  ['submitted', 10],
  ['returned', 4],
  ['resubmitted', 3],
  ['admitted', 12],
  ['exam_booked', 6],
  ['assessed', 5],
  ['granted', 45],
  ['refused', 5],
  ['withdrawn', 6],
  ['rejected', 4],
];
const IN_A_SESSION = new Set<ApplicationState>(['admitted', 'exam_booked', 'assessed', 'granted', 'refused']);
const PLACES = ['Tallinn', 'Tartu', 'Pärnu', 'Jõhvi', 'Narva'];
const BATCH = 10_000;
const DAY = 86_400_000;

/** mulberry32: a small seeded generator, so every run makes the same rows. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const weighted = <T>(list: readonly [T, number][]) => {
    const total = list.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [value, w] of list) {
      r -= w;
      if (r < 0) return value;
    }
    return (list.at(-1) as [T, number])[0];
  };
  return { next, pick, weighted };
}

/** A valid personal code: a birth day 1950–2004, either sex, a random serial (the caller keeps them unique). */
function personalCode(random: ReturnType<typeof generator>): string {
  const year = 1950 + Math.floor(random.next() * 55);
  const birth = new Date(Date.UTC(year, 0, 1) + Math.floor(random.next() * 365) * DAY);
  const century = year >= 2000 ? 5 : 3;
  const sex = century + (random.next() < 0.5 ? 0 : 1);
  const ymd = birth.toISOString().slice(2, 10).replaceAll('-', '');
  const serial = String(Math.floor(random.next() * 1000)).padStart(3, '0');
  const firstTen = `${sex}${ymd}${serial}`;
  return `${firstTen}${personalCodeCheckDigit(firstTen)}`;
}

export type SeedOptions = { count: number; body?: string; now?: Date; seed?: number };

/**
 * Adds `count` applications (and their applicants) at the body; returns how long it took.
 * @example await seedManyApplications(postgres(url), { count: 100_000 })
 */
export async function seedManyApplications(
  sql: postgres.Sql,
  { count, body = 'etel', now = new Date(), seed = 12 }: SeedOptions,
): Promise<{ ms: number; applications: number }> {
  const started = performance.now();
  const random = generator(seed);
  const [bodyRow] = await sql<{ id: number }[]>`select id from awarding_bodies where slug = ${body}`;
  if (!bodyRow) throw new Error(`no awarding body ${body}: migrate and seed the database first`);
  const kinds = await sql<{ id: number; qualificationId: number }[]>`
    select k.id, k.qualification_id as "qualificationId" from application_kinds k
    join qualifications q on q.id = k.qualification_id
    where q.body_id = ${bodyRow.id} and q.awarded_until is null`;
  if (!kinds.length) throw new Error(`${body} has no qualifications awarded today`);

  // Past exam sessions: two a month per qualification over the two years.
  const qualificationIds = [...new Set(kinds.map((k) => k.qualificationId))];
  const sessionRows = qualificationIds.flatMap((q) =>
    Array.from({ length: 48 }, (_, i) => {
      const startsAt = new Date(now.getTime() - (730 - i * 15) * DAY);
      return { q, startsAt, place: PLACES[i % PLACES.length] as string };
    }),
  );
  const sessions = await sql<{ id: number; qualificationId: number; startsAt: Date }[]>`
    insert into exam_sessions (body_id, qualification_id, starts_at, place, capacity, registration_deadline, demo_values)
    select ${bodyRow.id}, q, s, p, 500, s - interval '7 days', true
    from unnest(${sessionRows.map((r) => r.q)}::int[], ${sessionRows.map((r) => r.startsAt.toISOString())}::timestamptz[], ${sessionRows.map((r) => r.place)}::text[]) as t(q, s, p)
    returning id, qualification_id as "qualificationId", starts_at as "startsAt"`;
  const sessionsOf = new Map<number, { id: number; startsAt: Date }[]>();
  for (const s of sessions)
    sessionsOf.set(s.qualificationId, [...(sessionsOf.get(s.qualificationId) ?? []), s]);

  const codes = new Set<string>(
    (
      await sql<{ code: string }[]>`select personal_code as code from persons where personal_code is not null`
    ).map((r) => r.code),
  );
  for (let from = 0; from < count; from += BATCH) {
    const n = Math.min(BATCH, count - from);
    const people = {
      subject: [] as string[],
      code: [] as string[],
      given: [] as string[],
      family: [] as string[],
      birth: [] as string[],
    };
    const apps = {
      kind: [] as number[],
      state: [] as string[],
      session: [] as (number | null)[],
      snapshot: [] as string[],
      submitted: [] as string[],
      updated: [] as string[],
      fee: [] as (string | null)[],
      documents: [] as (string | null)[],
      version: [] as number[],
    };
    for (let i = 0; i < n; i++) {
      let code = personalCode(random);
      while (codes.has(code)) code = personalCode(random);
      codes.add(code);
      const givenName = random.pick(GIVEN);
      const familyName = random.pick(FAMILY);
      people.subject.push(`EE${code}`);
      people.code.push(code);
      people.given.push(givenName);
      people.family.push(familyName);
      const century = Number(code[0]) >= 5 ? '20' : '19';
      people.birth.push(`${century}${code.slice(1, 3)}-${code.slice(3, 5)}-${code.slice(5, 7)}`);
      const kind = random.pick(kinds);
      const state = random.weighted(STATES);
      const submitted = new Date(now.getTime() - Math.floor(random.next() * 730 * DAY));
      const options = IN_A_SESSION.has(state)
        ? (sessionsOf.get(kind.qualificationId) ?? []).filter((s) => s.startsAt > submitted)
        : [];
      const session = options.length ? random.pick(options.slice(0, 4)) : null;
      const settled = IN_A_SESSION.has(state) || (state === 'submitted' && random.next() < 0.3);
      const later = new Date(submitted.getTime() + Math.floor(random.next() * 10 * DAY));
      apps.kind.push(kind.id);
      apps.state.push(state);
      apps.session.push(session?.id ?? null);
      apps.snapshot.push(
        JSON.stringify({
          givenName,
          familyName,
          personalCode: code,
          email: `${foldAscii(givenName)}.${foldAscii(familyName)}@example.ee`,
          phone: null,
        }),
      );
      apps.submitted.push(submitted.toISOString());
      apps.updated.push((settled ? later : submitted).toISOString());
      apps.fee.push(settled ? later.toISOString() : null);
      apps.documents.push(IN_A_SESSION.has(state) ? later.toISOString() : null);
      apps.version.push(settled ? 3 : 1);
    }
    await sql.begin(async (tx) => {
      const ids = await tx<{ id: string }[]>`
        insert into persons (subject, personal_code, given_name, family_name, date_of_birth, email)
        select s, c, g, f, b::date, null
        from unnest(${people.subject}::text[], ${people.code}::text[], ${people.given}::text[], ${people.family}::text[], ${people.birth}::text[])
          with ordinality as t(s, c, g, f, b, n)
        order by n
        returning id`;
      const applicantIds = ids.map((r) => r.id);
      const inserted = await tx<{ id: string; applicantId: string; submittedAt: Date; state: string }[]>`
        insert into applications (body_id, application_kind_id, applicant_id, submitted_by_id, channel, state,
          exam_session_id, applicant, created_at, updated_at, submitted_at, version, fee_received_at, documents_accepted_at)
        select ${bodyRow.id}, k, a, a, 'self', st::application_state, se, sn::jsonb, su, up, su, v, fe, dc
        from unnest(${apps.kind}::int[], ${applicantIds}::uuid[], ${apps.state}::text[], ${apps.session}::int[],
          ${apps.snapshot}::text[], ${apps.submitted}::timestamptz[], ${apps.updated}::timestamptz[], ${apps.version}::int[],
          ${apps.fee}::timestamptz[], ${apps.documents}::timestamptz[])
          as t(k, a, st, se, sn, su, up, v, fe, dc)
        returning id, applicant_id as "applicantId", submitted_at as "submittedAt", state`;
      // Each one's submission in its history (the later steps are not made up).
      await tx`
        insert into application_transitions (application_id, from_state, to_state, step, actor_id, at)
        select i, 'draft', 'submitted', 'submit', a, t from unnest(
          ${inserted.map((r) => r.id)}::uuid[], ${inserted.map((r) => r.applicantId)}::uuid[], ${inserted.map((r) => r.submittedAt.toISOString())}::timestamptz[]
        ) as u(i, a, t)`;
    });
  }
  await sql`analyze applications`;
  return { ms: performance.now() - started, applications: count };
}

/** A name as an e-mail address's part: ASCII letters only. */
const foldAscii = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');

if (import.meta.main) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '100000' }, body: { type: 'string', default: 'etel' } },
  });
  const url = process.env.DATABASE_URL;
  const count = Number(values.count);
  if (!url || !Number.isInteger(count) || count < 1) {
    console.error(
      'Usage: DATABASE_URL=postgres://… node scripts/seed-applications.ts --count 100000 [--body etel]',
    );
    process.exit(2);
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const { ms } = await seedManyApplications(sql, { count, body: values.body });
    console.log(`${count} applications at ${values.body} in ${(ms / 1000).toFixed(1)} s`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
