// Sign-in as the domain sees it: start a login for a widget or a console, and finish one when the
// identity provider sends the person back — checking everything, creating the person on first
// sight, opening a session and recording it all in the audit trail, in one transaction.
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { awardingBodies, persons } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import { bodyBySlug } from '../bodies/lookup.ts';
import { isRegisteredOrigin } from '../bodies/origins.ts';
import { notFound } from '../http/problem.ts';
import { personForLogin } from '../people/identity.ts';
import type { AuthConfig } from './config.ts';
import {
  attachSession,
  attemptToConfirm,
  cancelAttempt,
  completeAttempt,
  confirmAttempt,
  type LoginAttempt,
  recordAttempt,
  recordFailure,
} from './login-attempts.ts';
import { LoginRefused, type OidcClient } from './oidc.ts';
import { randomSecret, sha256 } from './secrets.ts';
import { createConsoleSession, createWidgetSession } from './sessions.ts';
import { mintToken } from './tokens.ts';

type LoginDeps = { db: Database; clock: Clock; auth: AuthConfig; oidc: OidcClient };

export type FinishedLogin =
  | { purpose: 'widget'; attempt: LoginAttempt; token: string; expiresAt: Date; person: PersonName }
  | { purpose: 'console'; attempt: LoginAttempt; cookieSecret: string; expiresAt: Date }
  | {
      purpose: 'widget' | 'console';
      attempt: LoginAttempt;
      error: 'access_denied' | 'login_failed';
      /** Which check failed, for the log: a code, never the token or its claims. */
      cause?: string;
    };

type PersonName = { givenName: string; familyName: string };

/** Our own refusals' fixed sentences, or openid-client's error code (its message may quote claims). */
function failedCheck(error: Error): string {
  if (error instanceof LoginRefused) return error.message;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error.name;
}

const hours = (now: Date, h: number) => new Date(now.getTime() + h * 3_600_000);

export function loginService({ db, clock, auth, oidc }: LoginDeps) {
  return {
    /**
     * The provider URL for a widget's popup, or null when the body did not register `origin`. A
     * start the browser does not show to come from that origin's page (`fromBodyPage`) could be
     * an attacker's link with a handoff of theirs: it waits for the person's confirmation (the
     * one-time value of the confirmation page) and goes nowhere before it.
     */
    async startWidget(q: {
      body: string;
      origin: string;
      handoffHash: string;
      language: string;
      browser: string;
      fromBodyPage: boolean;
    }) {
      const body = await bodyBySlug(db, q.body);
      if (!(await isRegisteredOrigin(db, q.origin, q.body))) return null;
      const start = await oidc.start(q.language);
      const confirm = q.fromBodyPage ? undefined : randomSecret();
      await recordAttempt(db, {
        ...start,
        methods: auth.oidc.methods,
        purpose: 'widget',
        bodyId: body.id,
        origin: q.origin,
        handoffHash: q.handoffHash,
        ...(confirm ? { confirmHash: sha256(confirm) } : {}),
        language: q.language,
        browserHash: sha256(q.browser),
        now: clock.now(),
      });
      if (!confirm) return { kind: 'redirect' as const, url: start.url, state: start.state };
      const [names] = await db
        .select({ et: awardingBodies.nameEt, en: awardingBodies.nameEn })
        .from(awardingBodies)
        .where(eq(awardingBodies.id, body.id));
      return {
        kind: 'confirm' as const,
        confirm,
        bodyName: names ?? { et: q.body, en: q.body },
        // The page's form posts here and is redirected there: its CSP must allow both.
        providerOrigin: start.url.origin,
      };
    },

    /** The person continued on the confirmation page: the provider URL, or undefined (used, expired, elsewhere). */
    async confirmWidget(q: { confirm: string; browser: string }) {
      const now = clock.now();
      const waiting = await attemptToConfirm(db, q.confirm, q.browser, now);
      if (!waiting) return undefined;
      const start = await oidc.start(waiting.language);
      const confirmed = await confirmAttempt(db, { ...q, now }, start);
      return confirmed && { url: start.url, state: start.state };
    },

    /** The person cancelled on the confirmation page: the attempt, ended, or undefined. */
    cancelWidget: (q: { confirm: string; browser: string }) => cancelAttempt(db, { ...q, now: clock.now() }),

    async startConsole(q: { returnTo: string; language: string; browser: string }) {
      const start = await oidc.start(q.language);
      await recordAttempt(db, {
        ...start,
        methods: auth.oidc.methods,
        purpose: 'console',
        returnTo: q.returnTo,
        language: q.language,
        browserHash: sha256(q.browser),
        now: clock.now(),
      });
      return { url: start.url, state: start.state };
    },

    /**
     * Undefined for an unknown, expired, unconfirmed or replayed `state`, or one that comes back to
     * another browser than the one that started it (`browser`: the secret of that browser's
     * cookie) — which leaves the login to the browser that started it.
     */
    async finish(
      query: { state: string; error?: string | undefined },
      rawQuery: string,
      { requestId, browser }: { requestId: string | undefined; browser: string | undefined },
    ): Promise<FinishedLogin | undefined> {
      const now = clock.now();
      const attempt = await completeAttempt(db, { state: query.state, browser }, now);
      if (!attempt) return undefined;
      const fail = async (error: 'access_denied' | 'login_failed') => {
        await recordFailure(db, attempt.id, error);
        return { purpose: attempt.purpose, attempt, error };
      };
      if (query.error) return fail('access_denied');
      let identity: Awaited<ReturnType<OidcClient['finish']>>;
      try {
        identity = await oidc.finish(rawQuery, {
          state: query.state,
          nonce: attempt.nonce,
          codeVerifier: attempt.codeVerifier,
          methods: attempt.methods,
        });
      } catch (error) {
        // openid-client's errors (bad signature, issuer, audience, nonce, expired code…) and ours.
        if (error instanceof LoginRefused || error instanceof Error)
          return { purpose: attempt.purpose, attempt, error: 'login_failed', cause: failedCheck(error) };
        throw error;
      }
      return db.transaction(async (tx) => {
        const { personId, changed } = await personForLogin(tx, identity);
        const sessionValues = { personId, method: identity.method, assurance: identity.assurance, now };
        const audit = (action: string) => ({
          actorId: personId,
          actorRole: 'person',
          bodyId: attempt.bodyId,
          action,
          subjectId: personId,
          entity: 'person',
          entityId: personId,
          requestId,
          detail: { method: identity.method, via: attempt.purpose },
        });
        await recordAudit(tx, now, [...(changed ? [audit(`person.${changed}`)] : []), audit('person.login')]);
        if (attempt.purpose === 'console') {
          const expiresAt = hours(now, auth.consoleAbsoluteHours);
          const { session, secret } = await createConsoleSession(tx, { ...sessionValues, expiresAt });
          await attachSession(tx, attempt.id, session.id);
          return { purpose: 'console' as const, attempt, cookieSecret: secret, expiresAt };
        }
        const [body] = await tx
          .select({ slug: awardingBodies.slug })
          .from(awardingBodies)
          .where(eq(awardingBodies.id, attempt.bodyId as number));
        const session = await createWidgetSession(tx, {
          ...sessionValues,
          bodyId: attempt.bodyId as number,
          origin: attempt.origin as string,
          expiresAt: hours(now, auth.widgetSessionHours),
        });
        await attachSession(tx, attempt.id, session.id);
        const { token, expiresAt } = await mintToken(auth.tokenKeys, {
          issuer: auth.publicUrl,
          now,
          minutes: auth.tokenMinutes,
          claims: {
            personId,
            sessionId: session.id,
            body: body?.slug as string,
            origin: session.origin as string,
          },
        });
        return {
          purpose: 'widget' as const,
          attempt,
          token,
          expiresAt,
          person: { givenName: identity.givenName, familyName: identity.familyName },
        };
      });
    },

    /** A fresh token for a live widget session (never past the session's own end). */
    async tokenFor(session: {
      id: string;
      personId: string;
      bodyId: number | null;
      origin: string | null;
      expiresAt: Date;
    }) {
      const now = clock.now();
      const [row] = await db
        .select({ givenName: persons.givenName, familyName: persons.familyName, body: awardingBodies.slug })
        .from(persons)
        .innerJoin(awardingBodies, eq(awardingBodies.id, session.bodyId as number))
        .where(eq(persons.id, session.personId));
      if (!row) throw notFound('The session’s person');
      const minutes = Math.min(auth.tokenMinutes, (session.expiresAt.getTime() - now.getTime()) / 60_000);
      const { token, expiresAt } = await mintToken(auth.tokenKeys, {
        issuer: auth.publicUrl,
        now,
        minutes,
        claims: {
          personId: session.personId,
          sessionId: session.id,
          body: row.body,
          origin: session.origin as string,
        },
      });
      return {
        token,
        expiresAt: expiresAt.toISOString(),
        person: { givenName: row.givenName, familyName: row.familyName },
      };
    },
  };
}
