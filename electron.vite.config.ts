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

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
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
    worker: { format: 'es' },
  },
});
