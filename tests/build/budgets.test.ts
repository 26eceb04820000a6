/**
 * Page-weight budgets (docs/performance.md), checked on the real built site in gzip bytes:
 * pages must stay light on slow connections. The figures are printed as a table on every
 * run, and with the failure when a budget is exceeded.
 */
import { describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { htmlPages, visitorFiles } from '../helpers/dist.ts';
import { pageWeight, siteReader, sum, textTable, type PageWeight } from '../helpers/page-weight.ts';

const KB = 1000;
const budgets = {
  sessionHtml: 7 * KB,
  programmeHtml: 20 * KB,
  css: 12 * KB,
  js: 8 * KB,
};

const dist = inject('distDir');
const content = contentFolder();
const locales = content.conference.locales.map((locale) => locale.code);
const pages = htmlPages(dist);
const read = siteReader(dist);

/** The search page loads Pagefind's files only for itself; they are measured by `npm run bench` instead. */
const isSearchPage = (page: (typeof pages)[number]) => page.$('pagefind-results').length > 0;
const isPagefindFile = (path: string) => path.includes('/pagefind/');

/** The kind of page at `path`: `home`, `programme`, `session`, `audiences`, `audiences/…`, or the path itself outside the languages. */
function kindOf(path: string): string {
  const [locale, section, item] = path.split('/').filter(Boolean);
  if (!locale || !locales.includes(locale)) return path;
  if (!section) return 'home';
  const key = Object.entries(uiStrings(locale).routes).find(([, segment]) => segment === section)?.[0] ?? section;
  if (!item) return key;
  return key === 'programme' ? 'session' : `${key}/…`;
}

interface Measured extends PageWeight {
  kind: string;
  cssBytes: number;
  jsBytes: number;
}

const measured: Measured[] = pages.map((page) => {
  const weight = pageWeight(page.path, page.html, page.$, read);
  const js = isSearchPage(page) ? weight.js.filter((asset) => !isPagefindFile(asset.path)) : weight.js;
  return { ...weight, kind: kindOf(page.path), cssBytes: sum(weight.css), jsBytes: sum(js) };
});

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const largest = (rows: readonly Measured[], field: 'html' | 'cssBytes' | 'jsBytes') => rows.reduce((max, row) => (row[field] > max[field] ? row : max));

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

const overBudget = (rows: readonly Measured[], field: 'html' | 'cssBytes' | 'jsBytes', budget: number) =>
  rows.filter((row) => row[field] > budget).map((row) => `${row.path}: ${kb(row[field])} > ${kb(budget)}`);

describe('page weight, gzip', () => {
  it('prints the figures of every kind of page', () => {
    console.log(`Page weight (gzip; budgets: session HTML ${kb(budgets.sessionHtml)}, programme HTML ${kb(budgets.programmeHtml)}, CSS ${kb(budgets.css)}, JS ${kb(budgets.js)})\n${weightTable()}`);
    // Every session and programme page is measured, so the budgets below cannot pass on an empty list.
    expect(measured.filter((row) => row.kind === 'session')).toHaveLength(content.sessionIds.length * locales.length);
    expect(measured.filter((row) => row.kind === 'programme')).toHaveLength(locales.length);
  });

  it(`keeps every session page's HTML within ${kb(budgets.sessionHtml)}`, () => {
    expect(overBudget(measured.filter((row) => row.kind === 'session'), 'html', budgets.sessionHtml), `figures:\n${weightTable()}\n`).toEqual([]);
  });

  it(`keeps the programme's HTML within ${kb(budgets.programmeHtml)}`, () => {
    expect(overBudget(measured.filter((row) => row.kind === 'programme'), 'html', budgets.programmeHtml), `figures:\n${weightTable()}\n`).toEqual([]);
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
    const files = visitorFiles(dist);
    expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
    const styles = [
      ...files.filter((file) => file.endsWith('.css')).map((file) => ({ where: file, text: read(`/${file}`)!.toString('utf8') })),
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
