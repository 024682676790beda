// Registers <kutse-application-form>. Guarded: a page may load the widget twice (two copies of
// the script, or the loader and a direct import), and a second define() would throw.
import { KutseApplicationForm } from './application-form.ts';

export const tagName = 'kutse-application-form';

if (!customElements.get(tagName)) customElements.define(tagName, KutseApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'kutse-application-form': KutseApplicationForm;
  }
}
