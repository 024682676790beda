// The relying party of TARA's authorization code flow (openid-client checks the ID token's
// signature by `kid` — only because enableNonRepudiationChecks asks it to — issuer, audience,
// times and nonce). What no library checks for us is done
// here: that `amr` is a method we asked for and `acr` at least the minimum level.
import * as client from 'openid-client';
import { isHttpsOrLoopback } from '../http/loopback.ts';
import { ProblemError } from '../http/problem.ts';
import type { AuthConfig } from './config.ts';
import { AMR_OF_METHOD, acrAtLeast } from './config.ts';

/** What the API keeps of a verified ID token. */
export type VerifiedIdentity = {
  /** `sub` verbatim: `EE` + isikukood, or another country's eIDAS identifier. */
  subject: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  method: string;
  assurance: string;
};

export class LoginRefused extends Error {}

export type OidcClient = ReturnType<typeof oidcClient>;

/**
 * Discovery runs on the first login and its result (endpoints and the provider's public keys,
 * which openid-client refetches on an unknown `kid`) is kept for the process: it is the
 * provider's public configuration, not anyone's state.
 */
export function oidcClient(auth: AuthConfig) {
  // Fail at start rather than fetch keys and exchange codes in clear across a network.
  if (!isHttpsOrLoopback(auth.oidc.issuer))
    throw new Error(`OIDC_ISSUER must be https (plain http only on a loopback host): ${auth.oidc.issuer}`);
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= client
      .discovery(
        new URL(auth.oidc.issuer),
        auth.oidc.clientId,
        undefined,
        client.ClientSecretBasic(auth.oidc.clientSecret),
        {
          execute: [
            // openid-client trusts an ID token from the token endpoint on TLS alone unless asked:
            // check its signature against the provider's published keys (by kid) as well, so that
            // a token endpoint answer we did not get from the provider's key is refused.
            client.enableNonRepudiationChecks,
            // The local stand-in speaks plain http on loopback (checked above); TARA itself is https.
            ...(auth.oidc.issuer.startsWith('http://') ? [client.allowInsecureRequests] : []),
          ],
        },
      )
      .catch(() => {
        discovered = undefined; // try again on the next login
        throw new ProblemError(503, 'Service Unavailable', {
          detail: 'The identity provider does not answer. Try signing in again in a moment.',
        });
      });
    return discovered;
  };
  const redirectUri = `${auth.publicUrl}/auth/callback`;

  return {
    /** The provider's authorization URL for a new login, and the checks the callback will need. */
    async start(language: string) {
      const config = await configuration();
      const state = client.randomState();
      const nonce = client.randomNonce();
      // PKCE is not in TARA's specification: send it only when discovery offers it.
      const codeVerifier = config.serverMetadata().supportsPKCE() ? client.randomPKCECodeVerifier() : null;
      const params: Record<string, string> = {
        redirect_uri: redirectUri,
        scope: ['openid', ...auth.oidc.methods].join(' '),
        response_type: 'code',
        state,
        nonce,
        ui_locales: language,
        acr_values: auth.oidc.minimumAcr,
      };
      if (codeVerifier) {
        params.code_challenge = await client.calculatePKCECodeChallenge(codeVerifier);
        params.code_challenge_method = 'S256';
      }
      return { url: client.buildAuthorizationUrl(config, params), state, nonce, codeVerifier };
    },

    /** Exchanges the code and verifies the ID token; throws LoginRefused when a check fails. */
    async finish(
      callbackQuery: string,
      checks: { state: string; nonce: string; codeVerifier: string | null; methods: string[] },
    ): Promise<VerifiedIdentity> {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, new URL(`${redirectUri}?${callbackQuery}`), {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier ?? undefined,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new LoginRefused('no ID token');
      const allowed = checks.methods.map((m) => AMR_OF_METHOD[m] ?? m);
      const amr = Array.isArray(claims.amr) ? claims.amr : [];
      const method = amr.find((m): m is string => typeof m === 'string' && allowed.includes(m));
      if (!method) throw new LoginRefused('amr is not a method that was asked for');
      if (!acrAtLeast(claims.acr, auth.oidc.minimumAcr)) throw new LoginRefused('acr below the minimum');
      const profile = (claims.profile_attributes ?? {}) as Record<string, unknown>;
      const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
      const givenName = text(profile.given_name);
      const familyName = text(profile.family_name);
      if (!givenName || !familyName) throw new LoginRefused('no name in profile_attributes');
      return {
        subject: claims.sub,
        givenName,
        familyName,
        dateOfBirth: text(profile.date_of_birth),
        method,
        assurance: String(claims.acr),
      };
    },
  };
}
