/**
 * The search index the build writes, on the example conference: one per language, every page
 * but the search page, session filters and metadata taken from the content, and nothing from
 * headers, footers or navigation. Queried from Node with the pagefind.js the browser uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PagefindResultData } from '@pagefind/component-ui';
import type { CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { contentFolder, readYaml } from '../helpers/content-read.ts';
import { htmlPages, type Page } from '../helpers/dist.ts';
import { exampleContent } from '../helpers/fixtures.ts';
import { openSearchIndex, pathOf, resultData, type SearchIndex } from '../helpers/search-index.ts';

const { distDir: dist, siteUrl } = inject('example');
const content = contentFolder(exampleContent);
const { conference } = content;
const locales = conference.locales.map((l) => l.code);
const pages = htmlPages(dist);
const sessionsWith = (test: (facts: ReturnType<typeof content.sessionFacts>) => boolean) => content.sessionIds.filter((id) => test(content.sessionFacts(id)));
const isoDay = (day: string | Date) => (day instanceof Date ? day.toISOString().slice(0, 10) : day);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** What editors wrote on the home page and in the letter, in every language: it may name sessions. */
const editorsTexts = ['home', 'letter'].flatMap((folder) => {
  const dir = join(content.dir, folder);
  return existsSync(dir) ? readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')) : [];
});

/** What a language's label file says, with the site's fallback order when the language is missing. */
function label(labels: Record<string, string>, locale: string): string {
  return [locale, conference.defaultLocale, ...locales].map((code) => labels[code]).find(Boolean)!;
}

/** Inside main, what is not the page's own content: the session pager, breadcrumbs, and whatever is marked so. */
const notContent = '.pager, .breadcrumb, [data-pagefind-ignore]';

/** Texts around the content on a page: skip link, navigation, language switcher, footer, pager and the rest of `notContent`. */
function chromeTexts($: CheerioAPI): string[] {
  const parts = $('.skip-link, header a, footer p, .pager a span').add($('main').find(notContent));
  return parts.map((_, element) => squash($(element).text())).get().filter(Boolean);
}

/** The text of main without what is not its own content. */
function contentText(page: Page): string {
  const main = page.$('main').clone();
  main.find(notContent).remove();
  return squash(main.text());
}

const indexes = new Map<string, SearchIndex>();
beforeAll(async () => {
  for (const locale of locales) indexes.set(locale, await openSearchIndex(dist, siteUrl, locale));
});
afterAll(async () => {
  for (const index of indexes.values()) await index.destroy();
});

describe('the search index', () => {
  it('has one index per language of the site', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual([...locales].sort());
  });

  describe.each(locales)('in %s', (locale) => {
    const t = uiStrings(locale);
    const languagePages = pages.filter((page) => page.path.startsWith(`/${locale}/`));
    const searchPath = `/${locale}/${t.routes.search}/`;
    let all: PagefindResultData[];
    beforeAll(async () => {
      all = await resultData(indexes.get(locale)!, null);
    });

    it('holds the home, letter, programme, session, audience and registration pages of the language, not the search page', () => {
      const found = all.map(pathOf);
      const { routes } = t;
      const expected = [
        '',
        `${routes.letter}/`,
        `${routes.programme}/`,
        ...content.sessionIds.map((id) => `${routes.programme}/${id}/`),
        `${routes.audiences}/`,
        ...content.audienceIds.map((id) => `${routes.audiences}/${id}/`),
        `${routes.registration}/`,
      ].map((path) => `/${locale}/${path}`);
      expect(found).toEqual(expect.arrayContaining(expected));
      expect(languagePages.map((page) => page.path)).toContain(searchPath);
      expect(found).not.toContain(searchPath);
      expect(found.every((path) => path.startsWith(`/${locale}/`))).toBe(true);
    });

    it('has the audience, day and format of every session as filters', async () => {
      const count = (values: string[]) => Object.fromEntries([...new Set(values)].map((value) => [value, values.filter((v) => v === value).length]));
      const facts = content.sessionIds.map((id) => content.sessionFacts(id));
      expect(await indexes.get(locale)!.filters()).toEqual({
        audience: count(facts.flatMap((session) => session.audiences)),
        day: count(facts.map((session) => isoDay(session.day))),
        format: count(facts.map((session) => session.format)),
      });
    });

    it('gives each session its filters, and its time and format to show in results', () => {
      for (const id of content.sessionIds) {
        const facts = content.sessionFacts(id);
        const result = all.find((data) => pathOf(data).endsWith(`/${id}/`))!;
        expect(result, id).toBeDefined();
        expect({ ...result.filters, audience: [...(result.filters?.['audience'] ?? [])].sort() }).toEqual({
          audience: [...facts.audiences].sort(),
          day: [isoDay(facts.day)],
          format: [facts.format],
        });
        const formatLabels = readYaml<{ label: Record<string, string> }>(join(content.dir, 'formats', `${facts.format}.yaml`)).label;
        expect(result.meta['format']).toBe(label(formatLabels, locale));
        // A language may write the hour without its leading zero (9:00 in Spanish).
        const clock = (time: string) => new RegExp(`(^|\\D)0?${time.replace(/^0/, '')}`);
        expect(result.meta['time']).toMatch(clock(facts.start));
        expect(result.meta['time']).toMatch(clock(facts.end));
      }
    });

    it('finds only audience pages and sessions when filtering by audience', async () => {
      for (const audience of content.audienceIds) {
        const found = await resultData(indexes.get(locale)!, null, { audience: [audience] });
        expect(found.map(pathOf).map((path) => path.split('/').at(-2)).sort(), audience).toEqual(sessionsWith((facts) => facts.audiences.includes(audience)).sort());
      }
    });

    it('leaves out the header, footer, language switcher, pager and other text around the content', () => {
      let checked = 0;
      for (const result of all) {
        const page = languagePages.find((candidate) => candidate.path === pathOf(result))!;
        const ownText = contentText(page);
        for (const text of chromeTexts(page.$).filter((chrome) => !ownText.includes(chrome))) {
          expect(squash(result.content ?? ''), `${page.path}: ${text}`).not.toContain(text);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(all.length * 3);
    });

    it('indexes the home page’s introduction, not its key facts, whose labels would run into their values in an excerpt', () => {
      const home = all.find((result) => pathOf(result) === `/${locale}/`)!;
      const $ = languagePages.find((page) => page.path === `/${locale}/`)!.$;
      expect(squash(home.content ?? '')).toContain(squash($('main .lead').text()).slice(0, 40));
      const facts = $('main dl div').map((_, fact) => squash($(fact).find('dt').text() + $(fact).find('dd').text())).get();
      expect(facts.length).toBeGreaterThan(1);
      for (const fact of facts) expect(squash(home.content ?? ''), fact).not.toContain(fact.slice(0, 30));
    });

    it('leaves lists of sessions (programme, audiences, now and next) to the sessions’ own pages', () => {
      const sessionPaths = new Set(content.sessionIds.map((id) => `/${locale}/${t.routes.programme}/${id}/`));
      const titles = content.sessionIds.map((id) => content.sessionText(id, locale)?.title).filter((title) => title !== undefined);
      for (const result of all.filter((data) => !sessionPaths.has(pathOf(data)))) {
        for (const title of titles.filter((candidate) => !editorsTexts.some((text) => text.includes(candidate)))) {
          expect(result.content, `${pathOf(result)}: ${title}`).not.toContain(title);
        }
      }
      expect(titles.length).toBeGreaterThan(0);
    });

    it('does not return every page for a word of the main navigation', async () => {
      for (const word of [t.nav.programme, t.nav.registration]) {
        const found = await resultData(indexes.get(locale)!, word);
        expect(found.length, word).toBeLessThan(all.length / 2);
      }
    });
  });
});
