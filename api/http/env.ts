// The context variables every handler can rely on, typed once.
import type { RequestIdVariables } from 'hono/request-id';
import type { Actor } from '../access/actor.ts';
import type { Identity } from '../access/identity.ts';
import type { TenantScope } from '../access/tenant.ts';
import type { AnswerHeaders } from './answer-headers.ts';
import type { LoggedActor, LoginFailure, RefusalReason } from './security-log.ts';

export type Language = 'et' | 'en';

/** Who is calling, set by `allow()` for every rule but `public`. */
export type Caller = { identity: Identity; actor: Actor; role: string };

export type AppEnv = {
  Variables: RequestIdVariables & {
    language: Language;
    /** What the API's middleware add to the answer (answer-headers.ts). */
    answerHeaders?: AnswerHeaders;
    /** The answer was created with them already (etag.ts). */
    answerHeadersSent?: boolean;
    caller?: Caller;
    /** Set by `allow()` for body rules: the only way their handlers reach the data. */
    tenant?: TenantScope;
    /** For the log of a refusal or failed login (security-log.ts): ids only, no personal data. */
    loggedActor?: LoggedActor;
    refusal?: RefusalReason;
    loginFailure?: LoginFailure;
  };
};
