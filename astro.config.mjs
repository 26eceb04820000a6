// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { safeMdx } from './src/integrations/safe-mdx.ts';
import cms from './src/cms/integration.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { cacheFolder } from './src/lib/kept-build.ts';

/**
 * Deployment settings come from the environment, so one build command serves every host:
 * - SITE_URL: the public origin, e.g. https://example.org (used for canonical and alternate links);
 * - BASE_PATH: the folder the site is served from, e.g. /wepc2021/ (default /);
 * - CONFERENCE_CONTENT: the content folder to build (default content/);
 * - SITE_NOW: pretend the build runs at this instant (see docs/editing.md).
 */
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  cacheDir: cacheFolder(),
  build: {
    format: 'directory',
    // Four pages at a time, so pages render while others are written to disk: about a quarter
    // less rendering time on a large programme (docs/performance.md).
    concurrency: 4,
  },
  // contentGate first: the content is checked, as `npm run check` does, before anything is built from it.
  integrations: [contentGate(), mdx(), pagefind(), cms()],
  markdown: {
    // Content files cannot run code: see src/lib/mdx-safety.ts.
    processor: satteri({ mdastPlugins: [safeMdx] }),
    // Conference texts have no code to colour, and Shiki colours with inline styles, which the
    // security policy below refuses: code blocks stay plain <pre><code>.
    syntaxHighlight: false,
  },
  vite: {
    build: {
      rolldownOptions: {
        /**
         * Astro 7 writes the directive "use astro:head-inject" into a module for every MDX file,
         * and nothing reads it once bundled, so the bundler's warning that it "may not be
         * preserved" comes once per content file and means nothing (withastro/astro#18087).
         * Only that message is dropped; every other warning still shows.
         */
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  /**
   * A Content-Security-Policy <meta> on every page: scripts and styles only from this site,
   * inline ones only by hash (Astro adds the hashes), nothing from other hosts. A page that needs
   * more adds it for itself, e.g. search: Astro.csp?.insertScriptResource("'wasm-unsafe-eval'")
   * and Astro.csp?.insertDirective("worker-src 'self' blob:"). frame-ancestors cannot be set in
   * a <meta>: it is a header, see public/_headers and docs/hosting.md.
   */
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
