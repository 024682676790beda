// A Vite plugin that marks each valibot schema built through its namespace (`v.object(…)`,
// `v.pipe(…)`) as a pure call where it is written, so a schema the widget never uses is dropped.
// Valibot declares its builders side-effect free (@__NO_SIDE_EFFECTS__), but Rolldown forgets that
// for a call through a namespace import once valibot sits in another chunk than the caller
// (rolldown/rolldown#9956): the form's chunk carried every schema of contract/catalogue.ts and
// contract/applications.ts, ~1.2 KB gzipped of request and response schemas it never runs.
// Only the functions valibot itself marks side-effect free are marked (so `v.parse`, which throws,
// and `v.setGlobalConfig` stay as they are).
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

type Node = { type?: string; start: number; end: number; [key: string]: unknown };

/** The functions valibot's build marks `@__NO_SIDE_EFFECTS__`. */
function sideEffectFree(valibotCode: string): Set<string> {
  const marked = valibotCode.matchAll(/@__NO_SIDE_EFFECTS__\s*\*\/\s*(?:async\s+)?function\s+(\w+)/g);
  return new Set([...marked].map((m) => m[1] as string));
}

/** The local names of `import * as v from 'valibot'` in a module. */
function valibotNamespaces(program: Node): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body as Node[]) {
    if (statement.type !== 'ImportDeclaration') continue;
    if ((statement.source as { value?: unknown }).value !== 'valibot') continue;
    for (const specifier of statement.specifiers as Node[]) {
      if (specifier.type === 'ImportNamespaceSpecifier')
        names.add((specifier.local as { name: string }).name);
    }
  }
  return names;
}

/** Start offsets of `ns.name(…)` calls of a side-effect-free `name`, depth first. */
function* pureCalls(node: unknown, namespaces: Set<string>, pure: Set<string>): Generator<number> {
  if (!node || typeof node !== 'object') return;
  const current = node as Node;
  if (current.type === 'CallExpression') {
    const callee = current.callee as Node & { object?: Node & { name?: string }; property?: Node };
    const name = (callee.property as { name?: string } | undefined)?.name;
    if (
      callee.type === 'MemberExpression' &&
      !callee.computed &&
      callee.object?.type === 'Identifier' &&
      namespaces.has(callee.object.name ?? '') &&
      name &&
      pure.has(name)
    )
      yield current.start;
  }
  for (const value of Object.values(current)) {
    if (Array.isArray(value)) for (const child of value) yield* pureCalls(child, namespaces, pure);
    else if (value && typeof value === 'object') yield* pureCalls(value, namespaces, pure);
  }
}

/** Adds a pure annotation before every side-effect-free valibot call in our own modules. */
export function pureValibotCalls({ include = /\/(contract|widget\/src)\/.*\.ts$/ } = {}): Plugin {
  let pure = new Set<string>();
  return {
    name: 'kutse:pure-valibot-calls',
    apply: 'build',
    enforce: 'post',
    async buildStart() {
      const valibot = await this.resolve('valibot', import.meta.filename);
      if (!valibot) throw new Error('kutse:pure-valibot-calls: valibot cannot be resolved');
      pure = sideEffectFree(await readFile(valibot.id, 'utf8'));
      // Should valibot's build stop marking them, the bundle only grows back (bench reports it).
      if (pure.size === 0) this.warn('valibot marks no function @__NO_SIDE_EFFECTS__');
    },
    transform(code, id) {
      if (!include.test(id) || !code.includes('valibot')) return null;
      const program = this.parse(code) as unknown as Node;
      const namespaces = valibotNamespaces(program);
      if (namespaces.size === 0) return null;
      const starts = [...new Set(pureCalls(program, namespaces, pure))].sort((a, b) => b - a);
      if (starts.length === 0) return null;
      let result = code;
      for (const start of starts) result = `${result.slice(0, start)}/* @__PURE__ */ ${result.slice(start)}`;
      return { code: result, map: null };
    },
  };
}
