// Writes the README's component reference from widget/custom-elements.json (generated from the
// components' JSDoc), between the `components:start` and `components:end` markers.
// `node scripts/component-docs.ts` rewrites README.md; `--check` only reports whether it is current.
import { readFileSync, writeFileSync } from 'node:fs';

type Item = { name: string; description?: string; default?: string; type?: { text: string } };
type Declaration = {
  tagName?: string;
  summary?: string;
  attributes?: Item[];
  events?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
  slots?: Item[];
};
type Manifest = { modules: { declarations?: Declaration[] }[] };

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A default worth printing: a literal, not the name of a constant (the description says its value). */
const literal = (value: string | undefined): value is string =>
  value !== undefined && /^(['"`\d-]|true$|false$|null$)/.test(value);

function table(title: string, items: Item[] | undefined, withDefault: boolean): string[] {
  if (!items?.length) return [];
  const header = withDefault
    ? ['| Name | Default | Description |', '|---|---|---|']
    : ['| Name | Description |', '|---|---|'];
  const rows = items.map((i) =>
    withDefault
      ? `| \`${i.name}\` | ${literal(i.default) ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`
      : `| \`${i.name}\` | ${cell(i.description)} |`,
  );
  return [`**${title}**`, '', ...header, ...rows, ''];
}

/** The markdown for every custom element in a manifest. */
export function componentDocs(manifest: Manifest): string {
  // Sorted: the analyzer lists modules in the order it happened to read them, which varies.
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => (a.tagName ?? '').localeCompare(b.tagName ?? ''));
  return elements
    .flatMap((d) => [
      `### \`<${d.tagName}>\``,
      '',
      d.summary ?? '',
      '',
      ...table('Attributes', d.attributes, true),
      ...table('Events', d.events, false),
      ...table('CSS custom properties', d.cssProperties, true),
      ...table('Parts (`::part(…)`)', d.cssParts, false),
      ...table('Slots', d.slots, false),
    ])
    .join('\n');
}

const START = '<!-- components:start -->';
const END = '<!-- components:end -->';

/** README.md with its component section regenerated. */
export function readmeWithComponentDocs(readme: string, manifest: Manifest): string {
  const before = readme.slice(0, readme.indexOf(START) + START.length);
  const after = readme.slice(readme.indexOf(END));
  return `${before}\n## Components\n\nGenerated from \`widget/custom-elements.json\` by \`npm run docs\`.\n\n${componentDocs(manifest)}\n${after}`;
}

if (import.meta.main) {
  const manifest = JSON.parse(readFileSync('widget/custom-elements.json', 'utf8')) as Manifest;
  const readme = readFileSync('README.md', 'utf8');
  const next = readmeWithComponentDocs(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md’s component section is out of date: run `npm run docs`.');
      process.exit(1);
    }
  } else writeFileSync('README.md', next);
}
