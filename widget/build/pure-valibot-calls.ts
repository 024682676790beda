// A Vite plugin that marks each valibot schema built through its namespace (`v.object(…)`,
// `v.pipe(…)`) as a pure call where it is written, so a schema the widget never uses is dropped.
// Valibot declares its builders side-effect free (@__NO_SIDE_EFFECTS__), but Rolldown forgets that
// for a call through a namespace import once valibot sits in another chunk than the caller
// (rolldown/rolldown#9956): the form's chunk carried every schema of contract/catalogue.ts and
// contract/applications.ts, ~1.2 KB gzipped of request and response schemas it never runs.
import type { Plugin } from 'vite';

type Node = { type?: string; start: number; end: number; [key: string]: unknown };

/** Calls that run a schema: kept even when their result is unused (parse and assert throw). */
const RUNS = new Set(['parse', 'parseAsync', 'assert', 'safeParse', 'safeParseAsync', 'is']);

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

/** Start offsets of `ns.builder(…)` calls, depth first. */
function* builderCalls(node: unknown, namespaces: Set<string>): Generator<number> {
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
      !RUNS.has(name)
    )
      yield current.start;
  }
  for (const value of Object.values(current)) {
    if (Array.isArray(value)) for (const child of value) yield* builderCalls(child, namespaces);
    else if (value && typeof value === 'object') yield* builderCalls(value, namespaces);
  }
}

/** Adds a pure annotation before every valibot builder call in our own modules. */
export function pureValibotCalls({ include = /\/(contract|widget\/src)\/.*\.ts$/ } = {}): Plugin {
  return {
    name: 'kutse:pure-valibot-calls',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!include.test(id) || !code.includes('valibot')) return null;
      const program = this.parse(code) as unknown as Node;
      const namespaces = valibotNamespaces(program);
      if (namespaces.size === 0) return null;
      const starts = [...new Set(builderCalls(program, namespaces))].sort((a, b) => b - a);
      if (starts.length === 0) return null;
      let result = code;
      for (const start of starts) result = `${result.slice(0, start)}/* @__PURE__ */ ${result.slice(start)}`;
      return { code: result, map: null };
    },
  };
}
