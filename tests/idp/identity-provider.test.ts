// The stand-in TARA, driven by openid-client as a real relying party; the browser part (the login
// page and its redirects) is plain fetch with a hand-carried cookie jar.
import {
  allowInsecureRequests,
  authorizationCodeGrant,
  buildAuthorizationUrl,
  ClientSecretBasic,
  type Configuration,
  calculatePKCECodeChallenge,
  discovery,
  randomNonce,
  randomPKCECodeVerifier,
  randomState,
} from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider } from '../../demo/idp/server.ts';
import { actionOf, browser } from '../fixtures/fetch-browser.ts';

const CLIENT = { clientId: 'kutse-test', clientSecret: 'kutse-test-secret' };
// Nothing listens here: the test stops at the redirect and hands its URL to openid-client.
const REDIRECT_URI = 'http://127.0.0.1:48123/auth/callback';

let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
let config: Configuration;

beforeAll(async () => {
  idp = await startIdentityProvider({ port: 0, clients: [CLIENT] });
  config = await discovery(
    new URL(idp.issuer),
    CLIENT.clientId,
    CLIENT.clientSecret,
    ClientSecretBasic(CLIENT.clientSecret),
    { execute: [allowInsecureRequests] },
  );
});

afterAll(() => idp?.close());

/** Starts an authorization request and follows the redirects to the login page. */
async function openLoginPage(params: Record<string, string> = {}, go = browser()) {
  const state = randomState();
  const nonce = randomNonce();
  const pkceCodeVerifier = randomPKCECodeVerifier();
  const url = buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: 'openid idcard mid smartid',
    state,
    nonce,
    code_challenge: await calculatePKCECodeChallenge(pkceCodeVerifier),
    code_challenge_method: 'S256',
    ...params,
  });
  const start = await go(url.href);
  expect(start.response.status).toBe(303);
  const page = await go(start.location as string);
  expect(page.response.status).toBe(200);
  return { go, page, pageUrl: start.location as string, state, nonce, pkceCodeVerifier };
}

/** Follows redirects until the browser is sent to the relying party's redirect URI. */
async function followToClient(
  go: ReturnType<typeof browser>,
  first: Awaited<ReturnType<ReturnType<typeof browser>>>,
) {
  let step = first;
  for (let hops = 0; hops < 10; hops++) {
    expect(step.response.status, step.html).toBe(303);
    const location = step.location as string;
    if (location.startsWith(REDIRECT_URI)) return new URL(location);
    step = await go(location);
  }
  throw new Error('too many redirects');
}

async function signIn(form: Record<string, string>, params: Record<string, string> = {}, go = browser()) {
  const login = await openLoginPage(params, go);
  const posted = await login.go(actionOf(login.page.html, login.pageUrl, 'continue'), { form });
  const callback = await followToClient(login.go, posted);
  const tokens = await authorizationCodeGrant(config, callback, {
    expectedState: login.state,
    expectedNonce: login.nonce,
    pkceCodeVerifier: login.pkceCodeVerifier,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('no ID token');
  return claims;
}

describe('stand-in TARA', () => {
  it('advertises what TARA does in discovery', () => {
    const metadata = config.serverMetadata();
    expect(metadata.issuer).toBe(idp.issuer);
    expect(metadata.scopes_supported).toEqual(
      expect.arrayContaining(['openid', 'idcard', 'mid', 'smartid', 'eidas', 'eidasonly']),
    );
    expect(metadata.response_types_supported).toEqual(['code']);
    expect(metadata.grant_types_supported).toEqual(['authorization_code']);
    expect(metadata.code_challenge_methods_supported).toContain('S256');
    expect(metadata.token_endpoint_auth_methods_supported).toContain('client_secret_basic');
    expect(metadata.acr_values_supported).toEqual(['low', 'substantial', 'high']);
    expect(metadata.id_token_signing_alg_values_supported).toContain('RS256');
  });

  it('shows an Estonian login page with the seeded people, the first ones chosen', async () => {
    const { page } = await openLoginPage({ scope: 'openid mid smartid' });
    expect(page.response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.response.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(page.html).toContain('<meta charset="utf-8">');
    expect(page.html).toContain('<html lang="et">');
    expect(page.html).toContain('<title>TARA (demo)</title>');
    expect(page.html).toContain('Kädi O’Connež-Šuslik');
    expect(page.html).toContain('name="person" value="49107075714" checked');
    // Only the methods the scope asked for, the first one chosen.
    expect(page.html).not.toContain('value="idcard"');
    expect(page.html).toContain('name="method" value="mid" checked');
    expect(page.html).toContain('value="smartid">');
    expect(page.html).toContain('id="continue">Jätka<');
    expect(page.html).toContain('id="cancel"');
  });

  it('speaks English when ui_locales asks for it', async () => {
    const { page } = await openLoginPage({ ui_locales: 'en et' });
    expect(page.html).toContain('<html lang="en">');
    expect(page.html).toContain('>Continue<');
    expect(page.html).toContain('>Mobile-ID<');
  });

  it('signs a seeded person in with the claims TARA puts in the ID token', async () => {
    const claims = await signIn({ person: '47802154211', method: 'smartid' });
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: CLIENT.clientId,
      sub: 'EE47802154211',
      profile_attributes: { given_name: 'Kädi', family_name: 'O’Connež-Šuslik', date_of_birth: '1978-02-15' },
      amr: ['smartid'],
      acr: 'high',
    });
  });

  it('reports Mobile-ID as mID, as TARA does', async () => {
    const claims = await signIn({ person: '38503120221', method: 'mid' });
    expect(claims).toMatchObject({ sub: 'EE38503120221', amr: ['mID'] });
  });

  it('asks again on the next request from the same browser: TARA has no single sign-on', async () => {
    const go = browser();
    const first = await signIn({ person: '38503120221', method: 'idcard' }, {}, go);
    // openLoginPage expects the login page (200), not a code straight away.
    const second = await signIn({ person: '37209222708', method: 'idcard' }, {}, go);
    expect(first.sub).toBe('EE38503120221');
    expect(second.sub).toBe('EE37209222708');
  });

  it('shows the form again for a typed invalid personal code, keeping what was typed', async () => {
    const login = await openLoginPage();
    const posted = await login.go(actionOf(login.page.html, login.pageUrl, 'continue'), {
      form: {
        person: '49107075714',
        personalCode: '47802154212',
        givenName: 'Mary',
        familyName: 'Änn',
        method: 'idcard',
      },
    });
    expect(posted.response.status).toBe(400);
    expect(posted.html).toContain('Isikukood ei ole korrektne');
    expect(posted.html).toContain('aria-describedby="personalCode-error"');
    expect(posted.html).toContain('value="47802154212"');
    expect(posted.html).toContain('value="Mary"');
    expect(posted.html).toContain('value="Änn"');
  });

  it('signs a typed person in with the typed names', async () => {
    const claims = await signIn({
      person: '49107075714',
      personalCode: '60001019906',
      givenName: 'Mary',
      familyName: 'Änn <O’Connež>',
      method: 'idcard',
    });
    expect(claims).toMatchObject({
      sub: 'EE60001019906',
      profile_attributes: { given_name: 'Mary', family_name: 'Änn <O’Connež>', date_of_birth: '2000-01-01' },
      amr: ['idcard'],
      acr: 'high',
    });
  });

  it('returns access_denied with the state when the user cancels', async () => {
    const login = await openLoginPage();
    const posted = await login.go(actionOf(login.page.html, login.pageUrl, 'cancel'), { form: {} });
    const callback = await followToClient(login.go, posted);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('error_description')).toBe('user_cancel');
    expect(callback.searchParams.get('state')).toBe(login.state);
  });

  it('refuses a redirect URI that is not a loopback /auth/callback', async () => {
    for (const redirectUri of [
      'https://evil.example/auth/callback',
      'http://localhost.evil.example/auth/callback',
      'http://127.0.0.1:48123/elsewhere',
    ]) {
      const url = buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid',
        state: randomState(),
      });
      const response = await fetch(url, { redirect: 'manual' });
      expect(response.status, redirectUri).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      const html = await response.text();
      expect(html).toContain('redirect_uri');
      expect(html).not.toContain(redirectUri);
    }
  });

  it('sends Cross-Origin-Opener-Policy on the login page when asked to', async () => {
    const isolated = await startIdentityProvider({
      port: 0,
      clients: [CLIENT],
      crossOriginOpenerPolicy: true,
    });
    try {
      const isolatedConfig = await discovery(
        new URL(isolated.issuer),
        CLIENT.clientId,
        CLIENT.clientSecret,
        ClientSecretBasic(CLIENT.clientSecret),
        { execute: [allowInsecureRequests] },
      );
      const go = browser();
      const url = buildAuthorizationUrl(isolatedConfig, {
        redirect_uri: REDIRECT_URI,
        scope: 'openid',
        state: randomState(),
      });
      const start = await go(url.href);
      const page = await go(start.location as string);
      expect(page.response.status).toBe(200);
      expect(page.response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    } finally {
      await isolated.close();
    }
  });
});
