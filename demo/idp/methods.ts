// TARA's authentication methods: the scope a client asks for a method by, and the `amr` value the
// ID token reports it with (TARA spells them differently: `mid` is asked for, `mID` comes back).
export const METHODS = [
  { scope: 'idcard', amr: 'idcard' },
  { scope: 'mid', amr: 'mID' },
  { scope: 'smartid', amr: 'smartid' },
] as const;

export type Method = (typeof METHODS)[number];
export type MethodScope = Method['scope'];

/** The methods a request's scope allows; TARA offers all of them when the scope names none. */
export function offeredMethods(scope: string | undefined): Method[] {
  const asked = new Set((scope ?? '').split(' '));
  const named = METHODS.filter((m) => asked.has(m.scope));
  return named.length > 0 ? named : [...METHODS];
}
