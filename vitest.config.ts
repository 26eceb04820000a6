/**
 * `npm test`, the generator tests: they test the code on fixtures (examples/ and small content
 * folders the tests make), never on the live content/, which the content gate checks instead
 * (`npm run test:site`, tests/site/vitest.config.ts).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Most files wait on child builds and Chromium more than on the processor: run them side by side.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A few run the editors' scripts in a child process: give them time on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'fixture',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds the example conference once for every file; see the file for what it provides.
          globalSetup: ['tests/helpers/fixture-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
