// What the form's controllers share with the element that holds them: the API while someone is
// signed in (or the console's source), the words once loaded, the errors of the step on screen,
// the status line and focus.
import type { ApplicationSource } from './application-form.source.ts';
import type { ApplicationFormStrings } from './application-form.strings.ts';

export interface FormContext {
  /** The API, while someone is signed in (or staff apply in the console). */
  api: () => ApplicationSource | undefined;
  /**
   * The person signed in on the page: its session says when that ends, so a 401 needs no word of
   * the form's. Staff in the console have no such session: the form says it.
   */
  ownSignIn: () => boolean;
  /** The words, once loaded. */
  strings: () => ApplicationFormStrings | undefined;
  /** The errors of the step on screen, by the id of the field each belongs to. */
  errors: () => Map<string, string>;
  /** Says a sentence in the status line. */
  announce: (text: string) => void;
  /** Moves focus to the element with that id after the next render. */
  focus: (id: string) => void;
}
