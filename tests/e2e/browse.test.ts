/** A visitor's path through the site in Debian's Chromium. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { exampleAtRoot, exampleContent } from '../helpers/fixtures.ts';

const siteUrl = inject('example').siteUrl;
const content = contentFolder(exampleContent);
const [first, second] = content.conference.locales.map((l) => l.code) as [string, string];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('programme', () => {
  it('switches language, filters by audience and opens a session', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}${first}/${uiStrings(first).routes.programme}/`);
    await page.locator('.language-switcher').getByRole('link', { name: content.conference.locales[1]!.label }).click();
    await page.waitForURL(`**/${second}/${uiStrings(second).routes.programme}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(second);

    const audience = content.audienceIds.find((id) => {
      const count = content.sessionIds.filter((s) => content.sessionFacts(s).audiences.includes(id)).length;
      return count > 0 && count < content.sessionIds.length;
    })!;
    const expected = content.sessionIds.filter((s) => content.sessionFacts(s).audiences.includes(audience)).sort();
    await page.getByLabel(uiStrings(second).programme.filterLegend).selectOption(audience);
    const visible = await page.locator('[data-session]:visible').evaluateAll((items) => items.map((item) => item.getAttribute('data-session')));
    expect(visible.sort()).toEqual(expected);
    await expect.poll(() => page.getByRole('status').textContent()).toContain(String(expected.length));
    expect(page.url()).toContain(`audience=${audience}`);

    // The filter survives a reload through the URL.
    await page.reload();
    expect(await page.locator('[data-session]:visible').count()).toBe(expected.length);

    const target = expected[0]!;
    await page.locator(`[data-session="${target}"] h3 a`).click();
    await page.waitForURL(`**/${second}/${uiStrings(second).routes.programme}/${target}/`);
    expect(await page.locator('h1').textContent()).toBe(content.sessionText(target, second)!.title);
    await page.close();
  });

  it('is readable and navigable without JavaScript; the filter stays out of the way', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}${first}/${uiStrings(first).routes.programme}/`);
    expect(await page.locator('[data-programme-filter]').isVisible()).toBe(false);
    expect(await page.locator('[data-session]:visible').count()).toBe(content.sessionIds.length);
    await page.locator('.programme-filter__pages a').first().click();
    await page.waitForURL(`**/${first}/${uiStrings(first).routes.audiences}/*/`);
    expect(await page.locator('[data-session]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('site root', () => {
  it('sends visitors to their browser’s language', async () => {
    const context = await browser.newContext({ locale: `${second}-XX` });
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.waitForURL(`**/${second}/`);
    await context.close();
  });
});

describe('registration in an older build', () => {
  it('says registration is closed when read after the deadline, though built before it', async () => {
    const deadline = new Date(content.conference.registration.deadline);
    expect(new Date(exampleAtRoot.now).getTime()).toBeLessThan(deadline.getTime());
    const path = `${first}/${uiStrings(first).routes.registration}/`;
    const before = await browser.newPage();
    await before.clock.setFixedTime(new Date(deadline.getTime() - 60_000));
    await before.goto(`${siteUrl}${path}`);
    expect(await before.locator('[data-when="open"]').isVisible()).toBe(true);
    expect(await before.locator('[data-when="closed"]').isVisible()).toBe(false);

    const after = await browser.newPage();
    await after.clock.setFixedTime(new Date(deadline.getTime() + 60_000));
    await after.goto(`${siteUrl}${path}`);
    await expect.poll(() => after.locator('[data-when="closed"]').isVisible()).toBe(true);
    expect(await after.locator('[data-when="open"]').isVisible()).toBe(false);
    expect(await after.locator('[data-when="closed"]').textContent()).toContain(uiStrings(first).registration.closedCall);
  });
});
