// E-mail through the durable queue and real SMTP (the local server of demo/mail): queued in the
// caller's transaction, sent once, in the asked language, retried while the SMTP server is down.
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastPace, type Jobs, startJobs } from '../../api/jobs/run.ts';
import { mailOutbox } from '../../db/schema/mail.ts';
import { type MailServer, startMailServer } from '../../demo/mail/server.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';
import { admission, waitFor } from './mail.fixtures.ts';

const FROM = 'Kutse <kutse@kutse.example>';
let database: TestDatabase;
let smtp: MailServer;
let jobs: Jobs;
const errors: Error[] = [];

const row = (key: string) =>
  database.db.query.mailOutbox.findFirst({ where: (outbox, { eq }) => eq(outbox.idempotencyKey, key) });

beforeAll(async () => {
  database = await createTestDatabase({ seeded: false });
  smtp = await startMailServer({ web: true });
  jobs = await startJobs(database, {
    mail: { smtpUrl: smtp.smtpUrl, from: FROM },
    work: true,
    pace: fastPace,
    onError: (error) => errors.push(error),
  });
}, 300_000);

afterAll(async () => {
  await jobs?.stop();
  await smtp?.close();
  await database?.drop();
}, 120_000);

describe('e-mail through the job queue', () => {
  it('sends nothing when the transaction that queued it rolls back', async () => {
    const request = admission({ params: { ...admission().params, name: 'Tagasi Veeretatud' } } as never);
    await expect(
      database.db.transaction(async (tx) => {
        await jobs.mail.queue(tx, request);
        tx.rollback();
      }),
    ).rejects.toThrow();
    // Well past a poll and a retry of the fast pace: had a job existed, it would have been sent.
    await sleep(4_000);
    expect(await row(request.idempotencyKey)).toBeUndefined();
    expect(smtp.messages().filter((m) => m.text.includes('Tagasi Veeretatud'))).toEqual([]);
  }, 60_000);

  it('delivers a committed e-mail exactly once, in Estonian, with the row marked sent', async () => {
    const request = admission({ params: { ...admission().params, name: 'Mari Üksainus' } } as never);
    const { id } = await database.db.transaction((tx) => jobs.mail.queue(tx, request));
    const [message] = await waitFor(
      () => {
        const got = smtp.messages().filter((m) => m.text.includes('Mari Üksainus'));
        return got.length ? got : undefined;
      },
      60_000,
      'the e-mail at the SMTP server',
    );
    const sent = await waitFor(
      async () => {
        const r = await row(request.idempotencyKey);
        return r?.state === 'sent' ? r : undefined;
      },
      30_000,
      'the row to be marked sent',
    );
    expect(message?.subject).toBe('Olete lubatud eksamile: Turvajuht, tase 5');
    expect(message?.text).toContain('Tere, Mari Üksainus!');
    expect(message?.text).toContain('Koht: Tallinn, Pärnu mnt 10');
    expect(message?.to).toEqual(['mari.maasikas@example.ee']);
    expect(message?.language).toBe('et');
    expect(message?.messageId).toBe(`<${id}@kutse.example>`);
    expect(sent).toMatchObject({ id, attempts: 1, lastError: null, messageId: `<${id}@kutse.example>` });
    expect(sent.sentAt).toBeInstanceOf(Date);
    await sleep(2_000);
    expect(smtp.messages().filter((m) => m.text.includes('Mari Üksainus'))).toHaveLength(1);
  }, 120_000);

  it('writes in English when the applicant reads English', async () => {
    const request = admission({
      language: 'en',
      template: 'returnedForCompletion',
      params: {
        name: 'John Smith',
        qualification: 'Security manager, level 5',
        missing: 'Criminal record extract',
        link: 'http://localhost:5174/en/application',
      },
    });
    await database.db.transaction((tx) => jobs.mail.queue(tx, request));
    const message = await waitFor(
      () => smtp.messages().find((m) => m.text.includes('John Smith')),
      60_000,
      'the English e-mail',
    );
    expect(message.subject).toBe('Your application needs completing: Security manager, level 5');
    expect(message.text).toContain('Dear John Smith,');
    expect(message.text).toContain('Criminal record extract');
    expect(message.language).toBe('en');
  }, 120_000);

  it('queues one e-mail for one event, however often the event is reported', async () => {
    const request = admission({ params: { ...admission().params, name: 'Kaks Korda' } } as never);
    const first = await database.db.transaction((tx) => jobs.mail.queue(tx, request));
    const second = await database.db.transaction((tx) => jobs.mail.queue(tx, request));
    expect(first.queued).toBe(true);
    expect(second).toEqual({ id: first.id, queued: false });
    await waitFor(() => smtp.messages().some((m) => m.text.includes('Kaks Korda')), 60_000, 'the e-mail');
    await sleep(3_000);
    expect(smtp.messages().filter((m) => m.text.includes('Kaks Korda'))).toHaveLength(1);
    expect(
      await database.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.idempotencyKey, request.idempotencyKey)),
    ).toHaveLength(1);
  }, 120_000);

  it('shows what was sent on the local mail page, in Estonian and English', async () => {
    await waitFor(() => smtp.messages().length > 0, 60_000, 'some e-mail');
    const list = await (await fetch(`${smtp.webUrl}/`)).text();
    expect(list).toContain('<html lang="et">');
    expect(list).toContain('Saadetud e-kirjad');
    expect(list).toContain('Olete lubatud eksamile: Turvajuht, tase 5');
    const english = await (await fetch(`${smtp.webUrl}/?lang=en`)).text();
    expect(english).toContain('Sent e-mail');
    const one = await (await fetch(`${smtp.webUrl}/messages/1`)).text();
    expect(one).toContain('Message-ID');
  }, 120_000);
});

describe('an SMTP outage', () => {
  it('is retried with backoff and the e-mail delivered once the server is back', async () => {
    const down = await startMailServer({ web: false });
    const port = down.smtpPort;
    await down.close();
    const outage = await startJobs(database, {
      mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM },
      work: true,
      pace: fastPace,
      onError: (error) => errors.push(error),
    });
    // The shared worker must not take this e-mail: stop it, leaving only the one that meets the outage.
    await jobs.stop();
    let back: MailServer | undefined;
    try {
      const request = admission({ params: { ...admission().params, name: 'Katkestuse Läbinu' } } as never);
      await database.db.transaction((tx) => outage.mail.queue(tx, request));
      const failing = await waitFor(
        async () => {
          const r = await row(request.idempotencyKey);
          return r && r.attempts >= 2 && r.state === 'queued' ? r : undefined;
        },
        90_000,
        'two failed attempts',
      );
      expect(failing.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(failing.sentAt).toBeNull();

      back = await startMailServer({ smtpPort: port, web: false });
      const message = await waitFor(
        () => back?.messages().find((m) => m.text.includes('Katkestuse Läbinu')),
        90_000,
        'delivery after the outage',
      );
      expect(message.subject).toBe('Olete lubatud eksamile: Turvajuht, tase 5');
      const sent = await waitFor(
        async () => {
          const r = await row(request.idempotencyKey);
          return r?.state === 'sent' ? r : undefined;
        },
        30_000,
        'the row marked sent',
      );
      expect(sent.attempts).toBeGreaterThanOrEqual(3);
      expect(sent.lastError).toBeNull();
      await sleep(2_000);
      expect(back.messages().filter((m) => m.text.includes('Katkestuse Läbinu'))).toHaveLength(1);
    } finally {
      await outage.stop();
      await back?.close();
    }
  }, 300_000);

  it('marks the e-mail failed, with the reason, once the retries are used up', async () => {
    const down = await startMailServer({ web: false });
    await down.close();
    const giveUp = await startJobs(database, {
      mail: { smtpUrl: down.smtpUrl, from: FROM },
      work: true,
      pace: { ...fastPace, mail: { ...fastPace.mail, retryLimit: 1 } },
      onError: (error) => errors.push(error),
    });
    try {
      const request = admission({ params: { ...admission().params, name: 'Kohale Jõudmata' } } as never);
      await database.db.transaction((tx) => giveUp.mail.queue(tx, request));
      const failed = await waitFor(
        async () => {
          const r = await row(request.idempotencyKey);
          return r?.state === 'failed' ? r : undefined;
        },
        90_000,
        'the row marked failed',
      );
      expect(failed).toMatchObject({ attempts: 2, sentAt: null });
      expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await giveUp.stop();
    }
  }, 300_000);
});
