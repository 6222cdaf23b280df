import { defineConfig } from 'vitest/config';

// CLI tests spawn real processes; give them room on a loaded 2-core CI machine.
const timeouts = { testTimeout: 60_000, hookTimeout: 120_000 };
// Files that mock a module need their own module registry.
const mocking = ['test/compare/value-logic.test.ts'];

export default defineConfig({
  test: {
    projects: [
      // One module registry per worker, not per file: importing the sources again for each of 120
      // files was a fifth of the suite's time.
      { test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: mocking, isolate: false, ...timeouts } },
      { test: { name: 'isolated', include: mocking, ...timeouts } },
    ],
  },
});
