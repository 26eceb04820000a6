/**
 * The identity and layout on a phone and a desktop, in every language: a short header with
 * the logo and a menu that folds without JavaScript, and a home page that answers what, when,
 * for whom and how to take part on a phone's first screen, with the way to the programme.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';

const siteUrl = inject('example').siteUrl;
const locales = contentFolder(exampleContent).conference.locales.map((locale) => locale.code);
const phone = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each(locales)('%s', (locale) => {
  const t = uiStrings(locale);

  it('has a header at most 120 px tall on a 390 px phone, with the logo, and the menu folded behind a disclosure that works without JavaScript', async () => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['', `${t.routes.programme}/`, `${t.routes.search}/`]) {
      await page.goto(`${siteUrl}${locale}/${path}`);
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height, path).toBeLessThanOrEqual(120);
      expect(await page.locator('.site-header .logo img').isVisible()).toBe(true);
      const programmeLink = page.locator('.main-nav a').first();
      expect(await programmeLink.isVisible()).toBe(false);
      await page.locator('.site-menu__toggle').click();
      expect(await programmeLink.isVisible()).toBe(true);
      expect(await page.locator('.language-switcher').isVisible()).toBe(true);
    }
    await context.close();
  });

  it('shows the menu without a disclosure on a desktop', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}${locale}/`);
    expect(await page.locator('.site-menu__toggle').isVisible()).toBe(false);
    expect(await page.locator('.main-nav a').first().isVisible()).toBe(true);
    await page.close();
  });

  it('answers what, when, for whom and how to take part on the first screen of a phone, with the programme link there', async () => {
    const page = await browser.newPage({ viewport: phone });
    await page.goto(`${siteUrl}${locale}/`);
    const bottom = async (selector: string) => {
      const box = (await page.locator(selector).first().boundingBox())!;
      return box.y + box.height;
    };
    expect(await bottom('h1')).toBeLessThanOrEqual(phone.height);
    expect(await bottom('.key-facts')).toBeLessThanOrEqual(phone.height);
    expect(await page.locator('.key-facts dt').allTextContents()).toEqual(expect.arrayContaining([t.home.when, t.home.where, t.identity.forWhom]));
    const programme = page.locator(`.hero a[href$="/${locale}/${t.routes.programme}/"]`);
    expect(await programme.count()).toBe(1);
    expect(await bottom(`.hero a[href$="/${locale}/${t.routes.programme}/"]`)).toBeLessThanOrEqual(phone.height);
    await page.close();
  });
});
