/**
 * What a first search costs a visitor, measured in Chromium on a built site: the bytes
 * Pagefind fetches (its UI on page load, then the script, WebAssembly, index and result
 * fragments for the first query) and the time from the last keystroke to the first result
 * on screen, which includes the search page's typing delay. Each run uses a fresh browser
 * context, so nothing is cached.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/server.ts';

export interface FetchedFile {
  path: string;
  /** Bytes as served by a plain static server. */
  bytes: number;
  /** Bytes with gzip for text files, as most hosts send them (Pagefind's index files are already compressed). */
  gzipBytes: number;
}

export interface SearchCost {
  page: string;
  query: string;
  /** Pagefind files loaded with the page, before anything is typed. */
  onLoad: FetchedFile[];
  /** Pagefind files loaded for the first query, from the moment the search box gets focus (the page starts loading Pagefind then) until its results are shown. */
  firstQuery: FetchedFile[];
  results: number;
  /** Last keystroke to first result shown, one figure per run, in milliseconds. */
  keystrokeToResultMs: number[];
}

const COMPRESSIBLE = /\.(js|mjs|css|json|html|svg)$/;
const RESULT = 'pagefind-results .search-result';
const SEARCH_BOX = 'form[data-search] input[type="search"]';

/** The built search page of `locale`: the one page in that language with Pagefind's results element. */
export function findSearchPage(distDir: string, locale: string): string | undefined {
  const localeDir = join(distDir, locale);
  for (const entry of readdirSync(localeDir, { withFileTypes: true })) {
    const file = join(localeDir, entry.name, 'index.html');
    if (entry.isDirectory() && existsSync(file) && readFileSync(file, 'utf8').includes('<pagefind-results')) return `${locale}/${entry.name}/`;
  }
  return undefined;
}

const sizeOf = (path: string, body: Buffer): FetchedFile => ({
  path,
  bytes: body.length,
  gzipBytes: COMPRESSIBLE.test(path) ? gzipSync(body, { level: 9 }).length : body.length,
});

export const totalBytes = (files: readonly FetchedFile[], key: 'bytes' | 'gzipBytes') => files.reduce((sum, file) => sum + file[key], 0);

interface Marks {
  lastKeyAt?: number;
  firstResultAt?: number;
}

/**
 * Types `query` like a person and returns the milliseconds from the last key to the first
 * result shown after it. Results a slow machine shows for a partial word before the last key
 * are not counted.
 */
async function timeFirstResult(page: Page, query: string): Promise<number> {
  await page.evaluate(
    ({ selector, box, query }) => {
      const marks = window as Marks;
      const input = document.querySelector<HTMLInputElement>(box)!;
      input.addEventListener('input', () => {
        if (input.value === query) marks.lastKeyAt = performance.now();
      });
      new MutationObserver((_, observer) => {
        if (marks.lastKeyAt !== undefined && document.querySelector(selector)) {
          marks.firstResultAt = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    },
    { selector: RESULT, box: SEARCH_BOX, query },
  );
  await page.locator(SEARCH_BOX).pressSequentially(query, { delay: 80 });
  await page.waitForFunction(() => (window as Marks).firstResultAt !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => (window as Marks).firstResultAt! - (window as Marks).lastKeyAt!);
}

export async function measureSearch(distDir: string, locale: string, query: string, runs = 3): Promise<SearchCost | undefined> {
  const searchPage = findSearchPage(distDir, locale);
  if (!searchPage) return undefined;
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const cost: SearchCost = { page: `/${searchPage}`, query, onLoad: [], firstQuery: [], results: 0, keystrokeToResultMs: [] };
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: FetchedFile[] = [];
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.includes('/pagefind/')) pending.push(response.body().then((body) => void fetched.push(sizeOf(path, body)), () => undefined));
      });
      await page.goto(new URL(searchPage, server.url).href, { waitUntil: 'networkidle' });
      await Promise.all(pending.splice(0));
      const onLoad = fetched.splice(0);
      cost.keystrokeToResultMs.push(await timeFirstResult(page, query));
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      if (run === 0) {
        cost.onLoad = onLoad;
        cost.firstQuery = fetched;
        cost.results = await page.locator(RESULT).count();
      }
      await context.close();
    }
    return cost;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A word worth searching for in `locale`: the most frequent long word of the content, so the query finds many pages. */
export function commonWord(words: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const word of words) if (word.length >= 7) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) throw new Error('No word of seven letters or more to search for.');
  return best[0];
}
