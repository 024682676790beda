// Registers <kutse-certificate-card>. Guarded: a page may load the widget twice (two copies of the
// script, or the loader and a direct import), and a second define() would throw.
import { KutseCertificateCard } from './certificate-card.ts';

export const tagName = 'kutse-certificate-card';

if (!customElements.get(tagName)) customElements.define(tagName, KutseCertificateCard);

declare global {
  interface HTMLElementTagNameMap {
    'kutse-certificate-card': KutseCertificateCard;
  }
}
