// A Vite plugin that squeezes the whitespace out of our own html`` and css`` templates, which the
// JS minifier leaves alone (they are string contents to it). Worth ~0.3 KB gzipped of the widget.
import type { Plugin } from 'vite';

type Node = { type?: string; start: number; end: number; [key: string]: unknown };

/**
 * HTML collapses runs of whitespace to one space anyway (we use no <pre>, no `white-space: pre`).
 * In CSS, comments go and no space is needed around braces, semicolons, commas, combinators and
 * calc()'s `*`, or after a colon; nor a semicolon before a closing brace, nor a zero before a
 * decimal point.
 */
const squeeze: Record<string, (raw: string) => string> = {
  html: (raw) => raw.replace(/\s+/g, ' '),
  css: (raw) =>
    raw
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // calc()'s `*` needs no spaces (its `+` and `-` do). Only there a digit follows a `*`: in a
      // selector (`.a * .b`) the spaces are a descendant combinator and stay.
      .replace(/\s*\*\s*(?=\d)/g, '*')
      // 0.5em is .5em; not inside a word (a1.0), a hex colour or a class name.
      .replace(/(?<![\w.#-])0\.(?=\d)/g, '.')
      // Combinators need no spaces around them: `>` anywhere, `+` and `~` in a selector (the text
      // before a brace), not in calc() where `+` needs them.
      .replace(/\s*>\s*/g, '>')
      .replace(/[^{};]+(?=\{)/g, (selector) => selector.replace(/\s*([+~])\s*/g, '$1')),
};

/** Every tagged template `html`/`css` in an ESTree program, depth first. */
function* templates(node: unknown): Generator<{ tag: string; quasis: Node[] }> {
  if (!node || typeof node !== 'object') return;
  const current = node as Node;
  if (current.type === 'TaggedTemplateExpression') {
    const tag = current.tag as Node & { name?: string };
    const quasi = current.quasi as Node & { quasis: Node[] };
    if (tag.type === 'Identifier' && tag.name && tag.name in squeeze)
      yield { tag: tag.name, quasis: quasi.quasis };
  }
  for (const value of Object.values(current)) {
    if (Array.isArray(value)) for (const child of value) yield* templates(child);
    else if (value && typeof value === 'object') yield* templates(value);
  }
}

/** Minifies the static parts of html`` and css`` templates in the widget's own source files. */
export function minifyTemplates({ include = /\/widget\/src\/.*\.ts$/ } = {}): Plugin {
  return {
    name: 'kutse:minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!include.test(id)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      for (const { tag, quasis } of templates(this.parse(code))) {
        for (const { start, end } of quasis) {
          const raw = code.slice(start, end);
          // biome-ignore lint/style/noNonNullAssertion: the tag was checked to be a key of squeeze.
          const text = squeeze[tag]!(raw);
          if (text !== raw) edits.push({ start, end, text });
        }
      }
      if (edits.length === 0) return null;
      let result = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}
