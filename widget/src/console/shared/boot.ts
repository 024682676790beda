// What the console's page embeds for the application to start without a request of its own
// (api/console/page.ts writes it): the person, their bodies, whether they administer the
// registry, the CSRF token, the page's language.
import * as v from 'valibot';

export const ConsoleBoot = v.pipe(
  v.object({
    language: v.picklist(['et', 'en']),
    csrfToken: v.string(),
    person: v.object({ name: v.string() }),
    /** Every role, worded by the server ("Eesti Turvaettevõtete Liit: menetleja"). */
    roles: v.array(v.string()),
    /** The bodies the person works for as staff, by name. */
    bodies: v.array(
      v.object({
        slug: v.string(),
        name: v.string(),
        role: v.picklist(['manager', 'processor', 'assessor']),
      }),
    ),
    /** A registry admin: handles the owners' requests whose body is gone. Absent means not. */
    registryAdmin: v.optional(v.boolean(), false),
  }),
  // The page starts the application only for someone it has a view for.
  v.check((boot) => boot.bodies.length > 0 || boot.registryAdmin, 'no body and not a registry admin'),
);
/** As the page writes it (and a test hands it over): `registryAdmin` may be left out. */
export type ConsoleBoot = v.InferInput<typeof ConsoleBoot>;
export type ConsoleBody = ConsoleBoot['bodies'][number];

/** The embedded data, checked; throws when the page carries none (nobody signed in, or no view for them). */
export function readBoot(document: Document): v.InferOutput<typeof ConsoleBoot> {
  const text = document.getElementById('kutse-console-boot')?.textContent ?? 'null';
  return v.parse(ConsoleBoot, JSON.parse(text));
}

/** Who may change applications (assessors read them only): as api/applications/staff-routes.ts HANDLERS. */
export const handles = (body: ConsoleBody | undefined) =>
  body?.role === 'manager' || body?.role === 'processor';
