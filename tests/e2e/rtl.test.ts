/**
 * Right to left in Chromium. Each part of an Arabic page is checked against the English page:
 * what follows on an English line must be to its left in Arabic (programme time column, site
 * name and navigation, badges, previous/next, time ranges, search form). Screenshots go to a
 * temporary folder for people to look at. Pages reflow to 320 px. The search finds a session
 * by a word of its Arabic title, and axe finds nothing in Arabic or Spanish in the states a
 * static scan never reaches (a filtered programme, search results); every page's static scan
 * is in accessibility.test.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';

type Direction = 'ltr' | 'rtl';
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const siteUrl = inject('example').siteUrl;
const content = contentFolder(exampleContent);
const visitorZone = 'Asia/Tokyo';
const screenshots = mkdtempSync(join(tmpdir(), 'rtl-screenshots-'));
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  // A visitor outside the conference's zone: the times stay conference time until they choose another.
  expect(content.conference.timeZone).not.toBe(visitorZone);
  context = await browser.newContext({ viewport: { width: 1100, height: 900 }, timezoneId: visitorZone });
});
afterAll(() => browser?.close());

/** True when `later` comes after `earlier` on a line written in `dir`. */
function follows(later: Box, earlier: Box, dir: Direction): boolean {
  return dir === 'rtl' ? later.x + later.width <= earlier.x + 1 : later.x >= earlier.x + earlier.width - 1;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} is not displayed`);
  return found;
}

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(new URL(path.slice(1), siteUrl).href);
  expect(response?.ok(), path).toBe(true);
  return page;
}

/** A session with a session before and after it in the programme. */
const inProgrammeOrder = [...content.sessionIds].sort((a, b) => {
  const [fa, fb] = [content.sessionFacts(a), content.sessionFacts(b)];
  return `${new Date(fa.day).toISOString()}${fa.start}`.localeCompare(`${new Date(fb.day).toISOString()}${fb.start}`);
});
/** A session with a session before and after it, written in both languages checked (not shown as a fallback). */
const middleSession = inProgrammeOrder.slice(1, -1).find((id) => content.sessionText(id, 'ar') && content.sessionText(id, 'en'))!;

/** A session and a word found in its title and no other session's title in `locale`. */
function sessionByTitleWord(locale: string): { id: string; word: string } {
  const words = (id: string) => content.sessionText(id, locale)?.title.match(/[\p{L}\p{M}]{5,}/gu) ?? [];
  for (const id of content.sessionIds) {
    const others = new Set(content.sessionIds.filter((other) => other !== id).flatMap(words));
    const word = words(id).find((candidate) => !others.has(candidate));
    if (word) return { id, word };
  }
  throw new Error(`no session title in ${locale} has a word of its own`);
}

describe.each([
  ['ar', 'rtl'],
  ['en', 'ltr'],
] as const)('%s pages are laid out %s', (locale, dir) => {
  const routes = uiStrings(locale).routes;

  it('programme: site name before the languages, time column before titles, badges in reading order', async () => {
    const page = await open(`/${locale}/${routes.programme}/`);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    await page.screenshot({ path: join(screenshots, `${locale}-programme.png`), fullPage: true });

    expect(follows(await box(page.locator('.language-switcher')), await box(page.locator('.brand')), dir)).toBe(true);
    expect(await page.locator('.session-item').count()).toBe(content.sessionIds.length);
    // In a list, a session alone in its slot has its time before its title (parallel ones sit side by side, time above title);
    // in a table, the row's time heading comes before the sessions of the row.
    const items = page.locator('.slot:not(.slot--parallel) .session-item');
    for (const item of (await items.all()).slice(0, 4)) {
      expect(follows(await box(item.locator('.session-item__title')), await box(item.locator('.session-item__time')), dir)).toBe(true);
    }
    const rows = page.locator('.schedule tbody tr:has(td .session-item)');
    expect((await items.count()) + (await rows.count())).toBeGreaterThan(0);
    for (const row of (await rows.all()).slice(0, 4)) {
      expect(follows(await box(row.locator('td .session-item__title').first()), await box(row.locator('th')), dir)).toBe(true);
    }
    const badges = page.locator('.session-item:has(.badge--more)').first().locator('.badge');
    const [first, second] = [await box(badges.nth(0)), await box(badges.nth(1))];
    expect(second.y).toBe(first.y);
    expect(follows(second, first, dir)).toBe(true);
    await page.close();
  });

  it('session: ranges read in the line’s direction, “next” after “previous” with arrows pointing outwards', async () => {
    const page = await open(`/${locale}/${routes.programme}/${middleSession}/`);
    await page.screenshot({ path: join(screenshots, `${locale}-session.png`), fullPage: true });

    const [start, end] = await page.locator('.session-facts .time-range time').all();
    expect(follows(await box(end!), await box(start!), dir)).toBe(true);

    const previous = page.locator('a[rel="prev"]');
    const next = page.locator('a[rel="next"]');
    expect(follows(await box(next), await box(previous), dir)).toBe(true);
    const arrow = (link: Locator, pseudo: '::before' | '::after') =>
      link.locator('.pager__label').evaluate((label, which) => getComputedStyle(label, which).content, pseudo);
    const [left, right] = ['\u2190', '\u2192'];
    expect(await arrow(next, '::after')).toContain(dir === 'rtl' ? left : right);
    expect(await arrow(previous, '::before')).toContain(dir === 'rtl' ? right : left);

    // An e-mail address stays one left-to-right unit inside the page's text.
    for (const email of await page.locator('a[href^="mailto:"]').all()) {
      const isolated = await email.evaluate((link) => getComputedStyle(link).unicodeBidi === 'plaintext' || link.querySelector('bdi') !== null);
      expect(isolated).toBe(true);
    }
    await page.close();
  });

  it('reflows to 320 px wide without scrolling sideways (long Latin addresses wrap)', async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    for (const path of [`/${locale}/`, `/${locale}/${routes.letter}/`, `/${locale}/${routes.programme}/`, `/${locale}/${routes.programme}/${middleSession}/`]) {
      const page = await narrow.newPage();
      await page.goto(new URL(path.slice(1), siteUrl).href);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBe(0);
      await page.close();
    }
    await narrow.close();
  });

  it('search: the form starts on the line’s start side and finds a session by a word of its title', async () => {
    const { id, word } = sessionByTitleWord(locale);
    const page = await open(`/${locale}/${routes.search}/?q=${encodeURIComponent(word)}`);
    const result = page.locator(`.search-results a[href$="/${locale}/${routes.programme}/${id}/"]`);
    await result.waitFor();
    await page.screenshot({ path: join(screenshots, `${locale}-search.png`), fullPage: true });

    const main = await box(page.locator('main'));
    const startEdge = (b: Box) => (dir === 'rtl' ? main.x + main.width - (b.x + b.width) : b.x - main.x);
    for (const part of [page.locator('label[for="search-query"]'), page.locator('#search-query'), result]) {
      expect(startEdge(await box(part))).toBeLessThan(40);
    }
    await page.close();
  });
});

describe.each(['ar', 'es'])('axe in %s, in states a static scan never reaches', (locale) => {
  const routes = uiStrings(locale).routes;

  async function expectNoViolations(page: Page) {
    const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    const violations = result.violations.map((rule) => `${rule.id}: ${rule.help} (${rule.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(violations).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(0);
  }

  it('programme filtered by audience', async () => {
    const page = await open(`/${locale}/${routes.programme}/`);
    await page.getByLabel(uiStrings(locale).programme.filterLegend).selectOption(content.audienceIds[0]!);
    await expect.poll(() => page.getByRole('status').first().textContent()).not.toBe('');
    await expectNoViolations(page);
    await page.close();
  });

  it('search with results', async () => {
    const { id, word } = sessionByTitleWord(locale);
    const page = await open(`/${locale}/${routes.search}/?q=${encodeURIComponent(word)}`);
    await page.locator(`.search-results a[href$="/${id}/"]`).waitFor();
    await expectNoViolations(page);
    await page.close();
  });
});
