// What the widget costs an awarding body's page: the bytes of each built file, and what a page
// that shows <kutse-qualification-info> downloads — the loader, the component's chunk and the
// chunks those import statically (each file is fetched, and gzipped, separately). The same for
// <kutse-certificate-card>, the component embedded most often (issue 13: loader + card ≤ 15 KB).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = fileURLToPath(new URL('../widget/dist/', import.meta.url));
const viteConfig = fileURLToPath(new URL('../widget/vite.config.ts', import.meta.url));

export const LOADER = 'kutse.js';
export const COMPONENT_TAG = 'kutse-qualification-info';
/** The certificate card: on the awarding bodies', owners' and employers' pages alike. */
export const CARD_TAG = 'kutse-certificate-card';
/** Issue 13: the loader and the card together, gzipped, at most 15 KB. */
export const CARD_TARGET_BYTES = 15 * 1024;
/**
 * The components there were when issue 11 set its size floor (a567c35: 49.8 KB gzipped for all of
 * them, Estonian pages): measured alone, the same set, so that components added since (the
 * certificate card, my certificates, the data tracker) do not count against that floor.
 */
export const ISSUE_11_TAGS = [
  'kutse-qualification-info',
  'kutse-account',
  'kutse-application-form',
  'kutse-status-tracker',
] as const;
/** A component's English strings: loaded only on an English page (`lang="en"`). */
const ENGLISH_STRINGS = /\.strings\.en-[\w-]+\.js$/;
/** English words shared by several components' English strings (widget/src/shared/*.en.ts). */
const ENGLISH_ONLY = /^[\w-]+\.en-[\w-]+\.js$/;

export type ChunkSize = {
  file: string;
  role: string;
  raw: number;
  /** Re-minified with Vite's own (Oxc) minifier: close to `raw` shows the build is minified. */
  minified: number;
  gzip: number;
  staticImports: string[];
  dynamicImports: string[];
};

export type WidgetSize =
  | { skipped: string }
  | {
      chunks: ChunkSize[];
      /** Loader + component + their static imports: what every page with the tag loads. */
      page: { files: string[]; gzip: number };
      /** Plus what those chunks import on demand (e.g. another language's strings). */
      pageWithLazy: { files: string[]; gzip: number };
      /** Every file but the English strings: what a site with all components on Estonian pages loads. */
      allComponents: { files: string[]; gzip: number };
      /** The same for the components of issue 11's floor (ISSUE_11_TAGS) and what they import. */
      issue11Components: { files: string[]; gzip: number };
      /** Loader + <kutse-certificate-card> + their static imports; absent while the loader has no such tag. */
      card: { files: string[]; gzip: number } | undefined;
      built: boolean;
    };

/** Builds widget/dist if it is missing, then measures it. */
export async function measureWidget(): Promise<WidgetSize> {
  let built = false;
  if (!existsSync(distDir)) {
    if (!existsSync(viteConfig))
      return { skipped: 'widget/dist is missing and widget/vite.config.ts does not exist yet' };
    const result = spawnSync(`${root}node_modules/.bin/vite`, ['build', '--config', viteConfig], {
      cwd: root,
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(
        `vite build failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`,
      );
    }
    built = true;
  }

  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => (a === LOADER ? -1 : b === LOADER ? 1 : a.localeCompare(b)));
  if (!files.includes(LOADER))
    throw new Error(`widget/dist has no ${LOADER}: ${files.join(', ') || 'no .js files'}`);

  const chunks: ChunkSize[] = [];
  for (const file of files) {
    const code = readFileSync(`${distDir}${file}`, 'utf8');
    const minified = await minify(file, code);
    chunks.push({
      file,
      role: '',
      raw: Buffer.byteLength(code),
      minified: Buffer.byteLength(minified.code),
      gzip: gzipSync(code, { level: 9 }).length,
      staticImports: importsOf(code, file, 'static'),
      dynamicImports: importsOf(code, file, 'dynamic'),
    });
  }

  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const loader = byFile.get(LOADER) as ChunkSize;
  const components = componentsOf(readFileSync(`${distDir}${LOADER}`, 'utf8'));
  const component = components.get(COMPONENT_TAG);
  if (!component || !byFile.has(component)) {
    throw new Error(
      `${LOADER} does not import a chunk for <${COMPONENT_TAG}> (found: ${[...components.keys()].join(', ')})`,
    );
  }

  loader.role = 'loader';
  for (const [tag, file] of components) {
    const chunk = byFile.get(file);
    if (chunk) chunk.role = `component <${tag}>`;
  }
  for (const chunk of chunks) {
    for (const file of chunk.staticImports) {
      const target = byFile.get(file);
      if (target && !target.role) target.role = 'shared (static import)';
    }
    for (const file of chunk.dynamicImports) {
      const target = byFile.get(file);
      if (target && !target.role) target.role = `on demand from ${chunk.file}`;
    }
  }
  for (const chunk of chunks) {
    if (ENGLISH_ONLY.test(chunk.file)) chunk.role = 'English words of several components';
    chunk.role ||= 'not imported by the loader';
  }

  const page = closure([LOADER, component], byFile, false);
  const pageWithLazy = closure(page, byFile, true);
  // An Estonian page never loads a component's English words, nor what only they import (the
  // English sign-in errors they share).
  const english = (file: string) => ENGLISH_STRINGS.test(file) || ENGLISH_ONLY.test(file);
  const allComponents = closure([LOADER, ...components.values()], byFile, true, english);
  const issue11Chunks = ISSUE_11_TAGS.map((tag) => components.get(tag)).filter(
    (file): file is string => file !== undefined && byFile.has(file),
  );
  const issue11Components = closure([LOADER, ...issue11Chunks], byFile, true, english);
  const gzipOf = (list: string[]) => list.reduce((sum, f) => sum + (byFile.get(f)?.gzip ?? 0), 0);
  const cardChunk = components.get(CARD_TAG);
  // The card bundles both languages' words (its strings are small): its page has no lazy chunk.
  const card = cardChunk && byFile.has(cardChunk) ? closure([LOADER, cardChunk], byFile, false) : undefined;
  return {
    chunks,
    page: { files: page, gzip: gzipOf(page) },
    pageWithLazy: { files: pageWithLazy, gzip: gzipOf(pageWithLazy) },
    allComponents: { files: allComponents, gzip: gzipOf(allComponents) },
    issue11Components: { files: issue11Components, gzip: gzipOf(issue11Components) },
    card: card && { files: card, gzip: gzipOf(card) },
    built,
  };
}

/** Relative imports of a built chunk, resolved to dist-relative file names. */
function importsOf(code: string, file: string, kind: 'static' | 'dynamic'): string[] {
  // Minified output: `from"./x.js"`, `import"./x.js"` (side effect) or `import(\`./x.js\`)`.
  const pattern =
    kind === 'static'
      ? /(?:\bfrom|(?:^|[;}\s])import)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g
      : /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const resolved = [...code.matchAll(pattern)].map((m) =>
    new URL(m[1] as string, `file:///${dir}`).pathname.slice(1),
  );
  return [...new Set(resolved)];
}

/** The loader's tag → chunk map, read from its `"tag":()=>import("./chunk.js")` entries. */
function componentsOf(loaderCode: string): Map<string, string> {
  const entries = loaderCode.matchAll(
    /["'`]?([a-z][a-z0-9]*-[a-z0-9-]+)["'`]?\s*:\s*\(\)\s*=>\s*import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g,
  );
  return new Map([...entries].map((m) => [m[1] as string, m[2] as string]));
}

/**
 * Files reachable from `start` through static imports (and dynamic ones when `lazy`), not going
 * into the files `skip` says a page does not load.
 */
function closure(
  start: string[],
  byFile: Map<string, ChunkSize>,
  lazy: boolean,
  skip: (file: string) => boolean = () => false,
): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || skip(file)) return;
    seen.add(file);
    const chunk = byFile.get(file);
    if (!chunk) return;
    for (const next of chunk.staticImports) visit(next);
    // The loader's dynamic imports are the components: only the one being measured counts.
    if (lazy && file !== LOADER) for (const next of chunk.dynamicImports) visit(next);
  };
  for (const file of start) visit(file);
  return [...seen];
}

/**
 * The card's verdict line for `npm run bench`: loader + card against the 15 KB target.
 * @example verdicts.push(cardVerdict(widget)) // 'widget loader + certificate-card: 12 345 B gzipped (…) OK'
 */
export function cardVerdict(widget: Extract<WidgetSize, { chunks: ChunkSize[] }>): string {
  if (!widget.card) return `widget loader + certificate-card: not measured (${LOADER} has no <${CARD_TAG}>)`;
  const ok = widget.card.gzip <= CARD_TARGET_BYTES;
  return `widget loader + certificate-card: ${widget.card.gzip} B gzipped in ${widget.card.files.length} files (target ≤ 15 KB = ${CARD_TARGET_BYTES} B) ${ok ? 'OK' : 'MISSED'}`;
}
