import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/csp';
import { categoryCss } from './report/vocabulary';

/** Writes the one Content Security Policy into index.html's meta tag. */
const contentSecurityPolicy: Plugin = {
  name: 'parallax-csp',
  transformIndexHtml: (html) => html.replace('%PARALLAX_CSP%', CONTENT_SECURITY_POLICY),
};

/** Writes the category and tone colours, shared with the reports, into index.html's style tag. */
const categoryStyles: Plugin = {
  name: 'parallax-category-css',
  transformIndexHtml: (html) => html.replace('/* %PARALLAX_CATEGORY_CSS% */', categoryCss()),
};

/**
 * JSON as the renderer and its analysis worker import it: default exports only (every import here is one). With named
 * exports, the worker's bundle gave each of sentiment's 3,382 scored words a getter of its own, compiled and run at
 * every start of the worker (about 20 ms of its start-up). The bench bundles the worker with the same settings.
 */
export const rendererJson = { namedExports: false };

/**
 * Writes the characters rolldown's `charset: 'ascii'` leaves, those of String.raw templates (an escape there would
 * change the raw text), as `${"\u2019"}`: String.raw puts a substitution's value in as it is, so the text is the
 * same. The analysis worker's script is then ASCII only, which its engine reads and keeps as one byte a character
 * rather than two. A character whose nearest backtick before it does not open a String.raw template, or that follows
 * a backslash, is left alone.
 */
const asciiRawTemplates: Plugin = {
  name: 'parallax-ascii-raw-templates',
  renderChunk(code) {
    let out = '';
    let copied = 0;
    for (let i = 0; i < code.length; i++) {
      const c = code.charCodeAt(i);
      if (c < 128) continue;
      const tick = code.lastIndexOf('`', i);
      let slashes = 0;
      while (code.charCodeAt(i - 1 - slashes) === 92) slashes++;
      // after an odd run of backslashes `${` would not open a substitution
      if (!code.startsWith('String.raw', tick - 10) || slashes % 2) continue;
      out += code.slice(copied, i) + '${"\\u' + c.toString(16).padStart(4, '0') + '"}';
      copied = i + 1;
    }
    return copied ? { code: out + code.slice(copied), map: null } : null;
  },
};

/** What engine/assets.ts imports for its bundled assets, and the module that stands for it in the worker's bundle. */
const BUNDLED_ASSETS = './assets-bundled';
const NO_BUNDLED_ASSETS = '\0parallax-no-bundled-assets';

/**
 * Leaves the engine's large assets out of the analysis worker's bundle: engine/assets.ts's bundled assets are none
 * there, and the page fetches the asset files while the worker's script is read and run, and gives them to it
 * (renderer/src/workers/assets.ts). A worker's script is read whole before any of it runs; its assets were six of
 * its seven megabytes, read in series with its code.
 */
export const assetsLeftOut: Plugin = {
  name: 'parallax-assets-left-out',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === BUNDLED_ASSETS && importer?.replaceAll('\\', '/').endsWith('/engine/assets.ts') ? NO_BUNDLED_ASSETS : null;
  },
  load(id) {
    return id === NO_BUNDLED_ASSETS ? 'export const bundledAssets = {};' : null;
  },
};

/**
 * How the analysis worker is bundled, by the app and by the bench alike: ASCII only (see asciiRawTemplates), without
 * the engine's large assets (assetsLeftOut), and without comments, which the worker's script would otherwise carry,
 * some of them in other alphabets.
 */
export const workerBundling = {
  plugins: [asciiRawTemplates, assetsLeftOut],
  output: { charset: 'ascii', comments: false } as const,
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // engine/assets-bundled.ts reads the engine's assets as text (`?raw` imports), which only the bundler can give.
      externalizeDeps: { exclude: ['wink-eng-lite-web-model'] },
      rollupOptions: {
        // ipc.js is also loaded on its own by the e2e harness, so it is an entry of its own.
        // cli.js is the command line (cli/, run by bin/parallax.cjs): plain Node, it must never require electron.
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          ipc: resolve(__dirname, 'electron/main/ipc.ts'),
          cli: resolve(__dirname, 'cli/index.ts'),
        },
        // Loaded from node_modules when the CLI prints a PDF, not bundled (it is a development dependency).
        external: ['playwright-core'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() node_modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [svelte(), contentSecurityPolicy, categoryStyles],
    json: rendererJson,
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
    worker: { format: 'es', plugins: () => workerBundling.plugins, rolldownOptions: { output: workerBundling.output } },
  },
});
