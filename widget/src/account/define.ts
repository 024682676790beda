// Registers <kutse-account>. Guarded: a page may load the widget twice (two copies of the script,
// or the loader and a direct import), and a second define() would throw.
import { KutseAccount } from './account.ts';

export const tagName = 'kutse-account';

if (!customElements.get(tagName)) customElements.define(tagName, KutseAccount);

declare global {
  interface HTMLElementTagNameMap {
    'kutse-account': KutseAccount;
  }
}
