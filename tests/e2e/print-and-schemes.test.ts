/**
 * The programme and audience pages on paper (print media emulated in Chromium), and the pages
 * of issue 5 in the light and dark colour schemes under axe-core, in the states scripts create
 * (sessions starred, a shared selection offered, a session live).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';
import { wallClockInstant, yamlDay } from '../helpers/wall-time.ts';

const siteUrl = inject('example').siteUrl;
const content = contentFolder(exampleContent);
const [first] = content.conference.locales.map((locale) => locale.code) as [string];
const t = uiStrings(first);
const ids = content.sessionIds;
const dayOf = (id: string) => yamlDay(content.sessionFacts(id).day);
const days = [...new Set(ids.map(dayOf))];
/** An audience whose sessions span several days, so its page has page breaks to check. */
const audience = content.audienceIds.find((id) => new Set(ids.filter((s) => content.sessionFacts(s).audiences.includes(id)).map(dayOf)).size > 1)!;
const url = (...segments: string[]) => `${siteUrl}${[first, ...segments].join('/')}/`;
const urls = {
  home: url(),
  programme: url(t.routes.programme),
  session: url(t.routes.programme, ids[0]!),
  audience: url(t.routes.audiences, audience),
  myProgramme: url(t.routes.myProgramme),
};
const firstFacts = content.sessionFacts(ids[0]!);
const duringFirstSession = new Date(wallClockInstant(dayOf(ids[0]!), firstFacts.start, content.conference.timeZone).getTime() + 60_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const visibleCount = (page: Page, selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.filter((node) => (node as HTMLElement).offsetParent !== null || getComputedStyle(node).position === 'fixed').length);
const breaksBefore = (page: Page) => page.locator('.programme-day').evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));

describe('printing', () => {
  let page: Page;
  beforeAll(async () => {
    // A visitor in another zone, in the dark scheme, with a session starred: none of it must reach the paper.
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo', colorScheme: 'dark' });
    page = await context.newPage();
    // The day before: a session that is over offers no star.
    await page.clock.setFixedTime(new Date(duringFirstSession.getTime() - 86_400_000));
    await page.goto(urls.programme);
    await page.locator(`[data-star="${ids[0]}"]`).click();
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(() => page?.context().close());

  it('prints the programme one day per page, without navigation, buttons, the filter or the time-zone control', async () => {
    await page.goto(urls.programme);
    for (const selector of ['.main-nav', '.language-switcher', '.skip-link', 'button', '.day-nav', '.programme-filter', '.zone-control', '.jump-now', '.calendar-links']) {
      expect(await visibleCount(page, selector), selector).toBe(0);
    }
    expect(await visibleCount(page, '.time-range')).toBeGreaterThanOrEqual(ids.length);
    expect(await breaksBefore(page)).toEqual(days.map((_, index) => (index === 0 ? 'auto' : 'page')));
    // Black on white, whatever the screen's scheme.
    expect(await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor])).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });

  it('writes every audience out, where the screen shows "+N"', async () => {
    const more = page.locator('.session-item .badge--more').first();
    expect(await more.locator('[aria-hidden="true"]').isVisible()).toBe(false);
    const names = more.locator('.visually-hidden');
    expect(await names.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(20);
    expect(await more.evaluate((badge) => getComputedStyle(badge).borderStyle)).toBe('none');
  });

  it('prints an audience page one day per page too', async () => {
    await page.goto(urls.audience);
    expect(await visibleCount(page, '.main-nav')).toBe(0);
    const breaks = await breaksBefore(page);
    expect(breaks.length).toBeGreaterThan(1);
    expect(breaks).toEqual(breaks.map((_, index) => (index === 0 ? 'auto' : 'page')));
  });

  it('prints the address of external links after their text', async () => {
    await page.goto(urls.programme);
    const link = page.locator('.site-footer a[href^="http"]').first();
    const href = (await link.getAttribute('href'))!;
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
  });
});

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (colorScheme) => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const violations = async (page: Page, what: string) => {
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(tags).analyze();
    return results.violations.map((rule) => `${what}: ${rule.id}: ${rule.help}\n    ${rule.nodes.map((node) => node.target.join(' ')).join('\n    ')}`);
  };

  it('finds no violation on the pages with stars, now and next, and My programme', async () => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.clock.setFixedTime(duringFirstSession);
    const found: string[] = [];
    await page.goto(urls.programme);
    expect(await page.locator('.live-badge').count()).toBeGreaterThan(0);
    await page.locator(`[data-star="${ids[0]}"]`).click();
    await page.locator(`[data-star="${ids.at(-1)}"]`).click();
    found.push(...(await violations(page, 'programme')));
    for (const [what, address] of Object.entries(urls).filter(([what]) => what !== 'programme')) {
      await page.goto(address);
      // Now and next and My programme fill from the language's session file: checked once it has arrived.
      if (what === 'home') await page.locator('[data-now-next] [data-group="live"] li[data-id]').first().waitFor();
      if (what === 'myProgramme') await expect.poll(() => page.locator('[data-days] [data-my-session]').count()).toBe(2);
      found.push(...(await violations(page, what)));
    }
    const shareLink = await page.locator('[data-share]').inputValue();

    const visitor = await (await browser.newContext({ colorScheme })).newPage();
    await visitor.goto(shareLink);
    await expect.poll(() => visitor.locator('[data-shared]').isVisible()).toBe(true);
    found.push(...(await violations(visitor, 'shared selection')));
    await visitor.context().close();

    // The scheme really applies: the dark one paints the page dark.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background === 'rgb(255, 255, 255)').toBe(colorScheme === 'light');
    await context.close();
    expect(found.join('\n'), `${found.length} violations`).toBe('');
  });
});
