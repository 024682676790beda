// Register notices (issue 13): the scheduled sweep tells each event of a certificate's life once,
// on its Tallinn day, by a notice in both languages and an e-mail through the queue and real SMTP
// (the local server of demo/mail); the clock is moved forward as the months pass.
import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastPace, type Jobs, startJobs } from '../../api/jobs/run.ts';
import { queueNotice } from '../../api/notices/queue.ts';
import { runNoticeSweep } from '../../api/notices/sweep.ts';
import type { Clock } from '../../db/clock.ts';
import { certificates, mailOutbox, notices, persons, qualifications } from '../../db/schema/index.ts';
import { type MailServer, startMailServer } from '../../demo/mail/server.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';
import { waitFor } from './mail.fixtures.ts';

let database: TestDatabase;
let smtp: MailServer;
let jobs: Jobs;
let instant = new Date('2024-05-15T09:00:00+03:00');
/** The clock the sweep (and its scheduled job) reads; each test moves it forward. */
const clock: Clock = { now: () => new Date(instant) };
const at = (when: string) => {
  instant = new Date(when);
};

const mailAbout = (number: string) => smtp.messages().filter((m) => m.subject.includes(number));
const noticesOf = async (number: string) =>
  database.db
    .select({
      milestone: notices.milestone,
      kind: notices.kind,
      textEt: notices.textEt,
      textEn: notices.textEn,
    })
    .from(notices)
    .innerJoin(certificates, eq(certificates.id, notices.certificateId))
    .where(eq(certificates.number, number))
    .orderBy(notices.createdAt);
const statusOf = async (number: string) =>
  (await database.db.query.certificates.findFirst({ where: (c, { eq }) => eq(c.number, number) }))?.status;

/** A new ETEL certificate for the holder of the seeded `ETEL-T3-0001` (Jaan Ääremaa, who has an e-mail address). */
async function certificate(
  number: string,
  values: Partial<typeof certificates.$inferInsert> & { issuedOn: string; validUntil: string | null },
) {
  const jaan = await database.db.query.certificates.findFirst({
    where: (c, { eq }) => eq(c.number, 'ETEL-T3-0001'),
  });
  const [qualification] = await database.db
    .select({ id: qualifications.id })
    .from(qualifications)
    .where(eq(qualifications.slug, 'turvatootaja-3'));
  const [row] = await database.db
    .insert(certificates)
    .values({
      number,
      holderId: jaan?.holderId as string,
      bodyId: jaan?.bodyId as number,
      qualificationId: qualification?.id as number,
      public: true,
      ...values,
    })
    .returning({ id: certificates.id });
  return row?.id as string;
}

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startMailServer({ web: false });
  // Issued five days before the clock: the job's first run, when the queue starts, tells it.
  await certificate('ETEL-T3-9001', { issuedOn: '2024-05-10', validUntil: '2025-01-31' });
  jobs = await startJobs(database, {
    mail: { smtpUrl: smtp.smtpUrl, from: 'Kutse <kutse@kutse.example>' },
    work: true,
    pace: fastPace,
    clock,
    onError: () => {},
  });
}, 300_000);

afterAll(async () => {
  await jobs?.stop();
  await smtp?.close();
  await database?.drop();
}, 120_000);

describe('register notices', () => {
  it('the job, run when the queue starts, tells a new certificate to its holder, and leaves the seeded history alone', async () => {
    const message = await waitFor(() => mailAbout('ETEL-T3-9001')[0], 60_000, 'the issued e-mail');
    expect(message.subject).toBe('Kutsetunnistus ETEL-T3-9001 on välja antud');
    expect(message.to).toEqual(['jaan@example.ee']);
    expect(message.text).toContain('Tere, Jaan Ääremaa!');
    expect(message.text).toContain('Eesti Turvaettevõtete Liit andis teile kutse „Turvatöötaja, tase 3“');
    expect(await noticesOf('ETEL-T3-9001')).toEqual([
      expect.objectContaining({ milestone: 'issued', kind: 'issued' }),
    ]);
    // Issued years ago, expired two months and three years ago: no e-mail out of the blue.
    for (const seeded of ['ETEL-T3-0001', 'ETEL-J5-0002', 'ETEL-J5-0003', 'ETEL-TII-0004']) {
      expect(await noticesOf(seeded)).toEqual([]);
    }
    expect(smtp.messages()).toHaveLength(1);
  }, 90_000);

  it('sends each expiry notice once, on its day, as the months pass, and stores the expired status', async () => {
    const sweepTwice = async () => {
      await runNoticeSweep(database.db, clock, jobs.mail);
      await runNoticeSweep(database.db, clock, jobs.mail);
    };
    at('2024-07-30T09:00:00+03:00'); // six months and a day: nothing yet
    await sweepTwice();
    expect((await noticesOf('ETEL-T3-9001')).map((n) => n.milestone)).toEqual(['issued']);

    at('2024-08-15T09:00:00+03:00'); // 31 January is now within six months
    await sweepTwice();
    at('2025-01-02T09:00:00+02:00'); // and within a month
    await sweepTwice();
    at('2025-01-31T23:30:00+02:00'); // its last day, late in the evening in Tallinn: still valid
    await sweepTwice();
    expect(await statusOf('ETEL-T3-9001')).toBe('valid');
    at('2025-01-31T22:30:00Z'); // 00:30 on 1 February in Tallinn, still 31 January in UTC
    await sweepTwice();
    expect(await statusOf('ETEL-T3-9001')).toBe('expired');
    at('2025-02-10T09:00:00+02:00'); // the next runs find nothing new
    await sweepTwice();

    const told = await noticesOf('ETEL-T3-9001');
    expect(told.map((n) => [n.milestone, n.kind])).toEqual([
      ['issued', 'issued'],
      ['expiring-6m', 'expiring'],
      ['expiring-1m', 'expiring'],
      ['expired', 'expired'],
    ]);
    expect(told[1]).toMatchObject({
      textEt:
        'Teie kutsetunnistus ETEL-T3-9001 („Turvatöötaja, tase 3“) kehtib veel vähem kui kuus kuud, kuni 31.01.2025. Kutse taastõendamiseks pöörduge aegsasti kutse andja poole.',
      textEn:
        'Your certificate ETEL-T3-9001 (“Security Officer, level 3”) is valid for less than six months more, until 31/01/2025. Contact the awarding body in good time to renew it.',
    });
    expect(told[3]?.textEn).toBe(
      'Your certificate ETEL-T3-9001 (“Security Officer, level 3”) was valid until 31/01/2025 and is no longer valid.',
    );

    await waitFor(() => mailAbout('ETEL-T3-9001').length >= 4, 60_000, 'four e-mails');
    await sleep(3_000); // a second e-mail of any of them would have come by now
    expect(mailAbout('ETEL-T3-9001').map((m) => m.subject)).toEqual([
      'Kutsetunnistus ETEL-T3-9001 on välja antud',
      'Kutsetunnistuse ETEL-T3-9001 kehtivus lõpeb',
      'Kutsetunnistuse ETEL-T3-9001 kehtivus lõpeb',
      'Kutsetunnistus ETEL-T3-9001 on aegunud',
    ]);
    const [oneMonth] = mailAbout('ETEL-T3-9001').filter((m) => m.text.includes('vähem kui kuu,'));
    expect(oneMonth?.text).toContain('kehtib veel vähem kui kuu, kuni 31.01.2025');
  }, 180_000);

  it('gives a certificate first seen with three weeks left only the one-month warning', async () => {
    at('2025-03-01T09:00:00+02:00');
    await certificate('ETEL-T3-9002', { issuedOn: '2020-03-21', validUntil: '2025-03-21' });
    await runNoticeSweep(database.db, clock, jobs.mail);
    expect((await noticesOf('ETEL-T3-9002')).map((n) => n.milestone)).toEqual(['expiring-1m']);
  });

  it('two sweeps at once tell a revocation once, with one e-mail', async () => {
    at('2025-03-02T09:00:00+02:00');
    const id = await certificate('ETEL-T3-9003', { issuedOn: '2020-01-10', validUntil: null });
    await database.db
      .update(certificates)
      .set({ status: 'revoked', revokedAt: clock.now(), revokedReason: 'Eksamitöö ei olnud iseseisev.' })
      .where(eq(certificates.id, id));
    const [first, second] = await Promise.all([
      runNoticeSweep(database.db, clock, jobs.mail),
      runNoticeSweep(database.db, clock, jobs.mail),
    ]);
    expect([...(first ?? []), ...(second ?? [])].filter((t) => t.certificateId === id)).toEqual([
      { certificateId: id, milestone: 'revoked' },
    ]);
    const told = await noticesOf('ETEL-T3-9003');
    expect(told.map((n) => n.milestone)).toEqual(['revoked']);
    expect(told[0]?.textEt).toBe(
      'Eesti Turvaettevõtete Liit tunnistas teie kutsetunnistuse ETEL-T3-9003 („Turvatöötaja, tase 3“) kehtetuks. Põhjus: Eksamitöö ei olnud iseseisev.',
    );
    expect(
      await database.db
        .select({ id: mailOutbox.id })
        .from(mailOutbox)
        .where(eq(mailOutbox.idempotencyKey, `notice:${id}:revoked`)),
    ).toHaveLength(1);
    const message = await waitFor(() => mailAbout('ETEL-T3-9003')[0], 60_000, 'the revocation e-mail');
    expect(message.subject).toBe('Kutsetunnistus ETEL-T3-9003 on kehtetuks tunnistatud');
    await sleep(3_000);
    expect(mailAbout('ETEL-T3-9003')).toHaveLength(1);
  }, 120_000);

  it('tells a replaced certificate with the number of the one that replaces it', async () => {
    at('2025-03-03T09:00:00+02:00');
    const old = await certificate('ETEL-T3-9004', { issuedOn: '2020-02-10', validUntil: null });
    const replacement = await certificate('ETEL-T3-9005', { issuedOn: '2025-03-03', validUntil: null });
    await database.db
      .update(certificates)
      .set({ status: 'replaced', replacedById: replacement })
      .where(eq(certificates.id, old));
    await runNoticeSweep(database.db, clock, jobs.mail);
    const [told] = await database.db
      .select({ textEt: notices.textEt, textEn: notices.textEn })
      .from(notices)
      .where(and(eq(notices.certificateId, old), eq(notices.milestone, 'replaced')));
    expect(told).toEqual({
      textEt:
        'Teie kutsetunnistus ETEL-T3-9004 („Turvatöötaja, tase 3“) on asendatud kutsetunnistusega ETEL-T3-9005.',
      textEn:
        'Your certificate ETEL-T3-9004 (“Security Officer, level 3”) has been replaced by certificate ETEL-T3-9005.',
    });
    // The new one is told as issued, the old one not again as issued (it was issued in 2020).
    expect((await noticesOf('ETEL-T3-9005')).map((n) => n.milestone)).toEqual(['issued']);
    expect((await noticesOf('ETEL-T3-9004')).map((n) => n.milestone)).toEqual(['replaced']);
  });

  it('tells an answered request once per answer, and keeps the notice when the holder has no e-mail address', async () => {
    at('2025-03-04T09:00:00+02:00');
    const id = await certificate('ETEL-T3-9006', { issuedOn: '2020-04-10', validUntil: null });
    const answer = (messageId: string) =>
      database.db.transaction((tx) =>
        queueNotice(tx, {
          certificateId: id,
          milestone: `answered:${messageId}`,
          kind: 'answered',
          now: clock.now(),
          mail: jobs.mail,
        }),
      );
    expect(await answer('m-1')).toEqual({ created: true });
    expect(await answer('m-1')).toEqual({ created: false });
    const told = await noticesOf('ETEL-T3-9006');
    expect(told).toEqual([
      {
        milestone: 'answered:m-1',
        kind: 'answered',
        textEt: 'Eesti Turvaettevõtete Liit vastas teie pöördumisele kutsetunnistuse ETEL-T3-9006 kohta.',
        textEn:
          'Estonian Security Companies Association answered your request about certificate ETEL-T3-9006.',
      },
    ]);
    const message = await waitFor(() => mailAbout('ETEL-T3-9006')[0], 60_000, 'the answer e-mail');
    expect(message.subject).toBe('Vastus teie pöördumisele: kutsetunnistus ETEL-T3-9006');

    // Without an address the holder still sees the second answer's notice in their list.
    const holder = await database.db.query.certificates.findFirst({ where: (c, { eq }) => eq(c.id, id) });
    await database.db
      .update(persons)
      .set({ email: null })
      .where(eq(persons.id, holder?.holderId as string));
    expect(await answer('m-2')).toEqual({ created: true });
    expect((await noticesOf('ETEL-T3-9006')).map((n) => n.milestone)).toEqual([
      'answered:m-1',
      'answered:m-2',
    ]);
    expect(
      await database.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.idempotencyKey, `notice:${id}:answered:m-2`)),
    ).toEqual([]);
  }, 90_000);
});
