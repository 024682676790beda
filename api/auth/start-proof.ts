// Whether a widget's login was started by the body's own page. The browser says so in headers no
// page can forge: `Sec-Fetch-Site` (the popup was opened from another site, not typed, bookmarked
// or followed from a mail) and `Referer` (or `Origin`) naming the website the start names. The
// widget's real popup sends both; a link an attacker sends around, or opens from a page of theirs,
// cannot. Missing is not proof: a page with `Referrer-Policy: no-referrer` sends no Referer, and
// its visitors are asked to confirm instead.

const originOf = (url: string | undefined) => (url && URL.canParse(url) ? new URL(url).origin : undefined);

export function openedFromOrigin(
  headers: { fetchSite: string | undefined; referer: string | undefined; origin: string | undefined },
  origin: string,
): boolean {
  if (headers.fetchSite !== 'cross-site' && headers.fetchSite !== 'same-site') return false;
  return originOf(headers.referer) === origin || headers.origin === origin;
}
