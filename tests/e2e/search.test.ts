/**
 * Searching in Debian's Chromium, in every language: words typed find their session first,
 * an audience filter narrows to that audience's sessions and lists them in programme order, a shared `?q=` link runs at once,
 * the keyboard alone is enough, and nothing is fetched from another host or refused by a
 * Content-Security-Policy; on the example conference, at the root and under a base path, where
 * hidden keywords find a session without being shown.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder, readFrontmatter } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';
import { htmlPages, type Page as BuiltPage } from '../helpers/dist.ts';

const siteUrl = inject('example').siteUrl;
const distDir = inject('example').distDir;
const content = contentFolder(exampleContent);
const locales = content.conference.locales.map((l) => l.code);
const sitePages = htmlPages(distDir);
let browser: Browser;
/** Pagefind loads its WebAssembly and index on first use: give a busy two-core machine time. */
const patient = { timeout: 20_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Lowercased words of a text without accents, as search matches them. */
const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * A session with its own text in `locale` and a word of its title that no other session title
 * has, preferring the word fewest pages mention, so it should find that session first.
 */
function distinctiveWord(pages: readonly BuiltPage[], sessionIds: readonly string[], title: (id: string) => string | undefined, locale: string) {
  const pageWords = pages
    .filter((page) => page.path.startsWith(`/${locale}/`))
    .map((page) => new Set(words(page.$('main').text())));
  const titles = new Map(sessionIds.flatMap((id) => (title(id) ? [[id, words(title(id)!)] as const] : [])));
  const candidates = [...titles].flatMap(([id, titleWords]) =>
    titleWords
      .filter((word) => word.length >= 5 && [...titles].every(([other, otherWords]) => other === id || !otherWords.includes(word)))
      .map((word) => ({ id, word, pages: pageWords.filter((set) => set.has(word)).length })),
  );
  const best = candidates.sort((a, b) => a.pages - b.pages)[0];
  if (!best) throw new Error(`No session title in ${locale} has a word of its own to search for`);
  return best;
}

/** A page that records anything fetched from another host and anything a CSP refused; close its context when done. */
async function watchedPage(origin: string): Promise<{ page: Page; problems: string[] }> {
  // Its own context (axe needs one); tall, so every result is in view and loads.
  const context = await browser.newContext({ viewport: { width: 1280, height: 4000 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`fetched ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

/** A session's day as the day filter's values have it (YYYY-MM-DD). */
const dayOf = (id: string) => {
  const { day } = content.sessionFacts(id);
  return day instanceof Date ? day.toISOString().slice(0, 10) : String(day);
};
const resultLinks = (page: Page) => page.locator('pagefind-results h2 a');
const resultPaths = (page: Page) => resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

describe.each(locales)('search in %s', (locale) => {
  const t = uiStrings(locale);
  const searchUrl = `${siteUrl}${locale}/${t.routes.search}/`;
  const sessionPath = (id: string) => new URL(`${locale}/${t.routes.programme}/${id}/`, siteUrl).pathname;
  const target = distinctiveWord(sitePages, content.sessionIds, (id) => content.sessionText(id, locale)?.title, locale);
  const title = content.sessionText(target.id, locale)!.title;

  it('is linked from the header of every page', () => {
    const path = new URL(searchUrl).pathname;
    for (const page of sitePages.filter((p) => p.path.startsWith(`/${locale}/`))) {
      expect(page.$('header nav a').map((_, a) => a.attribs.href).get(), page.path).toContain(path);
    }
  });

  it('finds a session while typing a word of its title, accessibly, with a link that opens it', async () => {
    const { page, problems } = await watchedPage(siteUrl);
    await page.goto(searchUrl);
    const box = page.getByLabel(t.search.label);
    await box.pressSequentially(target.word, { delay: 40 });
    await expect.poll(() => resultPaths(page).then((paths) => paths[0]), patient).toBe(sessionPath(target.id));
    await expect.poll(() => page.locator('main p[role="status"]').textContent(), patient).not.toBe('');
    await expect.poll(() => page.url(), patient).toContain(`q=${encodeURIComponent(target.word)}`);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(axe.violations.map((rule) => `${rule.id}: ${rule.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await resultLinks(page).first().click();
    await page.waitForURL(`**${sessionPath(target.id)}`);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('narrows the results to the sessions of one audience', async () => {
    const { page, problems } = await watchedPage(siteUrl);
    await page.goto(searchUrl);
    const audience = content.audienceIds.find((id) => {
      const count = content.sessionIds.filter((s) => content.sessionFacts(s).audiences.includes(id)).length;
      return count > 0 && count < content.sessionIds.length;
    })!;
    const expected = content.sessionIds.filter((id) => content.sessionFacts(id).audiences.includes(audience)).map(sessionPath).sort();
    await page.getByLabel(t.search.audience).selectOption(audience);
    await expect.poll(async () => (await resultPaths(page)).sort(), patient).toEqual(expected);
    expect(page.url()).toContain(`audience=${audience}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lists the sessions of a filter chosen without words in programme order, by day and start time', async () => {
    const { page, problems } = await watchedPage(siteUrl);
    await page.goto(searchUrl);
    const when = (id: string) => `${dayOf(id)} ${content.sessionFacts(id).start}`;
    const ofAudience = (audience: string) => content.sessionIds.filter((id) => content.sessionFacts(id).audiences.includes(audience));
    // An audience whose sessions, taken by name, are not in programme order: without the sort they would not come out sorted.
    const audience = content.audienceIds.find((id) => {
      const ids = ofAudience(id);
      return ids.map(when).join() !== ids.map(when).sort().join();
    });
    expect(audience, 'an audience whose sessions’ addresses are not in programme order').toBeDefined();
    const idOf = new Map(ofAudience(audience!).map((id) => [sessionPath(id), id]));
    await page.getByLabel(t.search.audience).selectOption(audience!);
    await expect.poll(async () => (await resultPaths(page)).length, patient).toBe(idOf.size);
    const times = (await resultPaths(page)).map((path) => when(idOf.get(path)!));
    expect(times).toEqual([...times].sort());
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lists results a page at a time: only that page is in the list, and "Show more" adds the next and moves focus to it', async () => {
    const perPage = Number(sitePages.find((p) => p.path === new URL(searchUrl).pathname)!.$('pagefind-results').attr('max-results'));
    expect(perPage, 'the results element is given a page size').toBeGreaterThan(0);
    const { page, problems } = await watchedPage(siteUrl);
    await page.goto(searchUrl);
    // The example has fewer sessions than a page: shrink the page, as a long list would be cut.
    await page.evaluate(() => (document.querySelector<HTMLElement & { maxResults: number }>('pagefind-results')!.maxResults = 2));
    const day = content.sessionIds.map(dayOf);
    const busiest = [...new Set(day)].sort((a, b) => day.filter((d) => d === b).length - day.filter((d) => d === a).length)[0]!;
    const total = day.filter((d) => d === busiest).length;
    expect(total, 'a day with more sessions than the page').toBeGreaterThan(2);
    await page.getByLabel(t.search.day).selectOption(busiest);
    await expect.poll(() => resultPaths(page).then((paths) => paths.length), patient).toBe(2);
    // No placeholder waits in the list for the results not shown.
    expect(await page.locator('pagefind-results [data-pf-result-index]').count()).toBe(2);
    const more = page.getByRole('button', { name: t.searchMore.button });
    await more.click();
    await expect.poll(() => resultPaths(page).then((paths) => paths.length), patient).toBe(Math.min(4, total));
    const third = (await resultPaths(page))[2];
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname)).toBe(third);
    expect(new Set(await resultPaths(page)).size, 'no result listed twice').toBe(Math.min(4, total));
    if (total <= 4) expect(await more.isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('starts loading Pagefind when the search box gets focus, before a word is typed', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(searchUrl, { waitUntil: 'networkidle' });
    expect(fetched.filter((path) => path.endsWith('/pagefind.js'))).toEqual([]);
    await page.getByLabel(t.search.label).focus();
    await expect.poll(() => fetched.filter((path) => /\/pagefind\.js$|\.pf_meta$|\/wasm\.[^/]*pagefind$/.test(path)).length, patient).toBe(3);
    await page.close();
  });

  it('runs a search given in the URL without typing', async () => {
    const { page, problems } = await watchedPage(siteUrl);
    await page.goto(`${searchUrl}?q=${encodeURIComponent(target.word)}`);
    await expect.poll(() => resultPaths(page).then((paths) => paths[0]), patient).toBe(sessionPath(target.id));
    expect(await page.getByLabel(t.search.label).inputValue()).toBe(target.word);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('works with the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(searchUrl);
    await page.getByLabel(t.search.label).focus();
    await page.keyboard.type(target.word);
    await expect.poll(() => resultPaths(page).then((paths) => paths[0]), patient).toBe(sessionPath(target.id));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname)).toBe(sessionPath(target.id));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${sessionPath(target.id)}`);
    await page.close();
  });

  it('still finds when its web worker cannot start, with WebAssembly on the page under its CSP', async () => {
    const { page, problems } = await watchedPage(siteUrl);
    await page.route('**/pagefind-worker.js', (route) => route.abort());
    await page.goto(`${searchUrl}?q=${encodeURIComponent(target.word)}`);
    await expect.poll(() => resultPaths(page).then((paths) => paths[0]), patient).toBe(sessionPath(target.id));
    expect(problems.filter((problem) => !problem.includes('pagefind-worker.js'))).toEqual([]);
    await page.context().close();
  });

  /** What main says and links to, once the page has settled. */
  const fallbackOf = async (page: Page) => {
    const main = page.locator('main');
    const links = await main.getByRole('link').evaluateAll((all) => all.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    return { text: await main.innerText(), links };
  };
  const browseLinks = [`/${locale}/${t.routes.programme}/`, `/${locale}/${t.routes.audiences}/`];

  it('without JavaScript, says so and links to the programme and the audiences', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(searchUrl);
    const { text, links } = await fallbackOf(page);
    expect(text).toContain(t.search.noScript);
    expect(links).toEqual(expect.arrayContaining(browseLinks));
    await context.close();
  });

  it('when Pagefind cannot load, says search is unavailable and still links to the programme and the audiences', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind-component-ui.js', (route) => route.abort());
    await page.goto(searchUrl);
    await expect.poll(() => page.locator('main p[role="status"]').textContent(), patient).toBe(t.search.failed);
    expect((await fallbackOf(page)).links).toEqual(expect.arrayContaining(browseLinks));
    await page.close();
  });
});

describe('search under a base path', () => {
  const { base, distDir: dir, siteUrl: servedUrl } = inject('exampleUnderBase');

  it.each(content.conference.locales.map((l) => l.code))('finds a session in %s and links to it under the base path', async (locale) => {
    const t = uiStrings(locale);
    const target = distinctiveWord(htmlPages(dir), content.sessionIds, (id) => content.sessionText(id, locale)?.title, locale);
    const { page, problems } = await watchedPage(new URL(servedUrl).origin);
    await page.goto(`${servedUrl}${locale}/${t.routes.search}/?q=${encodeURIComponent(target.word)}`);
    const expected = `${base}${locale}/${t.routes.programme}/${target.id}/`;
    await expect.poll(() => resultPaths(page).then((paths) => paths[0]), patient).toBe(expected);
    await resultLinks(page).first().click();
    await page.waitForURL(`**${expected}`);
    expect(await page.locator('h1').textContent()).toBe(content.sessionText(target.id, locale)!.title);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(content.conference.locales.map((l) => l.code))('finds a session by a hidden keyword in %s, without showing the keyword', async (locale) => {
    const t = uiStrings(locale);
    const tagged = content.sessionIds.flatMap((id) => {
      const file = join(content.dir, 'sessions', id, `index.${locale}.mdx`);
      const keywords = existsSync(file) ? readFrontmatter<{ keywords?: string[] }>(file).keywords : undefined;
      return keywords ? [{ id, keyword: keywords[0]! }] : [];
    });
    expect(tagged.length).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
    for (const { id, keyword } of tagged) {
      const expected = `${base}${locale}/${t.routes.programme}/${id}/`;
      await page.goto(`${servedUrl}${locale}/${t.routes.search}/?q=${encodeURIComponent(keyword)}`);
      await expect.poll(() => resultPaths(page).then((paths) => paths[0]), patient).toBe(expected);
      await page.goto(new URL(expected, servedUrl).href);
      expect((await page.locator('body').innerText()).toLowerCase()).not.toContain(keyword.toLowerCase());
    }
    await page.close();
  });
});
