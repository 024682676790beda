// The console's views as a row of links under its bar: a body's (its applications, its overview,
// applying on someone's behalf for those who handle applications, owners' requests, certificates)
// and, for a registry admin, the registry's requests and awarding bodies. The current one is marked
// with aria-current.
import { html, nothing } from 'lit';
import { certificateStrings } from '../certificates/certificates.strings.ts';
import { onBehalfStrings } from '../on-behalf/on-behalf.strings.ts';
import { requestStrings } from '../requests/requests.strings.ts';
import { type ConsoleBody, type ConsoleBoot, handles } from '../shared/boot.ts';
import {
  type ConsoleRoute,
  certificatesHref,
  dashboardHref,
  listHref,
  onBehalfHref,
  registryBodiesHref,
  registryRequestsHref,
  requestsHref,
} from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';

type View = ConsoleRoute['view'];

const current = (on: boolean) => (on ? 'page' : 'false');

/** Nothing for a person of no body who is not a registry admin (the shell says why instead). */
export function viewsNav(boot: ConsoleBoot, t: ConsoleStrings, body: ConsoleBody | undefined, view: View) {
  const registry = boot.registryAdmin === true;
  if (!body && !registry) return nothing;
  return html`<nav class="views" aria-label=${t.views}>
    ${body ? bodyViews(boot, t, body, view) : nothing}
    ${
      registry
        ? html`<a
            href=${registryRequestsHref(new URLSearchParams(), boot.language)}
            aria-current=${current(view === 'registryRequests' || view === 'registryRequest')}
            >${requestStrings[boot.language].registryView}</a
          >
          <a href=${registryBodiesHref(boot.language)} aria-current=${current(view === 'registryBodies')}
            >${t.bodies.view}</a
          >`
        : nothing
    }
  </nav>`;
}

function bodyViews(boot: ConsoleBoot, t: ConsoleStrings, body: ConsoleBody, view: View) {
  return html`<a
      href=${listHref(body.slug, new URLSearchParams(), boot.language)}
      aria-current=${current(view === 'list' || view === 'application')}
      >${t.applicationsView}</a
    >
    <a href=${dashboardHref(body.slug, boot.language)} aria-current=${current(view === 'dashboard')}
      >${t.dashboardView}</a
    >
    ${
      handles(body)
        ? html`<a href=${onBehalfHref(body.slug, boot.language)} aria-current=${current(view === 'onBehalf')}
            >${onBehalfStrings[boot.language].title}</a
          >`
        : nothing
    }
    <a
      href=${requestsHref(body.slug, new URLSearchParams(), boot.language)}
      aria-current=${current(view === 'requests' || view === 'request')}
      >${requestStrings[boot.language].view}</a
    >
    <a
      href=${certificatesHref(body.slug, new URLSearchParams(), boot.language)}
      aria-current=${current(view === 'certificates')}
      >${certificateStrings[boot.language].view}</a
    >`;
}
