// Registers <kutse-my-certificates>. Guarded: a page may load the widget twice (two copies of the
// script, or the loader and a direct import), and a second define() would throw.
import { KutseMyCertificates } from './my-certificates.ts';

export const tagName = 'kutse-my-certificates';

if (!customElements.get(tagName)) customElements.define(tagName, KutseMyCertificates);

declare global {
  interface HTMLElementTagNameMap {
    'kutse-my-certificates': KutseMyCertificates;
  }
}
