/**
 * Every interactive part of the site works from the keyboard alone: Tab reaches it, its focus
 * is visible, and the keys a keyboard user would press operate it. Each control is one entry
 * in `controls`; a new interactive part gets a new entry.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';

interface KeyboardControl {
  name: string;
  /** Site path of a page that has it, e.g. `/en/programme/`. */
  path: string;
  /** The element Tab must land on. */
  target: (page: Page) => Locator;
  /** Operates it with keys only (focus is on the target), then checks the result. */
  operate: (page: Page, target: Locator) => Promise<void>;
}

const siteUrl = inject('example').siteUrl;
const content = contentFolder(exampleContent);
const [first, second] = content.conference.locales as [{ code: string; label: string }, { code: string; label: string }];
const programmePath = (locale: string) => `/${locale}/${uiStrings(locale).routes.programme}/`;

const controls: KeyboardControl[] = [
  {
    name: 'skip link',
    path: programmePath(first.code),
    target: (page) => page.getByRole('link', { name: uiStrings(first.code).site.skipLink }),
    operate: async (page) => {
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    },
  },
  {
    name: 'language switcher',
    path: programmePath(first.code),
    target: (page) => page.getByRole('navigation', { name: uiStrings(first.code).site.languageSwitcher }).getByRole('link', { name: second.label }),
    operate: async (page) => {
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${programmePath(second.code)}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(second.code);
    },
  },
  {
    name: 'audience filter',
    path: programmePath(first.code),
    target: (page) => page.getByLabel(uiStrings(first.code).programme.filterLegend),
    operate: async (page, target) => {
      await page.keyboard.press('ArrowDown');
      const audience = await target.inputValue();
      expect(content.audienceIds).toContain(audience);
      const shown = await page.locator('[data-session]:visible').evaluateAll((items) => items.map((item) => item.getAttribute('data-session')));
      const expected = content.sessionIds.filter((id) => content.sessionFacts(id).audiences.includes(audience));
      expect(shown.sort()).toEqual(expected.sort());
      await expect.poll(() => page.getByRole('status').textContent()).toContain(String(expected.length));
    },
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Presses Tab until `target` has focus; false if a full round of the page never reaches it. */
async function tabTo(page: Page, target: Locator): Promise<boolean> {
  const stops = await page.locator('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').count();
  for (let press = 0; press <= stops; press++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return true;
  }
  return false;
}

describe.each(controls)('$name', (control) => {
  it('is reached with Tab, shows its focus, and works with the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(control.path.slice(1), siteUrl).href);
    const target = control.target(page);
    expect(await tabTo(page, target), 'reached with Tab').toBe(true);

    // WCAG 2.4.7 and 2.4.11: a visible focus indicator, on screen.
    const outline = await target.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    const box = await target.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box, 'focused element has a box').not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);

    await control.operate(page, target);
    await page.close();
  });
});
