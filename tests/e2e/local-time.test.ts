/**
 * Visitors in other time zones (emulated in Chromium) see their own time beside the
 * conference time. Expectations are computed here with Intl from each `<time datetime>`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';

const siteUrl = inject('example').siteUrl;
const content = contentFolder(exampleContent);
const locales = content.conference.locales as { code: string; formatLocale?: string }[];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Shown {
  start: string;
  end: string;
  /** The added text, or null when none was added. */
  local: string | null;
  day: string | null;
}

async function visit(page: Page, url: string): Promise<Shown[]> {
  await page.goto(url);
  await page.waitForLoadState('load');
  return page.locator('.time-range').evaluateAll((ranges) =>
    ranges.map((range) => {
      const [start, end] = [...range.querySelectorAll('time')].map((time) => time.getAttribute('datetime')!);
      const note = range.parentElement!.querySelector('.local-time');
      return { start: start!, end: end!, local: note?.textContent ?? null, day: note?.querySelector('.local-time__day')?.textContent ?? null };
    }),
  );
}

const programmeUrl = (locale: string) => `${siteUrl}${locale}/${uiStrings(locale).routes.programme}/`;
const ymd = (instant: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

describe.each(['Asia/Tokyo', 'America/Mexico_City'])('a visitor in %s', (timeZone) => {
  it.each(locales)('sees their own time, zone and day beside every session time ($code)', async ({ code, formatLocale }) => {
    const context = await browser.newContext({ timezoneId: timeZone });
    const page = await context.newPage();
    const format = formatLocale ?? code;
    const clock = new Intl.DateTimeFormat(format, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const zoneName = new Intl.DateTimeFormat(format, { timeZone, timeZoneName: 'long' });
    const longDay = new Intl.DateTimeFormat(format, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const firstSession = `${programmeUrl(code)}${content.sessionIds[0]}/`;
    const shown = [...(await visit(page, programmeUrl(code))), ...(await visit(page, firstSession))];
    expect(shown.length).toBeGreaterThan(content.sessionIds.length);
    let otherDays = 0;
    for (const { start, end, local, day } of shown) {
      const [from, to] = [new Date(start), new Date(end)];
      expect(local, start).not.toBeNull();
      // Browser and Node may space a range differently (thin or plain spaces).
      const spaced = (text: string) => text.replace(/\s+/g, ' ');
      expect(spaced(local!)).toContain(spaced(clock.formatRange(from, to)));
      expect(local).toContain(zoneName.formatToParts(from).find((part) => part.type === 'timeZoneName')!.value);
      const onAnotherDay = ymd(from, timeZone) !== start.slice(0, 10);
      if (onAnotherDay) {
        otherDays++;
        expect(day, start).toContain(longDay.format(from));
      } else {
        expect(day, start).toBeNull();
      }
    }
    // The main programme has sessions that fall after midnight in Tokyo, so the day marker is exercised.
    if (timeZone === 'Asia/Tokyo') expect(otherDays).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the conference time itself', () => {
  it('gets nothing added for a visitor on the conference clock', async () => {
    const context = await browser.newContext({ timezoneId: content.conference.timeZone });
    const shown = await visit(await context.newPage(), programmeUrl(locales[0]!.code));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((s) => s.local === null)).toBe(true);
    await context.close();
  });

  it('is complete without JavaScript: times with their offset, nothing added', async () => {
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo', javaScriptEnabled: false });
    const shown = await visit(await context.newPage(), programmeUrl(locales[0]!.code));
    expect(shown.length).toBeGreaterThan(0);
    for (const { start, end, local } of shown) {
      expect(start).toMatch(/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(end).toMatch(/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(local).toBeNull();
    }
    await context.close();
  });
});
