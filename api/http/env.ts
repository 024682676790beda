// The context variables every handler can rely on, typed once.
import type { RequestIdVariables } from 'hono/request-id';

export type Language = 'et' | 'en';

export type AppEnv = {
  Variables: RequestIdVariables & { language: Language };
};
