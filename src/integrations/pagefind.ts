/**
 * Builds the search index of a finished site with Pagefind's Node API (the way Starlight does
 * it). Pagefind reads the finished HTML: it writes one index per `<html lang>`, indexes only
 * `data-pagefind-body` (the main content, see BaseLayout) and takes filters and result metadata
 * from `data-pagefind-filter` / `data-pagefind-meta` (SessionView).
 *
 * Two callers, one indexer (`indexSite`):
 * - `npm run build` (scripts/build.ts) sets `INDEX_AFTER_BUILD` for its `astro build` child and
 *   indexes once that process has exited, so Pagefind never runs while Astro still holds the
 *   memory of every page: the build's peak is the larger of the two, not their sum
 *   (docs/performance.md);
 * - a plain `astro build` (tests, `astro preview`) indexes at its end, in the `astro:build:done`
 *   hook, so every build of the site can be searched.
 *
 * The output folder has no base path in it, so URLs in the index start at the site root;
 * the search page adds the base (see SearchView). A Pagefind error fails the build, so a
 * site is never published with a missing or stale index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchBundleFolder } from '../lib/search-state.ts';

/** The environment variable with which scripts/build.ts tells `astro build` that it indexes the site itself, afterwards. */
export const INDEX_AFTER_BUILD = 'CONFERENCE_INDEX_AFTER_BUILD';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'conference-site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_BUILD]) {
          logger.info('Search index: written by scripts/build.ts once this build has exited.');
          return;
        }
        await indexSite(fileURLToPath(dir), (message) => logger.info(message));
      },
    },
  };
}

/**
 * Indexes the built site in `siteDir` and writes the index to `siteDir/pagefind/`; tells `report`
 * how many HTML files Pagefind read and how long it took. Throws, in words, when Pagefind fails.
 */
export async function indexSite(siteDir: string, report: (message: string) => void): Promise<void> {
  const started = performance.now();
  const stopped = pagefindStopped();
  try {
    const pages = await Promise.race([writeIndex(siteDir), stopped.promise]);
    report(`Search index written from ${pages} HTML files in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    stopped.forget();
    await pagefind.close();
  }
}

/** Returns how many HTML files Pagefind read. */
async function writeIndex(siteDir: string): Promise<number> {
  const { index } = checked(await pagefind.createIndex(), 'create the index');
  if (!index) throw new Error('Pagefind could not create the index: it returned no index.');
  const { page_count } = checked(await index.addDirectory({ path: siteDir }), `index ${siteDir}`);
  if (page_count === 0) throw new Error(`Pagefind found no HTML file to index in ${siteDir}.`);
  checked(await index.writeFiles({ outputPath: join(siteDir, searchBundleFolder) }), 'write the index');
  return page_count;
}

/**
 * Pagefind's Node API never answers when its indexer process dies (killed for lack of memory,
 * say): Node would then run out of work and exit without a word. That moment fails instead.
 */
function pagefindStopped(): { promise: Promise<never>; forget: () => void } {
  let onIdle = () => {};
  const promise = new Promise<never>((_, reject) => {
    onIdle = () => reject(new Error('Pagefind stopped before the index was written, without giving a reason (was it out of memory?).'));
    process.once('beforeExit', onIdle);
  });
  return { promise, forget: () => process.off('beforeExit', onIdle) };
}

function checked<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
  return response;
}
