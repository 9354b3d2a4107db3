import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Playwright specs end in .spec.ts; Vitest must not pick them up.
    include: ['engine/**/*.test.ts', 'report/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/**/*.test.ts'],
  },
});
