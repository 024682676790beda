// OpenAPI forbids two path templates that differ only in their parameters' names (3.1 §4.8.8):
// PUT …/documents/{type} and GET/DELETE …/documents/{document} are one path to a client generator.
// Hono tells them apart by method, so the document lists them under the template most of them use,
// each operation keeping its own description and schema of that parameter.
type Parameter = { in?: string; name?: string; description?: string };
type Operation = { parameters?: Parameter[] };
type PathItem = Record<string, Operation>;

const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
const names = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);

export function mergeIdenticalPaths<P extends object>(paths: Record<string, P>): Record<string, P> {
  const groups = new Map<string, string[]>();
  for (const path of Object.keys(paths)) groups.set(shape(path), [...(groups.get(shape(path)) ?? []), path]);
  const merged: Record<string, P> = {};
  for (const [path, item] of Object.entries(paths) as [string, PathItem][]) {
    const group = groups.get(shape(path)) ?? [path];
    const target = group.reduce((a, b) =>
      Object.keys(paths[b] ?? {}).length > Object.keys(paths[a] ?? {}).length ? b : a,
    );
    const rename = new Map(names(path).map((name, i) => [name, names(target)[i] as string]));
    const operations = Object.fromEntries(
      Object.entries(item).map(([method, operation]) => [
        method,
        path === target
          ? operation
          : {
              ...operation,
              parameters: operation.parameters?.map((p) =>
                p.in === 'path' && p.name && rename.has(p.name)
                  ? { description: `The ${p.name}: see the operation`, ...p, name: rename.get(p.name) }
                  : p,
              ),
            },
      ]),
    );
    merged[target] = { ...merged[target], ...operations } as P;
  }
  return merged;
}
