// A console step's e-mail the whole way: queued with the step, sent once through the queue's worker
// to an SMTP server (the local one of demo/mail), and shown to staff as sent.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastPace, type Jobs, startJobs } from '../../api/jobs/run.ts';
import type { EmailView } from '../../contract/staff.ts';
import { type MailServer, startMailServer } from '../../demo/mail/server.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';
import { consoleActions } from './console-actions.fixtures.ts';
import { waitFor } from './mail.fixtures.ts';

let database: TestDatabase;
let smtp: MailServer;
let jobs: Jobs;
let given: ReturnType<typeof consoleActions>;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startMailServer({ web: false });
  jobs = await startJobs(database, {
    mail: { smtpUrl: smtp.smtpUrl, from: 'Kutse <kutse@kutse.example>' },
    work: true,
    pace: fastPace,
    onError: () => {},
  });
  given = consoleActions(database, createTestApp(database, { mail: jobs.mail }).app);
}, 300_000);

afterAll(async () => {
  await jobs?.stop();
  await smtp?.close();
  await database?.drop();
}, 120_000);

describe('a console step’s e-mail', () => {
  it('reaches the SMTP server once, in Estonian, and the console shows it sent', async () => {
    const id = await given.application({ email: 'mari.saadetud@example.ee' });
    const returned = await given.call('etelProcessor', 'POST', `/${id}/return`, {
      version: 1,
      reason: 'Palun lisage karistusregistri tõend.',
    });
    expect(returned.status).toBe(200);
    const [message] = await waitFor(
      () => {
        const got = smtp.messages().filter((m) => m.to.includes('mari.saadetud@example.ee'));
        return got.length ? got : undefined;
      },
      60_000,
      'the e-mail at the SMTP server',
    );
    expect(message?.subject).toBe('Taotlus vajab täiendamist: Turvajuht, tase 5');
    expect(message?.text).toContain('Palun lisage karistusregistri tõend.');
    expect(message?.language).toBe('et');
    const sent = await waitFor(
      async () => {
        const { json } = await given.call<{ emails: EmailView[] }>('etelProcessor', 'GET', `/${id}/emails`);
        return json.emails[0]?.state === 'sent' ? json.emails : undefined;
      },
      30_000,
      'the console to show it sent',
    );
    expect(sent).toMatchObject([
      { template: 'returnedForCompletion', to: 'mari.saadetud@example.ee', attempts: 1 },
    ]);
    // Well past a poll and a retry of the fast pace: a second copy would have arrived by now.
    await sleep(3_000);
    expect(smtp.messages().filter((m) => m.to.includes('mari.saadetud@example.ee'))).toHaveLength(1);
  }, 120_000);
});
