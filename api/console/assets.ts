// The console application's built files (widget/vite.config.ts builds them into widget/dist-console):
// the hashed entry the page loads, read from Vite's manifest, and the files themselves.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build` writes the console; KUTSE_CONSOLE_DIR overrides it (a deployment's copy). */
export const defaultConsoleDir = () =>
  process.env.KUTSE_CONSOLE_DIR ?? fileURLToPath(new URL('../../widget/dist-console', import.meta.url));

/** A built file's name: hashed chunks only (`console-Bq3x_9aZ.js`), nothing with a path in it. */
const ASSET = /^\w[\w.-]*-[\w-]{8}\.js$/;

/**
 * The entry script's URL, or undefined when the console is not built (the page then works without
 * it, as the server renders it). Read per request: a build while the API runs is picked up at once.
 */
export async function consoleEntry(dir: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      { file: string; isEntry?: boolean }
    >;
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
    return entry && ASSET.test(entry.file) ? `/console/assets/${entry.file}` : undefined;
  } catch {
    return undefined;
  }
}

/** A built file's bytes, or undefined for a name that is not one (404). */
export async function consoleAsset(dir: string, name: string): Promise<Uint8Array | undefined> {
  if (!ASSET.test(name)) return undefined;
  return readFile(join(dir, name)).catch(() => undefined);
}
