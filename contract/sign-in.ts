// What a sign-in gives: the grant (token, expiry, name) and what the sign-in popup posts to the page
// that opened it. The API writes the popup's message (api/auth/popup-page.ts) and the widget parses
// it (widget/src/shared/session.ts) with this one schema, so that neither side, nor a test of
// either, can speak a message the other does not know. No Node here: the widget bundles it (the
// routes' inputs are in sign-in-routes.ts, which it does not need).
import * as v from 'valibot';

/** A person's name as the identity provider gave it (it may hold Ä, Ž, ’ and the like). */
export const PersonName = v.object({ givenName: v.string(), familyName: v.string() });

/** A token for the widget, as the popup posts it and as refresh and handoff answer. */
export const LoginGrant = v.object({
  token: v.pipe(v.string(), v.nonEmpty()),
  expiresAt: v.pipe(
    v.string(),
    v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a date and time'),
  ),
  person: PersonName,
});

/** Why a sign-in ended without a token, as the popup says it. */
export const LoginErrorCode = v.picklist(['access_denied', 'login_failed', 'origin_not_allowed']);

/** What the popup posts: the grant, or why there is none. */
export const PopupMessage = v.variant('type', [
  v.object({ type: v.literal('kutse:login'), ...LoginGrant.entries }),
  v.object({ type: v.literal('kutse:login-error'), error: LoginErrorCode }),
]);

export type PopupMessage = v.InferOutput<typeof PopupMessage>;
