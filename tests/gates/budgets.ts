/**
 * Page-weight gate (docs/performance.md), in gzip bytes: pages stay light on slow connections,
 * load nothing from other hosts and no web fonts, and size their images. The figures are printed
 * as a table on every run, and with the failure when a budget is exceeded.
 */
import { describe, expect, it } from 'vitest';
import { visitorFiles, type Page } from '../helpers/dist.ts';
import { pageWeight, siteReader, sum, textTable, type PageWeight } from '../helpers/page-weight.ts';
import { languagesOf, searchPages, sitePages, type BuiltSite } from './site.ts';

const KB = 1000;
export const budgets = {
  sessionHtml: 7 * KB,
  programmeHtml: 20 * KB,
  css: 12 * KB,
  js: 8 * KB,
};

/** The kind of a page, from what it holds: `session`, `programme` (the overview), `day`, `home`, else its section (`audiences/…`). */
function kindOf(page: Page, languages: readonly string[]): string {
  if (page.$('.session-facts').length > 0) return 'session';
  // The bar of days marks its first link, "All days", on the overview, and the day on a day page.
  if (page.$('[data-day-nav]').length > 0) return page.$('[data-day-nav] li:first-child a[aria-current]').length > 0 ? 'programme' : 'day';
  const [language, section, item] = page.path.split('/').filter(Boolean);
  if (!language || !languages.includes(language)) return page.path;
  if (!section) return 'home';
  return item ? `${section}/…` : section;
}

interface Measured extends PageWeight {
  kind: string;
  cssBytes: number;
  jsBytes: number;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const largest = (rows: readonly Measured[], field: 'html' | 'cssBytes' | 'jsBytes') => rows.reduce((max, row) => (row[field] > max[field] ? row : max));
const overBudget = (rows: readonly Measured[], field: 'html' | 'cssBytes' | 'jsBytes', budget: number) =>
  rows.filter((row) => row[field] > budget).map((row) => `${row.path}: ${kb(row[field])} > ${kb(budget)}`);

export function budgetsGate(site: BuiltSite): void {
  const pages = sitePages(site);
  const languages = languagesOf(pages);
  const read = siteReader(site.distDir, site.base);
  const search = new Set(searchPages(pages));
  /** The search page loads Pagefind's files only for itself; they are measured by `npm run bench` instead. */
  const isPagefindFile = (path: string) => path.includes('/pagefind/');
  const measured: Measured[] = pages.map((page) => {
    const weight = pageWeight(`${site.base}${page.path.slice(1)}`, page.html, page.$, read);
    const js = search.has(page) ? weight.js.filter((asset) => !isPagefindFile(asset.path)) : weight.js;
    return { ...weight, path: page.path, kind: kindOf(page, languages), cssBytes: sum(weight.css), jsBytes: sum(js) };
  });

  /** One line per kind of page, with its heaviest page for each figure. */
  function weightTable(): string {
    const kinds = [...new Set(measured.map((row) => row.kind))].sort();
    const rows = kinds.map((kind) => {
      const ofKind = measured.filter((row) => row.kind === kind);
      const html = largest(ofKind, 'html');
      return [kind, String(ofKind.length), kb(html.html), kb(largest(ofKind, 'cssBytes').cssBytes), kb(largest(ofKind, 'jsBytes').jsBytes), html.path];
    });
    return textTable(['page kind', 'pages', 'max HTML', 'max CSS', 'max JS', 'largest HTML'], rows);
  }

  describe('page weight, gzip', () => {
    it('prints the figures of every kind of page', () => {
      console.log(`Page weight (gzip; budgets: session HTML ${kb(budgets.sessionHtml)}, programme HTML ${kb(budgets.programmeHtml)}, CSS ${kb(budgets.css)}, JS ${kb(budgets.js)})\n${weightTable()}`);
      // Every language's programme and some session pages are measured, so the budgets below cannot pass on an empty list.
      expect(measured.filter((row) => row.kind === 'programme').map((row) => row.path.split('/')[1]).sort()).toEqual(languages);
      expect(measured.filter((row) => row.kind === 'session').length).toBeGreaterThanOrEqual(languages.length);
      expect(measured.filter((row) => row.kind === 'day').length).toBeGreaterThanOrEqual(languages.length);
    });

    it(`keeps every session page's HTML within ${kb(budgets.sessionHtml)}`, () => {
      expect(overBudget(measured.filter((row) => row.kind === 'session'), 'html', budgets.sessionHtml), `figures:\n${weightTable()}\n`).toEqual([]);
    });

    it(`keeps the HTML of the programme and of every day page within ${kb(budgets.programmeHtml)}`, () => {
      expect(overBudget(measured.filter((row) => row.kind === 'programme' || row.kind === 'day'), 'html', budgets.programmeHtml), `figures:\n${weightTable()}\n`).toEqual([]);
    });

    it(`keeps the CSS of every page within ${kb(budgets.css)}`, () => {
      expect(overBudget(measured, 'cssBytes', budgets.css), `figures:\n${weightTable()}\n`).toEqual([]);
    });

    it(`keeps the JavaScript of every page within ${kb(budgets.js)} (Pagefind's files excepted on the search page)`, () => {
      expect(overBudget(measured, 'jsBytes', budgets.js), `figures:\n${weightTable()}\n`).toEqual([]);
    });

    it('loads nothing from other hosts', () => {
      expect(measured.flatMap((row) => row.external.map((url) => `${row.path}: ${url}`))).toEqual([]);
    });
  });

  describe('fonts and images', () => {
    it('uses no web fonts: no font files, no @font-face', () => {
      const files = visitorFiles(site.distDir);
      expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
      const styles = [
        ...files.filter((file) => file.endsWith('.css')).map((file) => ({ where: file, text: read(`${site.base}${file}`)!.toString('utf8') })),
        ...pages.flatMap((page) => page.$('style').map((_, style) => ({ where: page.path, text: page.$(style).text() })).get()),
      ];
      expect(styles.filter((style) => /@font-face/i.test(style.text)).map((style) => style.where)).toEqual([]);
    });

    it('gives every image its width and height, and loads it lazily', () => {
      const unsized = pages.flatMap((page) =>
        page
          .$('img')
          .filter((_, img) => !page.$(img).attr('width') || !page.$(img).attr('height') || page.$(img).attr('loading') !== 'lazy')
          .map((_, img) => `${page.path}: <img src="${page.$(img).attr('src')}">`)
          .get(),
      );
      expect(unsized).toEqual([]);
    });
  });
}
