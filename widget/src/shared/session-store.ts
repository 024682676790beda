// Where a sign-in waits for the next page of the visit: sessionStorage, which is the body's website's
// (per origin) and this tab's alone, and gone when the tab closes. Not localStorage, which would
// keep it for every tab and after the browser closes; not memory, which forgot it at every page.
// A script of the body's page can read it, as it can read the token in memory: Kutse trusts the
// body's website, which is why only the websites the body registered receive a token at all.
import * as v from 'valibot';
import { LoginGrant } from '../../../contract/sign-in.ts';

/** A sign-in as kept: the API's grant, and when the person last did something on a page of it. */
const Stored = v.object({ ...LoginGrant.entries, lastActivity: v.number() });

export type StoredSignIn = v.InferOutput<typeof Stored>;

/** One entry per API and body: the same website may embed two bodies' widgets, or two APIs. */
const keyOf = (api: string, body: string) => `kutse-session ${api} ${body}`;

// Storage may be switched off, full, or refuse access (SecurityError): then the sign-in simply
// lasts the page, as it did before.
const storage = (): Storage | undefined => {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
};

/** The kept sign-in of `body` with the API at `api`, if there is one and it reads well. */
export function readSignIn(api: string, body: string): StoredSignIn | undefined {
  try {
    const raw = storage()?.getItem(keyOf(api, body));
    if (!raw) return undefined;
    const parsed = v.safeParse(Stored, JSON.parse(raw));
    if (parsed.success) return parsed.output;
  } catch {
    // Not JSON: as good as nothing, and removed below.
  }
  forgetSignIn(api, body);
  return undefined;
}

export function keepSignIn(api: string, body: string, signIn: StoredSignIn) {
  try {
    storage()?.setItem(keyOf(api, body), JSON.stringify(signIn));
  } catch {
    // Full or refused: this page still has the sign-in in memory.
  }
}

export function forgetSignIn(api: string, body: string) {
  try {
    storage()?.removeItem(keyOf(api, body));
  } catch {
    // Nothing kept, or nothing we may touch.
  }
}
