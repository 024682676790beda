// The sign-in routes' inputs (widget start, handoff, refresh, callback, confirmation, console login)
// and answers (the widget's token, the console's session): the API validates with them and documents them in OpenAPI.
import * as v from 'valibot';
import { PersonName } from './sign-in.ts';
import { Slug } from './slug.ts';

/** A one-time secret the widget makes (32 random bytes), or in the start URL its SHA-256: base64url. */
const Handoff = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'must be 43 base64url characters'));
/** Exactly an origin as browsers write one (scheme, host, port): nothing more, nothing odd. */
const Origin = v.pipe(
  v.string(),
  v.check(
    (s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol) && new URL(s).origin === s,
    'must be an origin such as https://example.ee',
  ),
);
const Lang = v.optional(v.picklist(['et', 'en']));

/** The widget's popup opens the sign-in with these: the body, the page's origin, the handoff's hash. */
export const WidgetStartQuery = v.object({ body: Slug, origin: Origin, handoff: Handoff, lang: Lang });

/** Where the console's sign-in returns to, and in which language it speaks. */
export const ConsoleLoginQuery = v.object({
  /** A path of the API's own origin to return to; never another site (no open redirect). */
  return: v.optional(v.pipe(v.string(), v.regex(/^\/(?!\/)[\w\-./?=&%]*$/, 'must be a path on this site'))),
  lang: Lang,
});

/** What the identity provider sends back to the callback (OIDC authorization response). */
export const CallbackQuery = v.object({
  state: v.pipe(v.string(), v.minLength(8, 'must be the state this API sent')),
  code: v.optional(v.string()),
  error: v.optional(v.string()),
  error_description: v.optional(v.string()),
});

/** The widget collects its token with the handoff's secret. */
export const HandoffBody = v.object({ handoff: Handoff });

/** What the confirmation page posts: its one-time value and the button pressed. */
export const ConfirmForm = v.object({
  confirm: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'must be the value of the confirmation page')),
  action: v.picklist(['continue', 'cancel'], 'must be continue or cancel'),
});

/** What a widget may send with a refresh; an empty body is the same as `{}`. */
export const WidgetRefreshBody = v.object({
  /** How many seconds ago the person last used a key or pointer on the page; absent: not known. */
  idleSeconds: v.optional(
    v.pipe(v.number(), v.integer('must be whole seconds'), v.minValue(0, 'must not be negative')),
  ),
});

/** The token as the API's sign-in routes answer it (OpenAPI), the same members as LoginGrant. */
export const WidgetToken = v.object({
  /** The API's own access token: send it as `Authorization: Bearer …` from the same website. */
  token: v.string(),
  expiresAt: v.string(),
  person: PersonName,
});

/** The console's sign-in: who, the CSRF token to echo, until when, and the roles held. */
export const ConsoleSession = v.object({
  person: PersonName,
  /** Echo it in `X-CSRF-Token` on every state-changing console request. */
  csrfToken: v.string(),
  expiresAt: v.string(),
  roles: v.object({
    registryAdmin: v.boolean(),
    staff: v.array(v.object({ body: v.string(), role: v.string() })),
    committee: v.array(v.string()),
    mandates: v.array(v.object({ body: v.string(), kind: v.string() })),
  }),
});
