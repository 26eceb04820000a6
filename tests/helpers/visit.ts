/** Visiting many pages of the built site in one browser: a few tabs at a time, so it stays quick on two cores. */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * The site root sends visitors to their browser's language. Tests that must see the page they
 * asked for pretend the browser asks for no language, so the root shows its language choice.
 */
export async function stayOnRequestedPages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => [] }));
}

/** Opens every site path (e.g. `/en/`) under `siteUrl` and runs `visit` on it; results in path order. */
export async function visitAll<T>(
  context: BrowserContext,
  siteUrl: string,
  paths: readonly string[],
  visit: (page: Page, path: string) => Promise<T>,
  tabs = 3,
): Promise<T[]> {
  const results = new Array<T>(paths.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(tabs, paths.length) }, async () => {
      const page = await context.newPage();
      try {
        for (let index = next++; index < paths.length; index = next++) {
          const path = paths[index]!;
          const response = await page.goto(new URL(path.slice(1), siteUrl).href);
          if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
          results[index] = await visit(page, path);
        }
      } finally {
        await page.close();
      }
    }),
  );
  return results;
}
