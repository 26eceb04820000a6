/**
 * Page-weight gate (docs/performance.md), in gzip bytes: pages stay light on slow connections,
 * load nothing from other hosts, download only the font files their text needs within a font
 * budget, and size their images. The figures are printed
 * as a table on every run, and with the failure when a budget is exceeded.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { visitorFiles, type Page } from '../helpers/dist.ts';
import { pageWeight, siteReader, sum, textTable, type PageWeight } from '../helpers/page-weight.ts';
import { languagesOf, searchPages, sitePages, type BuiltSite } from './site.ts';

const KB = 1000;
export const budgets = {
  sessionHtml: 7 * KB,
  programmeHtml: 20 * KB,
  /** Pages that would grow with the programme, held by design: home fetches "now and next" only during the event, My programme fetches its sessions, a large audience has a page per day. */
  homeHtml: 20 * KB,
  myProgrammeHtml: 20 * KB,
  audienceHtml: 20 * KB,
  /** The speakers index, cut by initial letter when it is large (src/data/people.ts). */
  speakersIndexHtml: 20 * KB,
  css: 12 * KB,
  js: 8 * KB,
  /** Two weights of a Latin face, subset to Latin (docs/performance.md, "Fonts"). */
  fontsLatin: 50 * KB,
  /** Two weights of a face for another script (Arabic), with its Latin subset for names and digits. */
  fontsOtherScript: 135 * KB,
};

interface FontFace {
  family: string;
  display: string;
  ranges: [number, number][];
  url: string;
}

/** The @font-face rules of a style sheet: family, font-display, unicode-range and the WOFF2 file. */
function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const value = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body!)?.[1]?.trim() ?? '';
    const ranges = (value('unicode-range') || 'U+0-10FFFF').split(',').map((range) => {
      // "U+6??" (as minifiers write U+0600-06FF) is a range too.
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!.replace(/\?/g, '0'), 16), parseInt(to!.replace(/\?/g, 'f'), 16)] as [number, number];
    });
    const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(value('src'))?.[1] ?? '';
    return { family: value('font-family').replace(/["']/g, ''), display: value('font-display'), ranges, url };
  });
}

/** The kind of a page, from what it holds: `session`, `programme` (the overview), `day`, `audience` (any of its pages), `my programme`, `speakers index` (any of its pages), `home`, else its section (`speakers/…`). */
function kindOf(page: Page, languages: readonly string[]): string {
  if (page.$('.session-facts').length > 0) return 'session';
  if (page.$('h1[data-audience]').length > 0) return 'audience';
  if (page.$('[data-my-programme]').length > 0) return 'my programme';
  if (page.$('h1[data-speakers-index]').length > 0) return 'speakers index';
  // The bar of days marks its first link, "All days", on the overview, and the day on a day page (whose second bar, of parts, may mark its first).
  if (page.$('[data-day-nav="programme"]').length > 0) return page.$('[data-day-nav] > ul:first-child > li:first-child a[aria-current]').length > 0 ? 'programme' : 'day';
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
  /** The search page loads Pagefind's files (scripts and style sheet) only for itself; they are measured by `npm run bench` instead. */
  const isPagefindFile = (path: string) => path.includes('/pagefind/');
  const measured: Measured[] = pages.map((page) => {
    const weight = pageWeight(`${site.base}${page.path.slice(1)}`, page.html, page.$, read);
    const own = <T extends { path: string }>(assets: T[]) => (search.has(page) ? assets.filter((asset) => !isPagefindFile(asset.path)) : assets);
    return { ...weight, path: page.path, kind: kindOf(page, languages), cssBytes: sum(own(weight.css)), jsBytes: sum(own(weight.js)) };
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
      console.log(
        `Page weight (gzip; budgets: session HTML ${kb(budgets.sessionHtml)}, programme and day HTML ${kb(budgets.programmeHtml)}, home ${kb(budgets.homeHtml)}, My programme ${kb(budgets.myProgrammeHtml)}, audience ${kb(budgets.audienceHtml)}, speakers index ${kb(budgets.speakersIndexHtml)}, CSS ${kb(budgets.css)}, JS ${kb(budgets.js)})\n${weightTable()}`,
      );
      // Every language's programme and some session pages are measured, so the budgets below cannot pass on an empty list.
      expect(measured.filter((row) => row.kind === 'programme').map((row) => row.path.split('/')[1]).sort()).toEqual(languages);
      expect(measured.filter((row) => row.kind === 'session').length).toBeGreaterThanOrEqual(languages.length);
      expect(measured.filter((row) => row.kind === 'day').length).toBeGreaterThanOrEqual(languages.length);
      for (const kind of ['home', 'my programme']) expect(measured.filter((row) => row.kind === kind).map((row) => row.path.split('/')[1]).sort(), kind).toEqual(languages);
      expect(measured.filter((row) => row.kind === 'audience').length).toBeGreaterThanOrEqual(languages.length);
    });

    it(`keeps every session page's HTML within ${kb(budgets.sessionHtml)}`, () => {
      expect(overBudget(measured.filter((row) => row.kind === 'session'), 'html', budgets.sessionHtml), `figures:\n${weightTable()}\n`).toEqual([]);
    });

    it(`keeps the HTML of the programme and of every day page within ${kb(budgets.programmeHtml)}`, () => {
      expect(overBudget(measured.filter((row) => row.kind === 'programme' || row.kind === 'day'), 'html', budgets.programmeHtml), `figures:\n${weightTable()}\n`).toEqual([]);
    });

    it.each([
      ['home', budgets.homeHtml],
      ['my programme', budgets.myProgrammeHtml],
      ['audience', budgets.audienceHtml],
      ['speakers index', budgets.speakersIndexHtml],
    ] as const)('keeps the HTML of every %s page within its budget', (kind, budget) => {
      expect(overBudget(measured.filter((row) => row.kind === kind), 'html', budget), `figures:\n${weightTable()}\n`).toEqual([]);
    });

    it(`keeps the CSS of every page within ${kb(budgets.css)} (Pagefind's style sheet excepted on the search page)`, () => {
      expect(overBudget(measured, 'cssBytes', budgets.css), `figures:\n${weightTable()}\n`).toEqual([]);
    });

    it(`keeps the JavaScript of every page within ${kb(budgets.js)} (Pagefind's files excepted on the search page)`, () => {
      expect(overBudget(measured, 'jsBytes', budgets.js), `figures:\n${weightTable()}\n`).toEqual([]);
    });

    it('loads nothing from other hosts', () => {
      expect(measured.flatMap((row) => row.external.map((url) => `${row.path}: ${url}`))).toEqual([]);
    });
  });

  /** For each page, the font files its text makes a browser download: the faces of the family its language uses whose ranges hold one of its characters, in both weights. */
  function fontLoads(): { path: string; kind: string; lang: string; bytes: number; budget: number }[] {
    return pages.map((page) => {
      const row = measured.find((candidate) => candidate.path === page.path)!;
      const css = row.css.map((asset) => (asset.path === 'inline' ? '' : (read(asset.path)?.toString('utf8') ?? ''))).join('\n');
      const lang = page.$('html').attr('lang') ?? '';
      const rootRule = (selector: string) => new RegExp(`${selector.replace(/[()]/g, '\\$&')}\\s*{[^}]*font-family:\\s*["']?([^,;"'}]+)`).exec(css)?.[1]?.trim();
      const family = rootRule(`:root:lang(${lang})`) ?? rootRule(':root');
      // What is drawn: scripts' and styles' text never is.
      const $ = load(page.html);
      $('script, style, template').remove();
      const codes = new Set([...($('body').text() + $('title').text())].map((character) => character.codePointAt(0)!));
      const used = fontFaces(css).filter((face) => face.family === family && face.ranges.some(([from, to]) => [...codes].some((code) => code >= from && code <= to)));
      const bytes = [...new Set(used.map((face) => face.url))].reduce((total, url) => total + (read(url)?.length ?? 0), 0);
      const script = new Intl.Locale(lang || 'und').maximize().script;
      return { path: page.path, kind: row.kind, lang, bytes, budget: script === 'Latn' ? budgets.fontsLatin : budgets.fontsOtherScript };
    });
  }

  describe('fonts and images', () => {
    it(`keeps the fonts each page downloads within ${kb(budgets.fontsLatin)}, or ${kb(budgets.fontsOtherScript)} for a language in another script`, () => {
      const rows = fontLoads();
      const firstOfKind = rows.filter((row, index, all) => all.findIndex((other) => other.kind === row.kind && other.lang === row.lang) === index);
      console.log(`Fonts per page (woff2 bytes a browser downloads for the page's text):\n${textTable(['page', 'fonts', 'budget'], firstOfKind.map((row) => [row.path, kb(row.bytes), kb(row.budget)]))}`);
      // Every page loads its text face: a budget met by loading nothing would prove nothing.
      expect(rows.filter((row) => row.bytes === 0).map((row) => row.path)).toEqual([]);
      expect(rows.filter((row) => row.bytes > row.budget).map((row) => `${row.path}: ${kb(row.bytes)} > ${kb(row.budget)}`)).toEqual([]);
    });

    it('serves only WOFF2 and WOFF fonts from this site, each face with font-display: swap', () => {
      const files = visitorFiles(site.distDir).filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file));
      expect(files.filter((file) => !/\.woff2?$/i.test(file))).toEqual([]);
      const faces = [...new Set(measured.flatMap((row) => row.css.map((asset) => asset.path)))].flatMap((path) => fontFaces(read(path)?.toString('utf8') ?? ''));
      expect(faces.length).toBeGreaterThan(0);
      expect(faces.filter((face) => face.display !== 'swap').map((face) => face.family)).toEqual([]);
    });

    it('gives every image its width and height, and loads it lazily unless it is the logo at the top of the page', () => {
      const unsized = pages.flatMap((page) =>
        page
          .$('img')
          .filter((_, img) => !page.$(img).attr('width') || !page.$(img).attr('height') || (page.$(img).attr('loading') !== 'lazy' && page.$(img).closest('.logo').length === 0))
          .map((_, img) => `${page.path}: <img src="${page.$(img).attr('src')}">`)
          .get(),
      );
      expect(unsized).toEqual([]);
    });
  });
}
