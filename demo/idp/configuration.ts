// oidc-provider configured to behave like TARA (see docs/glossary.md, "TARA"): code flow only,
// confidential clients with HTTP Basic authentication, TARA's scopes, claims and token lifetimes.
import { randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { Account, Provider } from 'oidc-provider';
import { renderErrorPage } from './login-page.ts';
import { memoryAdapter } from './memory-adapter.ts';
import { METHODS } from './methods.ts';

export type IdpClient = { clientId: string; clientSecret: string };

/** Clients are registered with this one redirect URI; `allowLoopbackCallbacks` widens it. */
export const PLACEHOLDER_REDIRECT_URI = 'http://localhost/auth/callback';

/** A fresh RS256 signing key, so every start publishes a new `kid` as a key rotation would. */
export async function signingKey() {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' };
}

export function taraConfiguration({
  clients,
  jwk,
  findAccount,
}: {
  clients: IdpClient[];
  jwk: Record<string, unknown>;
  findAccount: (ctx: unknown, sub: string) => Promise<Account | undefined>;
}): Record<string, unknown> {
  return {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [PLACEHOLDER_REDIRECT_URI],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [jwk] },
    adapter: memoryAdapter(),
    findAccount,
    responseTypes: ['code'],
    scopes: ['openid', ...METHODS.map((m) => m.scope), 'eidas', 'eidasonly'],
    // Claims not listed under a granted scope are dropped, acr and amr included.
    claims: { openid: ['sub', 'profile_attributes', 'acr', 'amr'] },
    // By default an ID token issued together with an access token carries only sub and the
    // protocol claims; TARA puts profile_attributes in the ID token.
    conformIdTokenClaims: false,
    acrValues: ['low', 'substantial', 'high'],
    // TARA's specification has no PKCE; supporting it (S256) without requiring it lets a relying
    // party that sends it when discovery advertises it exercise that path.
    pkce: { required: () => false },
    ttl: {
      AuthorizationCode: 30,
      IdToken: 40,
      AccessToken: 40,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    clientAuthMethods: ['client_secret_basic'],
    // TARA has none of these; a relying party that happened to rely on them would fail on TARA.
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      rpInitiatedLogout: { enabled: false },
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    // Without keys the cookies are unsigned (and oidc-provider warns); a fresh key per start is enough.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    discovery: { ui_locales_supported: ['et', 'en'] },
    renderError: (ctx: { type: string; body: string }, out: Record<string, unknown>) => {
      ctx.type = 'html';
      ctx.body = renderErrorPage(out);
    },
  };
}

/**
 * Accepts any `http://localhost:<port>/auth/callback` or `http://127.0.0.1:<port>/auth/callback`.
 * The tests and the demo start the API on a port picked at start, so no fixed list of redirect URIs
 * can name it; real TARA registers exact URIs. This follows oidc-provider's recipe of overriding
 * `Client.prototype.redirectUriAllowed`; everything else (another host, scheme or path) is refused.
 */
export function allowLoopbackCallbacks(provider: Provider) {
  provider.Client.prototype.redirectUriAllowed = (redirectUri: string) => {
    if (!URL.canParse(redirectUri)) return false;
    const url = new URL(redirectUri);
    return (
      url.protocol === 'http:' &&
      (url.hostname === 'localhost' || url.hostname === '127.0.0.1') &&
      url.pathname === '/auth/callback' &&
      url.username === '' &&
      url.password === '' &&
      url.search === '' &&
      url.hash === ''
    );
  };
}
