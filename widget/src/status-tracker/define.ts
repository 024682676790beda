// Registers <kutse-status-tracker>. Guarded: a page may load the widget twice (two copies of the
// script, or the loader and a direct import), and a second define() would throw.
import { KutseStatusTracker } from './status-tracker.ts';

export const tagName = 'kutse-status-tracker';

if (!customElements.get(tagName)) customElements.define(tagName, KutseStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'kutse-status-tracker': KutseStatusTracker;
  }
}
