// The routes oidc-provider sends the browser to when it needs the user: `GET /interaction/:uid`
// shows the login page (or, at the consent step, grants silently: TARA asks no consent),
// `POST /interaction/:uid/login` signs the chosen person in, `POST /interaction/:uid/cancel`
// returns access_denied to the client.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction, Provider } from 'oidc-provider';
import type { createAccounts } from './accounts.ts';
import { initialValues, readLoginForm } from './login-form.ts';
import { type LoginPage, languageOf, renderLoginPage, renderSessionExpiredPage } from './login-page.ts';
import { offeredMethods } from './methods.ts';
import { TEST_PEOPLE } from './people.ts';

type Accounts = ReturnType<typeof createAccounts>;

const INTERACTION_PATH = /^\/interaction\/([^/]+)(?:\/(login|cancel))?$/;
const MAX_FORM_BYTES = 16 * 1024;

/** Every method TARA offers is assurance level high. */
const ACR = 'high';

/** Handles the interaction routes; resolves false for any other path (oidc-provider's to serve). */
export function interactionHandler({
  provider,
  accounts,
  crossOriginOpenerPolicy,
}: {
  provider: Provider;
  accounts: Accounts;
  crossOriginOpenerPolicy: boolean;
}) {
  const sendHtml = (res: ServerResponse, status: number, html: string) => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    // No form-action: Chrome applies it to the redirects after the POST, which leave for the client.
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
    );
    if (crossOriginOpenerPolicy) res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.end(html);
  };

  const loginPage = (interaction: Interaction, overrides: Partial<LoginPage> = {}): LoginPage => {
    const methods = offeredMethods(interaction.params.scope);
    return {
      language: languageOf(interaction.params.ui_locales),
      uid: interaction.uid,
      clientId: interaction.params.client_id ?? '',
      people: TEST_PEOPLE,
      methods,
      values: initialValues(TEST_PEOPLE, methods),
      errors: {},
      ...overrides,
    };
  };

  const grantConsent = async (req: IncomingMessage, res: ServerResponse, interaction: Interaction) => {
    const accountId = interaction.session?.accountId;
    const clientId = interaction.params.client_id;
    if (!accountId || !clientId) throw new Error('consent without a signed-in account or a client');
    const grant =
      (interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined) ??
      new provider.Grant({ accountId, clientId });
    const details = interaction.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
    if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const match = INTERACTION_PATH.exec(new URL(req.url ?? '/', 'http://idp').pathname);
    if (!match) return false;
    const [, uid, action] = match;
    const expectedMethod = action ? 'POST' : 'GET';
    if (req.method !== expectedMethod) {
      res.writeHead(405, { Allow: expectedMethod }).end();
      return true;
    }

    let interaction: Interaction;
    try {
      interaction = await provider.interactionDetails(req, res);
    } catch {
      sendHtml(res, 400, renderSessionExpiredPage());
      return true;
    }
    // The interaction comes from a cookie; a page of an older interaction must not act on a newer one.
    if (interaction.uid !== uid) {
      sendHtml(res, 400, renderSessionExpiredPage());
      return true;
    }

    if (action === 'cancel') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'user_cancel' },
        { mergeWithLastSubmission: false },
      );
      return true;
    }

    if (interaction.prompt.name === 'consent') {
      // Only reached by GET (the browser follows oidc-provider's redirect after the login).
      await grantConsent(req, res, interaction);
      return true;
    }

    if (action !== 'login') {
      sendHtml(res, 200, renderLoginPage(loginPage(interaction)));
      return true;
    }

    const page = loginPage(interaction);
    const form = readLoginForm(await readForm(req), page.people, page.methods);
    if (!form.ok) {
      sendHtml(res, 400, renderLoginPage({ ...page, values: form.values, errors: form.errors }));
      return true;
    }
    const accountId = accounts.remember(form.person);
    await provider.interactionFinished(
      req,
      res,
      // remember: false keeps the session cookie to the browser session; TARA has no SSO anyway.
      { login: { accountId, acr: ACR, amr: [form.method.amr], remember: false } },
      { mergeWithLastSubmission: false },
    );
    return true;
  };
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
