// What `allow()` left on the context, for handlers: failing loudly if a route forgot its guard.
import type { Context } from 'hono';
import type { AppEnv, Caller } from '../http/env.ts';
import type { TenantScope } from './tenant.ts';

export function callerOf(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw new Error('no caller: the route lacks allow() with a signed-in rule');
  return caller;
}

export function tenantOf(c: Context<AppEnv>): TenantScope {
  const tenant = c.get('tenant');
  if (!tenant) throw new Error('no tenant scope: the route lacks allow() with a body rule');
  return tenant;
}
