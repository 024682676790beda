// `.value=${liveValue(v)}`: an input's or select's value as the form holds it, checked against
// what the element shows now rather than what was last rendered (as Lit's live() does), so a
// select whose options arrived after its value, or a field the form reset to the value it had
// before, shows the form's value. Lit's live() does this for any binding; for a property alone it
// is two lines, and live() brings lit-html's directive-helpers with it, a chunk of its own for the
// form (~0.5 KB gzipped with live.js) that only the data tracker's repeat() needs otherwise.
import { noChange } from 'lit';
import {
  Directive,
  directive,
  type Part,
  type PartInfo,
  PartType,
  type PropertyPart,
} from 'lit/directive.js';

type ValueElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

class LiveValue extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY || part.name !== 'value') throw new Error('liveValue: .value only');
  }

  render(value: string) {
    return value;
  }

  override update(part: Part, [value]: [string]) {
    // A property part: the constructor let no other through.
    const element = (part as PropertyPart).element as ValueElement;
    if (element.value !== value) element.value = value;
    return noChange;
  }
}

export const liveValue = directive(LiveValue);
