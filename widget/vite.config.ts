// Builds the embeddable widget: widget/dist/kutse.js (the loader an awarding body pastes, a stable
// name) beside hashed chunks, one per component plus one shared Lit chunk, all cacheable for long.
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './build/minify-templates.ts';
import { pureValibotCalls } from './build/pure-valibot-calls.ts';
import { withoutHonoCookies } from './build/without-hono-cookies.ts';

const widget = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The staff console (/console on the API's origin) is an application, not an embeddable widget: it
 * is built after the widget into a folder of its own, so none of its chunks is counted in (or
 * changes) the widget's bundle. Same plugins, same Lit, its own chunks; the manifest names its
 * hashed entry for the API's page (api/console/assets.ts).
 */
const consoleConfig: InlineConfig = {
  configFile: false,
  base: '/console/assets/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [minifyTemplates(), pureValibotCalls(), withoutHonoCookies()],
  build: {
    outDir: widget('dist-console'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    manifest: true,
    assetsDir: '',
    // Vite's preloading adds <link rel="modulepreload"> elements from script, without the page's
    // nonce: the CSP refuses them (and with them the lazily loaded overview). import() alone is allowed.
    modulePreload: false,
    rolldownOptions: {
      input: { console: widget('src/console/main.ts') },
      output: { comments: false, entryFileNames: '[name]-[hash].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
};

/** Builds the console once the widget is written (a plugin: `vite build` runs one config). */
function buildConsole(): Plugin {
  return {
    name: 'kutse:console',
    apply: 'build',
    async closeBundle() {
      await build(consoleConfig);
    },
  };
}

export default defineConfig({
  // The bundle is served by the API at /widget/: chunk URLs resolve against the loader's own URL.
  base: './',
  publicDir: false,
  plugins: [minifyTemplates(), pureValibotCalls(), withoutHonoCookies(), buildConsole()],
  build: {
    outDir: widget('dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: widget('src/loader.ts'),
      formats: ['es'],
      fileName: () => 'kutse.js',
    },
    rolldownOptions: {
      output: {
        // Library mode keeps whitespace with build.minify alone.
        minify: true,
        // The output is what browsers run, never bundled again: tree-shaking hints such as
        // /* @__PURE__ */ and /* @__NO_SIDE_EFFECTS__ */ (valibot has ~90) are dead bytes there.
        comments: false,
        // A component's chunk is named for its folder (its entry is always define.ts).
        chunkFileNames: ({ facadeModuleId }) =>
          `${facadeModuleId?.match(/([^\\/]+)[\\/]define\.ts$/)?.[1] ?? '[name]'}-[hash].js`,
        codeSplitting: {
          // Lit and the few shared modules every component imports go into one chunk: split
          // further, each page would pay a request and a chunk's overhead for a few hundred bytes.
          // Lit's directives stay out, and so does lit-html's directive-helpers.js, which only
          // `repeat`, `keyed` and `live` need (the data tracker's repeat; the form binds its
          // values with its own liveValue): only some components use them, and a page of
          // <kutse-qualification-info> alone should not download them (in the shared chunk they
          // put that page 213 B over its 15 KB).
          groups: [
            {
              name: 'shared',
              test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/](?!directives[\\/]|directive-helpers\.js)|widget[\\/]src[\\/]shared[\\/](i18n|tokens|format)\.ts$/,
            },
            {
              // Hono's client and the one error type every call throws, in one chunk with the
              // catalogue's call: <kutse-qualification-info> needs all three, the form and the status
              // tracker the first two. Apart, they were a chunk more for every page that shows them.
              name: 'api-client',
              test: /node_modules[\\/]hono[\\/]|widget[\\/]src[\\/]shared[\\/](api-client|problem)\.ts$/,
            },
            {
              // What every signed-in component imports: the session and its prompt, valibot (the
              // contract's checks), the styles of messages and fields, the problem reader. Left to
              // themselves, the fields' styles, the problem reader and a payment reference's pattern
              // were three chunks of a few hundred bytes that every such page fetched and unzipped
              // apart (~200 B gzipped more for the applicant's four components). The catalogue's
              // and the card's pages import none of these.
              name: 'session',
              test: /node_modules[\\/]valibot[\\/]|widget[\\/]src[\\/]shared[\\/](session[\w-]*|idle|sign-in-(gate|errors)|announcer|problem-reader|styles[\\/](buttons|messages|focus|fields))\.ts$|contract[\\/](sign-in|problem|payment-reference)\.ts$/,
            },
          ],
        },
      },
    },
  },
});
