// Registers the console's elements, guarded like the widget's (a second define() would throw).
import { KutseConsoleApplication } from './application/console-application.ts';
import type { KutseConsoleDashboard } from './dashboard/console-dashboard.ts';
import { KutseConsoleList } from './list/console-list.ts';
import { KutseConsole } from './shell/console-shell.ts';

const elements = {
  'kutse-console': KutseConsole,
  'kutse-console-list': KutseConsoleList,
  'kutse-console-application': KutseConsoleApplication,
};
for (const [tag, element] of Object.entries(elements))
  if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'kutse-console': KutseConsole;
    'kutse-console-list': KutseConsoleList;
    'kutse-console-application': KutseConsoleApplication;
    'kutse-console-dashboard': KutseConsoleDashboard;
  }
}
