import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * electron-vite's `?modulePath` imports (the loader's worker) for Vitest: the imported module is built
 * to a CommonJS file, as electron-vite builds it for the app, and the import gives that file's path.
 */
function modulePath(): Plugin {
  const suffix = '?modulePath';
  const prefix = '\0module-path:';
  const built = new Map<string, Promise<string>>();
  // Inside the project, so the built file finds node_modules; one folder per run, removed at exit.
  const cache = join(import.meta.dirname, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'vitest-workers-'));
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  return {
    name: 'parallax-vitest-module-path',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(suffix)) return null;
      const resolved = await this.resolve(source.slice(0, -suffix.length), importer, { skipSelf: true });
      return resolved ? `${prefix}${resolved.id}` : null;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const entry = id.slice(prefix.length);
      const name = basename(entry, extname(entry));
      if (!built.has(entry)) {
        const output = { format: 'cjs', entryFileNames: '[name].cjs' } as const;
        const config = { ssr: entry, outDir: join(outDir, name), emptyOutDir: true, minify: false, rollupOptions: { output } };
        built.set(entry, build({ configFile: false, logLevel: 'warn', build: config }).then(() => join(outDir, name, `${name}.cjs`)));
      }
      return `export default ${JSON.stringify(await built.get(entry)!)};`;
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [modulePath()],
        test: {
          name: 'node',
          environment: 'node',
          // the engine's tests analyse whole sets of articles: on a shared, loaded machine a test may take seconds
          testTimeout: 30_000,
          // Playwright specs end in .spec.ts; Vitest must not pick them up.
          include: ['engine/**/*.test.ts', 'report/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        // The page's state classes and components, compiled by Svelte for the browser and run in jsdom.
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/src/**/*.test.ts'],
        },
      },
    ],
  },
});
