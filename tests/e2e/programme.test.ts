/**
 * The programme on the example conference (a fixture with three rooms, parallel sessions and a
 * session spanning two of the other rooms' slots), as the shared fixture build serves it, in Chromium:
 * the content gate's checks of day pages and parallel sessions (tests/gates/programme-pages.ts)
 * and the room names and wording they cannot know, the filter's counts, time zones, live state,
 * the registration countdown on the visitor's clock, and the pages without JavaScript.
 * Expectations come from the content files and Intl, not from the site's code.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { textDirection } from '../../src/lib/localized.ts';
import { overlappingPairs, programmePagesGate, statedProgrammes } from '../gates/programme-pages.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder, readYaml } from '../helpers/content-read.ts';
import { exampleAtRoot, exampleContent } from '../helpers/fixtures.ts';
import { wallClockInstant, yamlDay } from '../helpers/wall-time.ts';

const content = contentFolder(exampleContent);
const { timeZone } = content.conference;
const locales = content.conference.locales.map((locale) => locale.code);
const deadline = new Date(String(content.conference.registration.deadline));
const sessions = content.sessionIds.map((id) => {
  const facts = content.sessionFacts(id) as ReturnType<typeof content.sessionFacts> & { room?: string };
  const day = yamlDay(facts.day);
  return { id, day, room: facts.room, audiences: facts.audiences, start: wallClockInstant(day, facts.start, timeZone), end: wallClockInstant(day, facts.end, timeZone) };
});
const days = [...new Set(sessions.map((session) => session.day))].sort();
const rooms = new Set(sessions.flatMap((session) => (session.room ? [session.room] : [])));
const roomLabel = (room: string, locale: string) => readYaml<{ label: Record<string, string> }>(`${content.dir}/rooms/${room}.yaml`).label[locale];
/** The day with sessions in different rooms at the same time. */
const parallelDay = days.find((day) => sessions.some((a) => a.day === day && sessions.some((b) => b !== a && b.room !== a.room && a.start < b.end && b.start < a.end)))!;
/** A session lasting across two start times of other rooms' sessions. */
const spanning = sessions.find((long) => sessions.filter((other) => other.room !== long.room && other.start >= long.start && other.start < long.end).map((other) => other.start.getTime()).filter((time, i, all) => all.indexOf(time) === i).length >= 2)!;

const example = inject('example');
const site = { url: example.siteUrl };
/** Whole days from the build's clock to the registration deadline: the countdown without JavaScript. */
const daysLeftAtBuild = Math.floor((deadline.getTime() - new Date(exampleAtRoot.now).getTime()) / 86_400_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const programmeUrl = (locale: string) => `${site.url}${locale}/${uiStrings(locale).routes.programme}/`;
const dayUrl = (locale: string, day: string) => `${programmeUrl(locale)}${day}/`;
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

async function open(url: string, options: BrowserContextOptions = desktop, setUp?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await setUp?.(page);
  const response = await page.goto(url);
  expect(response?.ok(), url).toBe(true);
  return page;
}

/** The checks the content gate runs on the live site (tests/gates/programme-pages.ts): day pages, the first phone screen, parallel sessions. */
programmePagesGate(example);

describe('the programme gate on the example', () => {
  it('reads the days and sessions the content files hold, in every language, parallel sessions in rooms and one spanning two slots among them', () => {
    const stated = statedProgrammes(example);
    expect(stated.map((programme) => programme.language).sort()).toEqual([...locales].sort());
    for (const programme of stated) {
      expect(programme.days).toEqual(days);
      expect(programme.sessions.map(({ id, start, end }) => ({ id, start, end })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        sessions.map(({ id, start, end }) => ({ id, start, end })).sort((a, b) => a.id.localeCompare(b.id)),
      );
      const inRooms = overlappingPairs(programme.sessions).map((pair) => pair.map(({ id }) => sessions.find((session) => session.id === id)!));
      expect(inRooms.some(([a, b]) => a!.room && b!.room && a!.room !== b!.room && a!.start.getTime() === b!.start.getTime())).toBe(true);
      expect(inRooms.filter((pair) => pair.includes(spanning)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(locales)('names the rooms with their labels, as column headers on desktop and beside each session on a phone, and marks parallel slots in the dictionary’s words (%s)', async (locale) => {
    const page = await open(dayUrl(locale, parallelDay));
    const headers = await page.locator('main table thead th[scope="col"]').allTextContents();
    for (const room of rooms) expect(headers).toContain(roomLabel(room, locale));
    await page.context().close();
    const onPhone = await open(dayUrl(locale, parallelDay), phone);
    const group = onPhone.locator('[data-slot]', { has: onPhone.locator(`[data-session="${spanning.id}"]`) });
    expect(await group.locator('[data-parallel]').first().textContent()).toBe(uiStrings(locale).programmeView.inParallel);
    expect(await group.locator(`[data-session="${spanning.id}"] .session-item__room`).textContent()).toBe(roomLabel(spanning.room!, locale));
    await onPhone.context().close();
  });
});

describe('the filter', () => {
  const [locale] = locales as [string];
  const t = uiStrings(locale);
  const count = (n: number) => new Intl.PluralRules(locale).select(n);

  const audience = content.audienceIds.find((id) => sessions.some((s) => !s.audiences.includes(id)))!;
  const room = [...rooms][0]!;
  const matching = (day?: string) => sessions.filter((s) => (!day || s.day === day) && s.audiences.includes(audience) && s.room === room);
  const countWords = (n: number) => (t.counts.sessions as Record<string, string>)[count(n)]!.replace('{count}', String(n));
  /** The counts come from files fetched when a filter is chosen: each is awaited until it is right. */
  const expectDayCounts = async (page: Page) => {
    for (const day of days) {
      const link = page.locator(`[data-day-nav] a[href*="/${day}/"]`);
      if (matching(day).length === 0) {
        await expect.poll(() => link.isVisible(), { message: day }).toBe(false);
      } else {
        await expect.poll(() => link.locator('.day-nav__count').textContent(), { message: day }).toBe(countWords(matching(day).length));
      }
    }
  };

  it('updates every count, hides what is left empty and keeps its state in the URL, on the programme and on day pages', async () => {
    const page = await open(programmeUrl(locale));
    await page.getByLabel(t.programme.filterLegend).selectOption(audience);
    await page.getByLabel(t.programmeView.roomLabel).selectOption(room);
    expect(page.url()).toContain(`audience=${audience}`);
    expect(page.url()).toContain(`room=${room}`);
    await expectDayCounts(page);
    for (const day of days) {
      const heading = page.locator(`[data-programme-day="${day}"]`);
      expect(await heading.isVisible(), day).toBe(matching(day).length > 0);
      if (matching(day).length > 0) expect(await heading.locator('[data-tally-of]').textContent(), day).toBe(countWords(matching(day).length));
    }
    await expect.poll(() => page.getByRole('status').textContent()).toContain(String(matching().length));
    // The state travels to a day page, whose rows, slots and counts follow it.
    await page.locator(`[data-day-nav] a[href*="/${parallelDay}/"]`).click();
    await page.waitForURL(`**/${parallelDay}/?*`);
    const shown = await page.locator('main [data-session]:visible').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-session')).sort());
    expect(shown).toEqual(matching(parallelDay).map((s) => s.id).sort());
    expect(await page.getByLabel(t.programme.filterLegend).inputValue()).toBe(audience);
    for (const slot of await page.locator('[data-slot]').all()) {
      expect(await slot.isVisible()).toBe((await slot.locator('[data-session]:visible').count()) > 0);
    }
    await expectDayCounts(page);
    await expect.poll(() => page.locator('h1 [data-tally-of]').textContent()).toBe(countWords(matching(parallelDay).length));
    await page.context().close();
  });

  /** Each shown session's cell lies under its room's column header; the shown headers are the time's and `expectedRooms`'. */
  const expectTableFits = async (page: Page, pageLocale: string, expectedRooms: Set<string>) => {
    const headers = page.locator('main table thead th');
    const shownHeaders = await headers.evaluateAll((cells) => cells.filter((cell) => (cell as HTMLElement).offsetParent !== null).map((cell) => cell.textContent!.trim()));
    expect(shownHeaders[0]).toBe(uiStrings(pageLocale).programmeView.time);
    expect(shownHeaders.slice(1).sort()).toEqual([...expectedRooms].map((id) => roomLabel(id, pageLocale)).sort());
    for (const item of await page.locator('main table [data-session]:visible').all()) {
      const id = await item.getAttribute('data-session');
      const session = sessions.find((s) => s.id === id)!;
      if (!session.room) continue;
      const cell = (await item.locator('xpath=ancestor::td[1]').boundingBox())!;
      const header = (await page.locator('main table thead th', { hasText: roomLabel(session.room, pageLocale)! }).boundingBox())!;
      expect(cell.x, session.id).toBeLessThanOrEqual(header.x + 1);
      expect(cell.x + cell.width, session.id).toBeGreaterThanOrEqual(header.x + header.width - 1);
    }
    // No row is left with a time and nothing beside it.
    for (const row of await page.locator('main table tbody tr:visible').all()) expect(await row.locator('[data-session]:visible').count()).toBeGreaterThan(0);
  };

  it.each([locale, ...locales.filter((code) => textDirection(code) === 'rtl').slice(0, 1)])('keeps only the rooms and times a filtered day table has left, each session under its room, and gives the table back when cleared (%s)', async (pageLocale) => {
    const dayRooms = new Set(sessions.filter((s) => s.day === parallelDay && s.room).map((s) => s.room!));
    const page = await open(dayUrl(pageLocale, parallelDay));
    const tp = uiStrings(pageLocale);
    await page.getByLabel(tp.programmeView.roomLabel).selectOption(room);
    await expectTableFits(page, pageLocale, new Set([room]));
    // One room left: its sessions follow one another, nothing is in parallel.
    expect(await page.locator('[data-parallel]:visible').count()).toBe(0);
    await page.getByLabel(tp.programmeView.roomLabel).selectOption('');
    await page.getByLabel(tp.programme.filterLegend).selectOption(audience);
    await expectTableFits(page, pageLocale, new Set(sessions.filter((s) => s.day === parallelDay && s.room && s.audiences.includes(audience)).map((s) => s.room!)));
    await page.getByLabel(tp.programme.filterLegend).selectOption('');
    await expectTableFits(page, pageLocale, dayRooms);
    expect(await page.locator('[data-parallel]:visible').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows no count it cannot know when its counts cannot be fetched (offline), and counts the sessions of the page instead', async () => {
    const page = await open(dayUrl(locale, parallelDay), desktop, async (setUp) => {
      await setUp.route('**/tallies/**', (route) => route.abort());
    });
    const builtDayCount = await page.locator('h1 [data-tally-of]').textContent();
    await page.getByLabel(t.programme.filterLegend).selectOption(audience);
    await page.getByLabel(t.programmeView.roomLabel).selectOption(room);
    const onThisDay = sessions.filter((s) => s.day === parallelDay).length;
    const status = t.programme.filterStatus.replace('{count}', String(matching(parallelDay).length)).replace('{total}', String(onThisDay));
    await expect.poll(() => page.getByRole('status').textContent()).toBe(status);
    expect(await page.locator('h1 [data-tally-of]').textContent()).toBe('');
    for (const dayCount of await page.locator('[data-day-nav] .day-nav__count').all()) expect(await dayCount.textContent()).toBe('');
    // Cleared, the filter gives back the counts the page was built with.
    await page.getByLabel(t.programme.filterLegend).selectOption('');
    await page.getByLabel(t.programmeView.roomLabel).selectOption('');
    await expect.poll(() => page.locator('h1 [data-tally-of]').textContent()).toBe(builtDayCount);
    await page.context().close();
  });

  it('fetches its counts only once a filter is chosen, from under the base path the site is built for', async () => {
    const underBase = inject('exampleUnderBase');
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => request.url().endsWith('.json') && requested.push(request.url()));
    const address = `${underBase.siteUrl}${locale}/${t.routes.programme}/${parallelDay}/`;
    expect((await page.goto(address))?.ok(), address).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    await page.getByLabel(t.programme.filterLegend).selectOption(audience);
    await page.getByLabel(t.programmeView.roomLabel).selectOption(room);
    await expectDayCounts(page);
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) expect(new URL(url).pathname.startsWith(`${underBase.base}tallies/`), url).toBe(true);
    // Cleared, the filter gives back the counts of the whole day.
    await page.getByLabel(t.programme.filterLegend).selectOption('');
    await page.getByLabel(t.programmeView.roomLabel).selectOption('');
    await expect.poll(() => page.locator('h1 [data-tally-of]').textContent()).toBe(countWords(sessions.filter((s) => s.day === parallelDay).length));
    await context.close();
  });
});

describe('time zones', () => {
  const [locale] = locales as [string];
  const t = uiStrings(locale).programmeView;
  /** The texts the page should show for a session's start and end, written here with Intl. */
  const expectedTimes = (session: (typeof sessions)[number], zone: string) => {
    const dayOf = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
    const clock = (instant: Date) => new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
    const dated = (instant: Date) =>
      t.dateTime.replace('{date}', new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'long' }).format(instant)).replace('{time}', clock(instant));
    const start = dayOf(session.start) === session.day ? clock(session.start) : dated(session.start);
    const end = dayOf(session.end) === dayOf(session.start) ? clock(session.end) : dated(session.end);
    return [start, end];
  };
  const shownTimes = (page: Page, id: string) => page.locator(`[data-session="${id}"] .time-range time`).allTextContents();

  it('switches from conference time to a picked zone and to the visitor’s own, and remembers the choice', async () => {
    const page = await open(dayUrl(locale, parallelDay), { ...desktop, timezoneId: 'America/Mexico_City' });
    const daySessions = sessions.filter((s) => s.day === parallelDay);
    for (const session of daySessions) expect(await shownTimes(page, session.id)).toEqual(expectedTimes(session, timeZone));
    const choice = page.getByLabel(t.zoneLabel);
    await choice.selectOption('other');
    await page.getByLabel(t.zoneName).fill('Asia/Tokyo');
    await page.getByRole('button', { name: t.zoneApply }).click();
    for (const session of daySessions) expect(await shownTimes(page, session.id)).toEqual(expectedTimes(session, 'Asia/Tokyo'));
    // Tokyo is 13 or 14 hours ahead: the evening's sessions there fall on the next day, dated.
    expect((await shownTimes(page, daySessions.at(-1)!.id)).join(' ')).toMatch(/\p{L}/u);
    expect(await page.locator('[data-zone-note]').textContent()).toContain('UTC+9');
    await choice.selectOption('visitor');
    for (const session of daySessions) expect(await shownTimes(page, session.id)).toEqual(expectedTimes(session, 'America/Mexico_City'));
    // Remembered on the next page.
    await page.goto(programmeUrl(locale));
    expect(await page.getByLabel(t.zoneLabel).inputValue()).toBe('visitor');
    const session = daySessions[0]!;
    expect(await shownTimes(page, session.id)).toEqual(expectedTimes(session, 'America/Mexico_City'));
    // A session page follows the same choice, and its zone label no longer says conference time.
    const programmeNote = await page.locator('[data-zone-note]').first().textContent();
    await page.goto(new URL((await page.locator(`[data-session="${session.id}"] a`).first().getAttribute('href'))!, page.url()).href);
    expect(await page.locator('.session-facts [data-zone-note]').textContent()).toBe(programmeNote);
    await page.context().close();
  });
});

describe('live state', () => {
  it('dims past sessions, marks those on now and jumps to them, on the visitor’s clock', async () => {
    const [locale] = locales as [string];
    const now = new Date(spanning.start.getTime() + 15 * 60_000);
    const page = await open(dayUrl(locale, parallelDay), desktop, (p) => p.clock.setFixedTime(now));
    for (const session of sessions.filter((s) => s.day === parallelDay)) {
      const row = page.locator(`[data-session="${session.id}"]`);
      const on = session.start <= now && now < session.end;
      expect(await row.locator('.live-badge').count(), session.id).toBe(on ? 1 : 0);
      expect(await row.getAttribute('class'), session.id).toMatch(session.end <= now ? /session-item--past/ : /^(?!.*session-item--past)/);
      // The star is offered only until the session ends.
      expect(await row.locator('.star').isVisible(), session.id).toBe(session.end > now);
    }
    expect(sessions.some((s) => s.day === parallelDay && s.end <= now), 'a session of that day is over at that time').toBe(true);
    const jump = page.getByRole('link', { name: uiStrings(locale).programmeView.jumpToNow });
    expect(await jump.isVisible()).toBe(true);
    await jump.click();
    const target = (await jump.getAttribute('href'))!.slice(1);
    expect(await page.locator(`#${target} .live-badge`).count()).toBe(1);
    await page.context().close();
  });
});

describe('the registration countdown', () => {
  it('follows the visitor’s clock: two clocks before the deadline, two different countdowns', async () => {
    const [locale] = locales as [string];
    const t = uiStrings(locale).registration;
    const read = async (now: Date) => {
      const page = await open(`${site.url}${locale}/${uiStrings(locale).routes.registration}/`, desktop, (p) => p.clock.setFixedTime(now));
      const text = await page.locator('.registration__countdown').textContent();
      await page.context().close();
      return text;
    };
    const tenDays = await read(new Date(deadline.getTime() - 10 * 86_400_000 - 3_600_000));
    const lastDay = await read(new Date(deadline.getTime() - 3_600_000));
    expect(tenDays).toContain('10');
    expect(lastDay).toBe(t.lastDay);
    expect(tenDays).not.toBe(lastDay);
  });
});

describe('without JavaScript', () => {
  it.each(locales)('day pages list every session in conference time, link the audience pages and hide the tools (%s)', async (locale) => {
    for (const day of days) {
      const page = await open(dayUrl(locale, day), { ...desktop, javaScriptEnabled: false, timezoneId: 'Asia/Tokyo' });
      expect(await page.locator('main [data-session]:visible').count()).toBe(sessions.filter((s) => s.day === day).length);
      for (const selector of ['[data-programme-filter]', '[data-zone-control]', '[data-live-marks]']) expect(await page.locator(selector).isVisible(), selector).toBe(false);
      // Each audience with a session that day links its page (cut by day, tests/scale, its page of the day).
      const audiencesOfDay = content.audienceIds.filter((id) => sessions.some((s) => s.day === day && s.audiences.includes(id)));
      const linked = await page.locator('.programme-filter__pages a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(linked.sort()).toEqual(audiencesOfDay.map((id) => `/${locale}/${uiStrings(locale).routes.audiences}/${id}/`).sort());
      const first = sessions.filter((s) => s.day === day).sort((a, b) => a.start.getTime() - b.start.getTime())[0]!;
      const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      expect(await page.locator(`[data-session="${first.id}"] .time-range time`).first().textContent()).toBe(clock.format(first.start));
      // The build's own countdown.
      await page.goto(`${site.url}${locale}/${uiStrings(locale).routes.registration}/`);
      expect(await page.locator('.registration__countdown').textContent()).toContain(String(daysLeftAtBuild));
      await page.context().close();
    }
  });
});
