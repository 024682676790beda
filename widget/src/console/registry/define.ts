// The registry's awarding bodies view is loaded the first time it is shown, as the requests' views
// are: no other page of the console carries it.
import type { KutseConsoleBodies } from './console-bodies.ts';

export async function defineBodies(): Promise<void> {
  const { KutseConsoleBodies } = await import('./console-bodies.ts');
  if (!customElements.get('kutse-console-bodies'))
    customElements.define('kutse-console-bodies', KutseConsoleBodies);
}

declare global {
  interface HTMLElementTagNameMap {
    'kutse-console-bodies': KutseConsoleBodies;
  }
}
