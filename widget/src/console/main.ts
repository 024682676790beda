// The console's entry (api/console/page.ts loads it with the page's nonce): reads what the page
// embeds, registers the console's elements and starts <kutse-console> in the page's language.

import { readBoot } from './shared/boot.ts';
import { consoleClient } from './shared/console-client.ts';
import { et } from './shared/strings.ts';
import './define.ts';

const boot = readBoot(document);
const strings = boot.language === 'en' ? (await import('./shared/strings.en.ts')).en : et;
const shell = document.querySelector('kutse-console');
if (shell) {
  shell.strings = strings;
  shell.client = consoleClient({ csrfToken: boot.csrfToken, language: boot.language });
  shell.boot = boot;
}
