/**
 * "Now and next" on the visitor's clock (Playwright's page.clock): which sessions are live and
 * next, computed here from the content files, and the change at a session's end without a reload.
 * The programme comes from now-next.json, fetched only while the visitor's clock is in the conference.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';
import { wallClockInstant, yamlDay } from '../helpers/wall-time.ts';

const siteUrl = inject('example').siteUrl;
const content = contentFolder(exampleContent);
const locales = content.conference.locales.map((locale) => locale.code);
const [first] = locales as [string];
const { timeZone } = content.conference;
const sessions = content.sessionIds
  .map((id) => ({ id, facts: content.sessionFacts(id) as ReturnType<typeof content.sessionFacts> & { status?: string } }))
  .filter(({ facts }) => facts.status !== 'cancelled')
  .map(({ id, facts }) => ({ id, start: wallClockInstant(yamlDay(facts.day), facts.start, timeZone), end: wallClockInstant(yamlDay(facts.day), facts.end, timeZone) }));
const liveAt = (instant: Date) => sessions.filter((s) => s.start <= instant && instant < s.end).map((s) => s.id).sort();
const nextAfter = (instant: Date) => {
  const upcoming = sessions.filter((s) => s.start > instant);
  const soonest = Math.min(...upcoming.map((s) => s.start.getTime()));
  return upcoming.filter((s) => s.start.getTime() === soonest).map((s) => s.id).sort();
};
const opening = sessions.reduce((earliest, s) => (s.start < earliest.start ? s : earliest));
const lastEnd = new Date(Math.max(...sessions.map((s) => s.end.getTime())));
const minute = 60_000;

/** The home page, where the panel is (the programme marks live sessions in its lists instead: tests/e2e/programme.test.ts). */
const pageUrl = (locale: string) => `${siteUrl}${locale}/`;
/** Ids of the sessions shown in a list ("live" or "next") of the panel. */
const shownIn = async (page: Page, group: 'live' | 'next') =>
  (await page.locator(`[data-now-next] [data-group="${group}"] li[data-id]:visible`).evaluateAll((items) => items.map((item) => item.getAttribute('data-id')!))).sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('during the conference', () => {
  it.each(locales)('marks the sessions live now and next, and moves on when one ends, without a reload (%s)', async (locale) => {
    const page = await browser.newPage();
    const requests = feedRequests(page);
    const inside = new Date(opening.start.getTime() + minute);
    await page.clock.install({ time: inside });
    await page.goto(pageUrl(locale));
    await expect.poll(() => requests.length).toBe(1);
    const panel = page.locator('[data-now-next]');
    expect(await panel.locator('[data-phase="during"]').isVisible()).toBe(true);
    expect(await panel.locator('[data-group="live"] h3').textContent()).toBe(uiStrings(locale).nowNext.live);
    // Filled once the programme file has arrived.
    await expect.poll(() => shownIn(page, 'live')).toEqual(liveAt(inside));
    expect(await shownIn(page, 'live')).toContain(opening.id);
    expect(await shownIn(page, 'next')).toEqual(nextAfter(inside));
    // Each one links to its session page.
    const link = panel.locator(`[data-group="live"] li[data-id="${opening.id}"] a`);
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/${opening.id}/$`));

    const later = new Date(opening.end.getTime() + minute);
    await page.clock.runFor(later.getTime() - inside.getTime());
    await expect.poll(() => shownIn(page, 'live')).toEqual(liveAt(later));
    expect(await shownIn(page, 'live')).not.toContain(opening.id);
    expect(await shownIn(page, 'next')).toEqual(nextAfter(later));
    await page.close();
  });

  it('shows the sessions it fetched in the zone the visitor chose on other pages', async () => {
    const page = await browser.newPage();
    const inside = new Date(opening.start.getTime() + minute);
    await page.clock.install({ time: inside });
    await page.addInitScript(() => localStorage.setItem('time-zone:/', 'Asia/Tokyo'));
    await page.goto(pageUrl(first));
    await expect.poll(() => shownIn(page, 'live')).toEqual(liveAt(inside));
    const clock = new Intl.DateTimeFormat(first, { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const [start, end] = await page.locator(`[data-now-next] [data-group="live"] li[data-id="${opening.id}"] .time-range time`).allTextContents();
    expect(start).toContain(clock.format(opening.start));
    expect(end).toContain(clock.format(opening.end));
    await page.close();
  });

  it('says nothing is live in a gap between sessions, and still what comes next', async () => {
    const gap = sessions.map((s) => new Date(s.end.getTime() + minute)).find((instant) => instant < lastEnd && liveAt(instant).length === 0);
    expect(gap, 'the programme has a gap between sessions').toBeDefined();
    const page = await browser.newPage();
    await page.clock.setFixedTime(gap!);
    await page.goto(pageUrl(first));
    await expect.poll(() => shownIn(page, 'next')).toEqual(nextAfter(gap!));
    expect(await shownIn(page, 'live')).toEqual([]);
    expect(await page.locator('[data-now-next] [data-none]').isVisible()).toBe(true);
    expect(await page.locator('[data-now-next] [data-none]').textContent()).toBe(uiStrings(first).nowNext.none);
    await page.close();
  });
});

/** The session file's requests a page makes: the home page carries no programme and fetches it only during the conference. */
const feedRequests = (page: Page) => {
  const requests: string[] = [];
  page.on('request', (request) => request.url().endsWith('/now-next.json') && requests.push(request.url()));
  return requests;
};

/** The home page at a fixed moment, once its network is quiet, with the session file's requests it made. */
async function homeSettledAt(instant: Date) {
  const page = await browser.newPage();
  const requests = feedRequests(page);
  await page.clock.setFixedTime(instant);
  await page.goto(pageUrl(first));
  await page.waitForLoadState('networkidle');
  return { page, requests };
}

describe('outside the conference', () => {
  it('is not there days before the conference, when it would only repeat the dates, and fetches nothing', async () => {
    const { page, requests } = await homeSettledAt(new Date(opening.start.getTime() - 3 * 86_400_000));
    expect(await page.locator('[data-now-next]').isVisible()).toBe(false);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows no live session after the last one ends, and fetches nothing', async () => {
    const { page, requests } = await homeSettledAt(new Date(lastEnd.getTime() + minute));
    expect(await page.locator('[data-now-next] [data-phase="during"]').isVisible()).toBe(false);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('says when it starts on the first day, before the first session', async () => {
    const page = await browser.newPage();
    await page.clock.setFixedTime(new Date(opening.start.getTime() - minute));
    await page.goto(pageUrl(first));
    const before = page.locator('[data-now-next] [data-phase="before"]');
    expect(await before.isVisible()).toBe(true);
    expect(new Date((await before.locator('time').getAttribute('datetime'))!).getTime()).toBe(opening.start.getTime());
    expect(await page.locator('[data-now-next] [data-phase="during"]').isVisible()).toBe(false);
    await page.close();
  });
});
