import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Playwright specs end in .spec.ts; Vitest must not pick them up.
          include: ['engine/**/*.test.ts', 'report/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts'],
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
