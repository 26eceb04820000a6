/**
 * The content gate, `npm run test:site`: what an editor's commit must pass before it is
 * published. setup.ts builds whatever content/ (or CONFERENCE_CONTENT) holds; the tests run the
 * quality gates of tests/gates/ over every page of it. See docs/quality.md.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'site',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/site/**/*.test.ts'],
    globalSetup: ['tests/site/setup.ts'],
    // The browser gates wait on Chromium more than on the processor: run the files side by side.
    maxWorkers: 3,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
