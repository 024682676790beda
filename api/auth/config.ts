// How people sign in: the OpenID Connect provider (TARA, or the local stand-in), and how long what
// the API hands out lives. Pointing at the real TARA changes only these values.
import type { TokenKeys } from './token-keys.ts';

export type AcrLevel = 'low' | 'substantial' | 'high';

export type AuthConfig = {
  /** The API's public URL: the redirect URI, the token issuer and the cookie's `Secure` come from it. */
  publicUrl: string;
  oidc: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    /** Authentication methods asked for, as TARA's scope values (`idcard`, `mid`, `smartid`, `eidas`). */
    methods: string[];
    /** The lowest `acr` accepted. TARA's default when none is asked for is `substantial`. */
    minimumAcr: AcrLevel;
  };
  /** Lifetime of the API's access token for widgets: minutes, not hours. */
  tokenMinutes: number;
  /** The HMAC keys of those tokens: the current one signs, every one verifies (by `kid`). */
  tokenKeys: TokenKeys;
  /** A widget session's absolute end: after it, the person signs in again. */
  widgetSessionHours: number;
  /** Console sessions end after this much inactivity, and in any case after `consoleAbsoluteHours`. */
  consoleIdleMinutes: number;
  consoleAbsoluteHours: number;
};

/** `amr` values TARA puts in the ID token for each method asked for in `scope`. */
export const AMR_OF_METHOD: Record<string, string> = {
  idcard: 'idcard',
  mid: 'mID',
  smartid: 'smartid',
  eidas: 'eIDAS',
  eidasonly: 'eIDAS',
};

export const ACR_ORDER: AcrLevel[] = ['low', 'substantial', 'high'];

/** Whether an ID token's `acr` meets the minimum. */
export const acrAtLeast = (acr: unknown, minimum: AcrLevel) =>
  typeof acr === 'string' && ACR_ORDER.indexOf(acr as AcrLevel) >= ACR_ORDER.indexOf(minimum);
