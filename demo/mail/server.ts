// The demo's and tests' mail server: SMTP (smtp-server, parsed with mailparser) keeping what it
// receives in memory, and a small page in Estonian and English to read it. Not for production:
// it accepts mail for anyone, without authentication or TLS, on the loopback interface.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { mailPage, messagePage } from './page.ts';

export type ReceivedMail = {
  /** Its place in this server's list, from 1. */
  number: number;
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** The Content-Language header, when the sender gave one. */
  language: string | undefined;
  receivedAt: Date;
};

export type MailServer = {
  /** What to set SMTP_URL to. */
  smtpUrl: string;
  smtpPort: number;
  /** The page to read received mail (undefined when started without one). */
  webUrl: string | undefined;
  /** Received mail, oldest first. */
  messages(): readonly ReceivedMail[];
  close(): Promise<void>;
};

/**
 * @example const mail = await startMailServer({ smtpPort: 1025, webPort: 1080 });
 * // SMTP_URL=mail.smtpUrl; open mail.webUrl to read what was sent
 */
export async function startMailServer({
  smtpPort = 0,
  webPort = 0,
  host = '127.0.0.1',
  web = true,
}: {
  smtpPort?: number;
  webPort?: number;
  host?: string;
  web?: boolean;
} = {}): Promise<MailServer> {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    // A local stand-in: no sign-in, no STARTTLS (nodemailer would otherwise try to upgrade).
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            number: received.length + 1,
            messageId: parsed.messageId ?? '',
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            language: parsed.headers.get('content-language')?.toString(),
            receivedAt: new Date(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  smtp.listen(smtpPort, host);
  await once(smtp.server, 'listening');
  const boundSmtp = (smtp.server.address() as AddressInfo).port;

  let page: Server | undefined;
  let webUrl: string | undefined;
  if (web) {
    page = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const language = url.searchParams.get('lang') === 'en' ? 'en' : 'et';
      const number = /^\/messages\/(\d+)$/.exec(url.pathname)?.[1];
      const headers = {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        'cache-control': 'no-store',
      };
      if (url.pathname === '/api/messages') {
        response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(JSON.stringify(received));
      } else if (url.pathname === '/') {
        response.writeHead(200, headers);
        response.end(mailPage(received, language));
      } else if (number && received[Number(number) - 1]) {
        response.writeHead(200, headers);
        response.end(messagePage(received[Number(number) - 1] as ReceivedMail, language));
      } else {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found');
      }
    });
    page.listen(webPort, host);
    await once(page, 'listening');
    webUrl = `http://${host === '127.0.0.1' ? 'localhost' : host}:${(page.address() as AddressInfo).port}`;
  }

  return {
    smtpUrl: `smtp://${host}:${boundSmtp}`,
    smtpPort: boundSmtp,
    webUrl,
    messages: () => received,
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (page) {
        page.closeAllConnections();
        await new Promise<void>((resolve) => page.close(() => resolve()));
      }
    },
  };
}

// `node demo/mail/server.ts`: the mail server alone.
if (import.meta.main) {
  const mail = await startMailServer({ smtpPort: 1025, webPort: 1080 });
  console.log(`Local mail: SMTP ${mail.smtpUrl}, read at ${mail.webUrl}`);
}
