/**
 * A built site as the quality gates see it: its files, a local server, and what can be read
 * from the pages themselves (languages, search pages). The gates never read the content
 * folder, so they check whatever content was built: the example in `npm test`, the live
 * content in `npm run test:site`.
 */
import { htmlPages, type Page } from '../helpers/dist.ts';

export interface BuiltSite {
  /** The folder the build wrote. */
  distDir: string;
  /** Where a local server serves it, base path included, ending in `/`. */
  siteUrl: string;
  /** The folder the site is published in on its host, e.g. `/` or `/summit/`. */
  base: string;
}

/** The site's languages: each has a home page at `<base><lang>/` in that language (`<html lang>`). */
export function languagesOf(pages: readonly Page[]): string[] {
  return pages
    .filter((page) => page.path === `/${page.$('html').attr('lang')}/`)
    .map((page) => page.$('html').attr('lang')!)
    .sort();
}

/** The search page of each language: the page that holds Pagefind's results element. */
export function searchPages(pages: readonly Page[]): Page[] {
  return pages.filter((page) => page.$('pagefind-results').length > 0);
}

/**
 * How long a gate that opens `pages` pages in Chromium may take: five minutes, or two seconds a
 * page on a large site (axe takes about 0.6 s a page, a day page 1.8 s, on two cores with three
 * tabs at 1,500 sessions: docs/quality.md), so a large programme is checked in full, slowly,
 * instead of failing on the clock.
 */
export const browserGateTimeout = (pages: number): number => Math.max(300_000, pages * 2_000);

export function sitePages(site: BuiltSite): Page[] {
  return htmlPages(site.distDir);
}
