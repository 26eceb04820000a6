/**
 * `npm run test:scale`, the slow suite: the example conference grown to 1,500 synthetic sessions
 * (parallel rooms, speakers with photos, recordings, resources), built once, then checked for the
 * page budgets and the day pages' structure (docs/performance.md). A build of that size takes
 * minutes, so it is kept out of `npm test`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'scale',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/scale/**/*.test.ts'],
    testTimeout: 120_000,
    // Writing 1,500 sessions and building them: about 3 minutes on a quiet 2-core machine.
    hookTimeout: 30 * 60_000,
  },
});
