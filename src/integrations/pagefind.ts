/**
 * Builds the search index at the end of every `astro build`, with Pagefind's Node API
 * (the way Starlight does it). Pagefind reads the finished HTML: it writes one index per
 * `<html lang>`, indexes only `data-pagefind-body` (the main content, see BaseLayout) and takes
 * filters and result metadata from `data-pagefind-filter` / `data-pagefind-meta` (SessionView).
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

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'conference-site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`Search index written from ${pages} HTML files in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}

/** Indexes the built site in `siteDir` and writes the index to `siteDir/pagefind/`; returns how many HTML files Pagefind read. */
export async function indexSite(siteDir: string): Promise<number> {
  try {
    const { index } = checked(await pagefind.createIndex(), 'create the index');
    if (!index) throw new Error('Pagefind could not create the index: it returned no index.');
    const { page_count } = checked(await index.addDirectory({ path: siteDir }), `index ${siteDir}`);
    if (page_count === 0) throw new Error(`Pagefind found no HTML file to index in ${siteDir}.`);
    checked(await index.writeFiles({ outputPath: join(siteDir, searchBundleFolder) }), 'write the index');
    return page_count;
  } finally {
    await pagefind.close();
  }
}

function checked<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
  return response;
}
