/**
 * Queries a built site's search index from Node with the very pagefind.js the browser loads,
 * fetching the index files over HTTP from the test server.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindResultData, PagefindSearchResult } from '@pagefind/component-ui';

export interface SearchIndex {
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearchResult>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

/**
 * The index of one language. Pagefind picks it from `<html lang>` as the instance is created,
 * so a stand-in `document` answers that one question for that moment. Each language gets its
 * own copy of the module: Pagefind keeps one WebAssembly module per page, as a browser would.
 */
export async function openSearchIndex(distDir: string, siteUrl: string, language: string): Promise<SearchIndex> {
  const script = pathToFileURL(join(distDir, 'pagefind', 'pagefind.js'));
  script.searchParams.set('language', language);
  const pagefind = await import(script.href);
  const global = globalThis as { document?: unknown };
  global.document = { querySelector: () => ({ getAttribute: () => language }) };
  try {
    return pagefind.createInstance({ basePath: new URL('pagefind/', siteUrl).href });
  } finally {
    delete global.document;
  }
}

/** Every result's data, best first. */
export async function resultData(index: SearchIndex, term: string | null, filters: Record<string, string[]> = {}): Promise<PagefindResultData[]> {
  const found = await index.search(term, { filters });
  return Promise.all(found.results.map((result) => result.data()));
}

/** The site path of a result URL, e.g. `/en/programme/`. */
export function pathOf(result: PagefindResultData): string {
  return new URL(result.url, 'http://site.invalid').pathname;
}
