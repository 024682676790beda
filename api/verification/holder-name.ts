// Whether the name someone typed is the holder's, for verifying a hidden certificate by its number.
// People type names as they can: without Estonian letters on a foreign keyboard (Ääremaa as
// Aaremaa), in any case, with a straight apostrophe for a curly one or a space for a hyphen. So
// names are compared as their letters and digits only, accents taken off. What must match is the
// family name alone, or the given and family name in either order (Estonian lists put the family
// name first): not a given name alone, which says too little about who holds the certificate.

/** Letters and digits only, lower case, accents taken off: `O’Connež-Šuslik` → `oconnezsuslik`. */
export const nameKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * @example isHolderName('aaremaa', { givenName: 'Jaan', familyName: 'Ääremaa' }) // true
 * @example isHolderName('Jaan', { givenName: 'Jaan', familyName: 'Ääremaa' }) // false
 */
export function isHolderName(typed: string, holder: { givenName: string; familyName: string }): boolean {
  const key = nameKey(typed);
  if (key === '') return false;
  const given = nameKey(holder.givenName);
  const family = nameKey(holder.familyName);
  return key === family || key === given + family || key === family + given;
}
