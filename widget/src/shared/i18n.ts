// Per-element language: each element speaks the language of its own `lang`, else its closest
// ancestor's, else the document's. @lit/localize is not used because its locale is global to the
// page, and one page may show an Estonian and an English widget side by side.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages the widget speaks; Estonian is the source language. */
export type Language = 'et' | 'en';

/** A small table of UI strings bundled in every language, each shaped like the Estonian one. */
export type StringTable<Strings> = Record<Language, Strings>;

/**
 * A component's UI strings: Estonian, the source language, bundled; English loaded the first time
 * an element speaks it (a dynamic import, so the bundler gives it its own chunk).
 */
export interface Translations<Strings> {
  et: Strings;
  en: () => Promise<Strings>;
}

/** The strings for a language, loading its translation if needed. */
export const loadStrings = async <Strings>(translations: Translations<Strings>, language: Language) =>
  language === 'et' ? translations.et : translations.en();

/** The `Intl` locale for a language: Estonian and British English formats (day before month, 24 h). */
export const localeOf = (language: Language): string => (language === 'en' ? 'en-GB' : 'et-EE');

/**
 * Reads a BCP 47 tag as one of our languages; anything that is not English falls back to Estonian,
 * the source language.
 */
export const toLanguage = (tag: string | null | undefined): Language =>
  tag?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'et';

/**
 * The language an element should speak: the nearest non-empty `lang`, looking through shadow roots
 * (a widget rendered inside another component follows that component's host).
 * @example languageOf(document.querySelector('kutse-qualification-info')!) // 'et'
 */
export function languageOf(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    // An empty lang means "unknown language" (HTML), so it does not decide.
    const declared = node.closest('[lang]:not([lang=""])');
    if (declared) return toLanguage(declared.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return toLanguage(document.documentElement.lang);
}

/**
 * Keeps a host's language current: re-renders when any `lang` attribute in the document changes
 * (its own, an ancestor's or the page's), since the host cannot observe its ancestors otherwise.
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** The host's current language. */
  get value(): Language {
    return languageOf(this.#host);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
