// One entry of the data tracker in the reader's words: what happened, who did it, at which body,
// why and when (on Tallinn's clock, where the registry and the bodies are).

import type { Language } from '../shared/i18n.ts';
import type { TrackerEntry } from './data-tracker.client.ts';
import type { DataTrackerStrings } from './data-tracker.strings.ts';

/** Verbs that only look: an unknown action with one of them is said as a read, else as a change. */
const READS = new Set(['read', 'list', 'export', 'verified']);

export type SaidEntry = { what: string; who: string; body: string; why: string; when: string };

const when = (at: string, language: Language) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'et-EE', {
    timeZone: 'Europe/Tallinn',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));

function what(action: string, s: DataTrackerStrings): string {
  const known = s.actions[action];
  if (known) return known;
  const [entity = action, verb = ''] = action.split('.');
  const thing = s.entities[entity] ?? entity;
  return READS.has(verb) ? s.readSomething(thing) : s.changedSomething(thing);
}

/**
 * @example say(event, strings, 'et') // { what: 'Vaadati teie taotlust', who: 'Mari Kask (menetleja)', … }
 */
export function say(event: TrackerEntry, s: DataTrackerStrings, language: Language): SaidEntry {
  const who = event.byThemselves
    ? s.yourself
    : event.actor
      ? s.actor(event.actor.name, s.roles[event.actor.role] ?? event.actor.role)
      : s.anonymous;
  const body = (event.body && (language === 'en' ? event.body.nameEn : event.body.nameEt)) || s.registry;
  const why = event.purpose ? (s.purposes[event.purpose] ?? event.purpose) : s.notStated;
  return { what: what(event.action, s), who, body, why, when: when(event.at, language) };
}
