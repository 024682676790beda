// The on-behalf view carries the whole application form, which the list and an application's page
// do not need: it is loaded the first time the view is shown (as the overview's charts are), and
// its elements upgrade when defined, keeping the properties the shell set on them before.
export async function defineOnBehalf(): Promise<void> {
  const [{ KutseConsoleOnBehalf }] = await Promise.all([
    import('./console-on-behalf.ts'),
    import('../../application-form/define.ts'),
  ]);
  if (!customElements.get('kutse-console-on-behalf'))
    customElements.define('kutse-console-on-behalf', KutseConsoleOnBehalf);
}

declare global {
  interface HTMLElementTagNameMap {
    'kutse-console-on-behalf': import('./console-on-behalf.ts').KutseConsoleOnBehalf;
  }
}
