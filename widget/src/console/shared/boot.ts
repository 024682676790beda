// What the console's page embeds for the application to start without a request of its own
// (api/console/page.ts writes it): the person, their bodies, the CSRF token, the page's language.
import * as v from 'valibot';

export const ConsoleBoot = v.object({
  language: v.picklist(['et', 'en']),
  csrfToken: v.string(),
  person: v.object({ name: v.string() }),
  /** Every role, worded by the server ("Eesti Turvaettevõtete Liit: menetleja"). */
  roles: v.array(v.string()),
  /** The bodies the person works for as staff, by name. */
  bodies: v.pipe(
    v.array(
      v.object({
        slug: v.string(),
        name: v.string(),
        role: v.picklist(['manager', 'processor', 'assessor']),
      }),
    ),
    v.minLength(1),
  ),
});
export type ConsoleBoot = v.InferOutput<typeof ConsoleBoot>;
export type ConsoleBody = ConsoleBoot['bodies'][number];

/** The embedded data, checked; throws when the page carries none (nobody signed in, or no body). */
export function readBoot(document: Document): ConsoleBoot {
  const text = document.getElementById('kutse-console-boot')?.textContent ?? 'null';
  return v.parse(ConsoleBoot, JSON.parse(text));
}

/** Who may change applications (assessors read them only): as api/applications/staff-routes.ts HANDLERS. */
export const handles = (body: ConsoleBody | undefined) =>
  body?.role === 'manager' || body?.role === 'processor';
