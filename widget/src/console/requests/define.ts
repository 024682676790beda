// The owners' requests views are loaded the first time one is shown, as the overview is: the
// list's and an application's pages do not carry them. Their elements upgrade when defined (Lit
// keeps the properties the shell set on them before).
import type { KutseConsoleRequest } from './console-request.ts';
import type { KutseConsoleRequests } from './console-requests.ts';

export async function defineRequests(): Promise<void> {
  const [{ KutseConsoleRequests }, { KutseConsoleRequest }] = await Promise.all([
    import('./console-requests.ts'),
    import('./console-request.ts'),
  ]);
  if (!customElements.get('kutse-console-requests'))
    customElements.define('kutse-console-requests', KutseConsoleRequests);
  if (!customElements.get('kutse-console-request'))
    customElements.define('kutse-console-request', KutseConsoleRequest);
}

declare global {
  interface HTMLElementTagNameMap {
    'kutse-console-requests': KutseConsoleRequests;
    'kutse-console-request': KutseConsoleRequest;
  }
}
