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

export function sitePages(site: BuiltSite): Page[] {
  return htmlPages(site.distDir);
}
