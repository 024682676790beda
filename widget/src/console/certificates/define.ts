// The certificates view is loaded the first time it is shown, as the overview and the requests are.
import type { KutseConsoleCertificates } from './console-certificates.ts';

export async function defineCertificates(): Promise<void> {
  const { KutseConsoleCertificates } = await import('./console-certificates.ts');
  if (!customElements.get('kutse-console-certificates'))
    customElements.define('kutse-console-certificates', KutseConsoleCertificates);
}

declare global {
  interface HTMLElementTagNameMap {
    'kutse-console-certificates': KutseConsoleCertificates;
  }
}
