/**
 * "My programme" in Debian's Chromium: starring sessions, the list in another language, in
 * conference time and then in the zone the visitor chose on a day page, the calendar file made in
 * the browser, and the share link another visitor imports. The page carries no session itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { exampleAtRoot, exampleContent } from '../helpers/fixtures.ts';
import { wallClockInstant, yamlDay } from '../helpers/wall-time.ts';

const siteUrl = inject('example').siteUrl;
const dist = inject('example').distDir;
const content = contentFolder(exampleContent);
const locales = content.conference.locales as { code: string; formatLocale?: string }[];
const [first, second] = locales as [(typeof locales)[0], (typeof locales)[0]];
const ids = content.sessionIds;
/** Two sessions on different days; a third for the visitor who imports. */
const chosen = [ids[0]!, ids.at(-1)!];
const own = ids[1]!;
/** The visitor's own zone, and the one they choose with the zone control: the page must follow the choice. */
const visitorZone = 'America/Mexico_City';
const chosenZone = 'Asia/Tokyo';
/** Stars are offered until a session ends: visitors here come before the event, when the example was built. */
const beforeTheEvent = new Date(exampleAtRoot.now);

const programmeUrl = (locale: string) => `${siteUrl}${locale}/${uiStrings(locale).routes.programme}/`;
const sessionUrl = (locale: string, id: string) => `${programmeUrl(locale)}${id}/`;
const myProgrammeUrl = (locale: string) => `${siteUrl}${locale}/${uiStrings(locale).routes.myProgramme}/`;
const start = (id: string) => {
  const facts = content.sessionFacts(id);
  return wallClockInstant(yamlDay(facts.day), facts.start, content.conference.timeZone);
};
const end = (id: string) => {
  const facts = content.sessionFacts(id);
  return wallClockInstant(yamlDay(facts.day), facts.end, content.conference.timeZone);
};

/** A pattern for `template` filled with `values`, any text standing for the other placeholders. */
const templatePattern = (template: string, values: Record<string, string>) => {
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${template.split(/(\{\w+\})/).map((part) => (/^\{\w+\}$/.test(part) ? (values[part.slice(1, -1)] !== undefined ? escaped(values[part.slice(1, -1)]!) : '.+') : escaped(part))).join('')}$`);
};

/** Sessions as the programme lists them: by start time. */
const inProgrammeOrder = (sessions: string[]) => [...sessions].sort((a, b) => start(a).getTime() - start(b).getTime());

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const pressed = (page: Page) => page.locator('[data-star][aria-pressed="true"]').evaluateAll((stars) => stars.map((star) => star.getAttribute('data-star')));
/** Sessions listed on My programme, in order, with their day heading and time, once the page has loaded them. */
async function listed(page: Page) {
  await page.locator('[data-my-programme]').waitFor();
  return page.locator('[data-days] [data-my-session]').evaluateAll((items) =>
    items.map((item) => ({
      id: item.getAttribute('data-my-session'),
      title: item.querySelector('h3')!.textContent!.trim(),
      day: item.closest('section')!.querySelector('h2')!.textContent,
      time: item.querySelector('[data-time]')!.textContent,
      visible: (item as HTMLElement).offsetParent !== null,
    })),
  );
}

/** Stars a session, checking that the button says what a press does before and after, in the page's language. */
async function star(page: Page, id: string) {
  const button = page.locator(`[data-star="${id}"]`);
  const t = uiStrings((await page.locator('html').getAttribute('lang'))!);
  const title = (await button.locator('.visually-hidden > span').textContent())!;
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shown = () => button.locator('.star__add, .star__remove').evaluateAll((labels) => labels.filter((label) => (label as HTMLElement).offsetParent !== null).map((label) => label.textContent));
  expect(await button.getAttribute('aria-pressed')).toBe('false');
  expect(await shown()).toEqual([t.identity.starAdd]);
  expect(await page.getByRole('button', { name: new RegExp(`^${escaped(t.identity.starAdd)}\\s*:\\s*${escaped(title)}$`) }).count()).toBe(1);
  await button.click();
  expect(await button.getAttribute('aria-pressed')).toBe('true');
  expect(await shown()).toEqual([t.identity.starRemove]);
  // Its words never read like the menu's link to the page itself.
  expect(t.identity.starRemove).not.toBe(t.nav.myProgramme);
}

/** Every VEVENT's properties as ical.js reads them, keyed by URL. */
function eventsOf(text: string) {
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  return events.map((event) => ({
    url: String(event.getFirstPropertyValue('url')),
    properties: event.getAllProperties().map((property) => property.toJSON()).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  }));
}

describe('my programme', () => {
  let context: BrowserContext;
  let page: Page;
  let shareLink: string;

  beforeAll(async () => {
    context = await browser.newContext({ timezoneId: visitorZone });
    page = await context.newPage();
    await page.clock.install({ time: beforeTheEvent });
  });
  afterAll(() => context?.close());

  /** The listed sessions' days and times, as Intl writes them in `zone`. */
  const expectListed = async (zone: string) => {
    const shown = await listed(page);
    expect(shown.map((item) => item.id)).toEqual(chosen);
    expect(shown.every((item) => item.visible)).toBe(true);
    const format = second.formatLocale ?? second.code;
    const longDay = new Intl.DateTimeFormat(format, { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const clock = new Intl.DateTimeFormat(format, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (const item of shown) {
      const expectedTitle = (content.sessionText(item.id!, second.code) ?? content.sessionText(item.id!, content.conference.defaultLocale))!.title;
      expect(item.title).toBe(expectedTitle);
      expect(item.day).toBe(longDay.format(start(item.id!)));
      // Each end as Intl writes a time (its ranges drop the leading zero in some languages).
      expect(item.time).toMatch(new RegExp(`^${clock.format(start(item.id!))}\\s*–\\s*${clock.format(end(item.id!))}$`));
    }
  };

  it('keeps starred sessions across a reload and shows them in another language, in conference time by default', async () => {
    await page.goto(programmeUrl(first.code));
    expect(await pressed(page)).toEqual([]);
    await star(page, chosen[0]!);
    // The session page has the same star.
    await page.goto(sessionUrl(first.code, chosen[1]!));
    expect(await pressed(page)).toEqual([]);
    await star(page, chosen[1]!);

    await page.goto(programmeUrl(first.code));
    await page.reload();
    expect(await pressed(page)).toEqual(chosen);

    await page.goto(myProgrammeUrl(second.code));
    await expectListed(content.conference.timeZone);
    // Labelled as conference time, as on the programme.
    const names = content.conference.timeZoneName as Record<string, string>;
    expect(await page.locator('[data-your-time]').textContent()).toMatch(templatePattern(uiStrings(second.code).time.allTimesIn, { zone: names[second.code] ?? names[content.conference.defaultLocale]! }));
    expect(await pressed(page)).toEqual(chosen);
    expect(await page.locator('[data-needs-script]').isVisible()).toBe(false);
    // No session is in the page's HTML: the rows come from the language's my-programme.json.
    const html = await (await page.request.get(myProgrammeUrl(second.code))).text();
    expect(chosen.filter((id) => html.includes(id))).toEqual([]);
  });

  it('follows the time zone the visitor chose on a day page', async () => {
    const t = uiStrings(first.code).programmeView;
    const facts = content.sessionFacts(chosen[0]!);
    await page.goto(`${programmeUrl(first.code)}${yamlDay(facts.day)}/`);
    await page.getByLabel(t.zoneLabel).selectOption('other');
    await page.getByLabel(t.zoneName).fill(chosenZone);
    await page.getByRole('button', { name: t.zoneApply }).click();
    await page.goto(myProgrammeUrl(second.code));
    await expectListed(chosenZone);
    const note = await page.locator('[data-your-time]').textContent();
    expect(note).toMatch(templatePattern(uiStrings(second.code).programmeView.timesIn, { offset: 'UTC+9' }));
  });

  it('downloads exactly those sessions as an .ics, with the same events as the build’s calendar files', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const events = eventsOf(text);
    expect(events.map((event) => new URL(event.url).pathname)).toEqual(chosen.map((id) => new URL(sessionUrl(second.code, id)).pathname));
    for (const [index, id] of chosen.entries()) {
      const built = eventsOf(readFileSync(join(dist, second.code, uiStrings(second.code).routes.programme, `${id}.ics`), 'utf8'));
      expect(events[index]!.properties).toEqual(built[0]!.properties);
    }
  });

  it('gives a link that another visitor opens and, once they confirm, adds to their own selection', async () => {
    shareLink = await page.locator('[data-share]').inputValue();
    expect(new URL(shareLink).pathname).toBe(new URL(myProgrammeUrl(second.code)).pathname);

    const other = await browser.newContext();
    try {
      const visitor = await other.newPage();
      await visitor.clock.install({ time: beforeTheEvent });
      await visitor.goto(programmeUrl(first.code));
      await star(visitor, own);
      await visitor.goto(shareLink);
      const panel = visitor.locator('[data-shared]');
      await panel.waitFor();
      expect(await panel.locator('li a').allTextContents()).toEqual(chosen.map((id) => (content.sessionText(id, second.code) ?? content.sessionText(id, content.conference.defaultLocale))!.title));
      // Nothing changes until the visitor says so.
      expect((await listed(visitor)).map((item) => item.id)).toEqual([own]);
      await panel.getByRole('button', { name: uiStrings(second.code).myProgramme.import }).click();
      expect(await panel.isVisible()).toBe(false);
      expect(new URL(visitor.url()).search).toBe('');
      expect((await listed(visitor)).map((item) => item.id)).toEqual(inProgrammeOrder([...chosen, own]));
      expect(await pressed(visitor)).toEqual(inProgrammeOrder([...chosen, own]));

      // A visitor who declines keeps what they had.
      const declining = await (await browser.newContext()).newPage();
      await declining.goto(shareLink);
      await declining.getByRole('button', { name: uiStrings(second.code).myProgramme.dismiss }).click();
      expect(await declining.locator('[data-shared]').isVisible()).toBe(false);
      expect(await listed(declining)).toEqual([]);
      expect(await declining.locator('[data-empty]').isVisible()).toBe(true);
      await declining.context().close();
    } finally {
      await other.close();
    }
  });
});

describe('without JavaScript', () => {
  it('shows no star, and My programme says what it needs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(programmeUrl(first.code));
    expect(await page.locator('[data-star]').count()).toBe(ids.length);
    expect(await page.locator('[data-star]:visible').count()).toBe(0);
    await page.goto(`${myProgrammeUrl(first.code)}?s=${chosen.join(',')}`);
    expect(await page.locator('[data-needs-script]').textContent()).toBe(uiStrings(first.code).myProgramme.needsScript);
    expect(await page.locator('[data-needs-script]').isVisible()).toBe(true);
    expect(await page.locator('[data-my-programme], [data-shared]').evaluateAll((blocks) => blocks.filter((block) => (block as HTMLElement).offsetParent !== null).length)).toBe(0);
    await context.close();
  });
});
