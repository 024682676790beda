// Registers <kutse-data-tracker>. Guarded: a page may load the widget twice (two copies of the
// script, or the loader and a direct import), and a second define() would throw.
import { KutseDataTracker } from './data-tracker.ts';

export const tagName = 'kutse-data-tracker';

if (!customElements.get(tagName)) customElements.define(tagName, KutseDataTracker);

declare global {
  interface HTMLElementTagNameMap {
    'kutse-data-tracker': KutseDataTracker;
  }
}
