// Registers <kutse-qualification-info>. Guarded: a page may load the widget twice (two copies of
// the script, or the loader and a direct import), and a second define() would throw.
import { KutseQualificationInfo } from './qualification-info.ts';

export const tagName = 'kutse-qualification-info';

if (!customElements.get(tagName)) customElements.define(tagName, KutseQualificationInfo);

declare global {
  interface HTMLElementTagNameMap {
    'kutse-qualification-info': KutseQualificationInfo;
  }
}
