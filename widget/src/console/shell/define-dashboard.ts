// The overview draws its charts with Chart.js, most of the console's bytes: it is loaded the first
// time it is shown, not by every list and application page. Its element upgrades when defined (Lit
// keeps the properties the shell set on it before).
export async function defineDashboard(): Promise<void> {
  const { KutseConsoleDashboard } = await import('../dashboard/console-dashboard.ts');
  if (!customElements.get('kutse-console-dashboard'))
    customElements.define('kutse-console-dashboard', KutseConsoleDashboard);
}
