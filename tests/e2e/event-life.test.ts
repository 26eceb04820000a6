/**
 * The event's life on the visitor's clock (Playwright's page.clock), on the example conference:
 * a session page the day before, around its start and during it, and after the event; the home
 * page's switch to what remains. Expectations come from the content files. The build's own clock
 * is the fallback without JavaScript.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder, factsFile, readFrontmatter } from '../helpers/content-read.ts';
import { readPage } from '../helpers/dist.ts';
import { exampleAfterEvent, exampleAtRoot, exampleContent, exampleUnderBase } from '../helpers/fixtures.ts';
import { wallClockInstant, yamlDay } from '../helpers/wall-time.ts';

const content = contentFolder(exampleContent);
const { timeZone } = content.conference;
const locales = content.conference.locales.map((l) => l.code);
interface Facts {
  day: string | Date;
  start: string;
  end: string;
  status?: string;
  stream?: string;
  recording?: string;
  resources?: { label: Record<string, string>; url?: string; file?: string }[];
}
const sessions = content.sessionIds.map((id) => {
  const facts = readFrontmatter<Facts>(join(content.dir, factsFile(content.conference, id)));
  return { id, facts, start: wallClockInstant(yamlDay(facts.day), facts.start, timeZone), end: wallClockInstant(yamlDay(facts.day), facts.end, timeZone) };
});
/** The session the checks follow: one with a stream, a recording and documents. */
const watched = sessions.find((s) => s.facts.stream && s.facts.recording && s.facts.resources?.length)!;
const lastEnd = new Date(Math.max(...sessions.filter((s) => s.facts.status !== 'cancelled').map((s) => s.end.getTime())));
const outcomes = (content.conference.outcomes ?? []) as { label: Record<string, string>; url: string }[];
const minute = 60_000;
const dayBefore = new Date(watched.start.getTime() - 24 * 60 * minute);
const during = new Date(watched.start.getTime() + 20 * minute);
const afterEvent = new Date(lastEnd.getTime() + 60 * minute);

// Built before the event (tests/helpers/fixtures.ts): everything the pages show later comes from the visitor's clock.
const { distDir: dist, siteUrl } = inject('example');
let browser: Browser;
beforeAll(async () => {
  expect(new Date(exampleAtRoot.now).getTime()).toBeLessThan(watched.start.getTime());
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const sessionPath = (locale: string) => `${locale}/${uiStrings(locale).routes.programme}/${watched.id}/`;
const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();
/** Opens `path` at `instant`; every request the page makes is collected, to check none leaves the site. */
async function open(path: string, instant: Date): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.clock.install({ time: instant });
  await page.goto(siteUrl + path);
  return { page, requests };
}
const offSite = (requests: string[]) => requests.filter((url) => !url.startsWith(siteUrl));

describe.each(locales)('a session page (%s)', (locale) => {
  const t = uiStrings(locale);

  it('the day before: no live marker, no stream yet, the star and calendar link offered, nothing to replay', async () => {
    const { page, requests } = await open(sessionPath(locale), dayBefore);
    expect(await visible(page, `text=${t.sessionLife.live}`)).toBe(false);
    expect(await page.locator(`a[href="${watched.facts.stream}"]`).isVisible()).toBe(false);
    expect(await page.locator('.calendar-link').isVisible()).toBe(true);
    expect(await page.locator('[data-star]').isVisible()).toBe(true);
    expect(await page.locator(`a[href="${watched.facts.recording}"]`).isVisible()).toBe(false);
    expect(offSite(requests)).toEqual([]);
    await page.close();
  });

  it('offers "Watch live" from 15 minutes before the start, without a reload', async () => {
    const { page } = await open(sessionPath(locale), new Date(watched.start.getTime() - 16 * minute));
    const watch = page.locator(`a[href="${watched.facts.stream}"]`);
    expect(await watch.isVisible()).toBe(false);
    await page.clock.runFor(90_000);
    await expect.poll(() => watch.isVisible()).toBe(true);
    expect(await watch.textContent()).toContain(t.sessionLife.watch);
    expect(await visible(page, '.live-marker')).toBe(false);
    await page.close();
  });

  it('during it: marked live, with the stream as a link and nothing loaded from the stream’s host', async () => {
    const { page, requests } = await open(sessionPath(locale), during);
    expect(await page.locator('.live-marker').isVisible()).toBe(true);
    expect(await page.locator('.live-marker').textContent()).toBe(t.sessionLife.live);
    expect(await page.locator(`a[href="${watched.facts.stream}"]`).isVisible()).toBe(true);
    expect(await page.locator('iframe, video, audio').count()).toBe(0);
    expect(offSite(requests)).toEqual([]);
    // At its end the marker and the stream go, and what remains comes, in the open tab.
    await page.clock.runFor(watched.end.getTime() - during.getTime() + minute);
    await expect.poll(() => page.locator('.live-marker').isVisible()).toBe(false);
    expect(await page.locator(`a[href="${watched.facts.stream}"]`).isVisible()).toBe(false);
    await expect.poll(() => page.locator(`a[href="${watched.facts.recording}"]`).isVisible()).toBe(true);
    await page.close();
  });

  it('after the event: the recording and documents, and no more star or calendar link', async () => {
    const { page, requests } = await open(sessionPath(locale), afterEvent);
    expect(await page.locator(`text=${t.sessionLife.ended}`).isVisible()).toBe(true);
    expect(await page.locator(`a[href="${watched.facts.recording}"]`).isVisible()).toBe(true);
    for (const resource of watched.facts.resources!) {
      const link = page.locator('a', { hasText: resource.label[locale] ?? resource.label[content.conference.defaultLocale]! });
      expect(await link.isVisible()).toBe(true);
      const href = (await link.getAttribute('href'))!;
      if (resource.url) expect(href).toBe(resource.url);
      // A file of the content is published by the site itself.
      else expect((await page.request.get(new URL(href, siteUrl).href)).status()).toBe(200);
    }
    expect(await page.locator('.calendar-link').isVisible()).toBe(false);
    expect(await page.locator('[data-star]').isVisible()).toBe(false);
    expect(await visible(page, '.live-marker')).toBe(false);
    expect(offSite(requests)).toEqual([]);
    await page.close();
  });
});

describe.each(locales)('the home page (%s)', (locale) => {
  const t = uiStrings(locale);

  it('during the event: now and next with the live session, and the registration call', async () => {
    const { page } = await open(`${locale}/`, during);
    // The panel fills once the language's session file has arrived.
    await expect.poll(() => page.locator(`[data-now-next] [data-group="live"] li[data-id="${watched.id}"]`).isVisible()).toBe(true);
    expect(await page.locator('#registration-heading').isVisible()).toBe(true);
    expect(await page.locator('#after-event-heading').isVisible()).toBe(false);
    await page.close();
  });

  it('after the event: what remains (outcomes, recordings, documents); registration and now-and-next gone', async () => {
    const { page, requests } = await open(`${locale}/`, afterEvent);
    expect(await page.locator('#after-event-heading').textContent()).toBe(t.afterEvent.title);
    expect(await page.locator('#after-event-heading').isVisible()).toBe(true);
    for (const outcome of outcomes) expect(await page.locator(`a[href="${outcome.url}"]`).isVisible()).toBe(true);
    expect(await page.locator(`.after-event a[href="${watched.facts.recording}"]`).isVisible()).toBe(true);
    expect(await page.locator('#registration-heading').isVisible()).toBe(false);
    expect(await page.locator('[data-now-next]').isVisible()).toBe(false);
    expect(offSite(requests)).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript, the build’s clock decides', () => {
  it('marks a session live and offers its stream when built during it; the home page switches when built after', async () => {
    const duringBuild = new Date(exampleUnderBase.now);
    expect(duringBuild >= watched.start && duringBuild < watched.end).toBe(true);
    const [locale] = locales as [string];
    const page = readPage(inject('exampleUnderBase').distDir, `${sessionPath(locale)}index.html`);
    expect(page.$('.live-marker').attr('hidden')).toBeUndefined();
    expect(page.$(`a[href="${watched.facts.stream}"]`).parent().attr('hidden')).toBeUndefined();
    const before = readPage(dist, `${sessionPath(locale)}index.html`);
    expect(before.$('.live-marker').attr('hidden')).toBeDefined();

    expect(new Date(exampleAfterEvent.now).getTime()).toBeGreaterThan(lastEnd.getTime());
    const afterBuild = inject('exampleAfterEvent').distDir;
    const home = readPage(afterBuild, `${locale}/index.html`);
    expect(home.$('.after-event').attr('hidden')).toBeUndefined();
    expect(home.$('[data-event-phase="until-end"]').attr('hidden')).toBeDefined();
    const session = readPage(afterBuild, `${sessionPath(locale)}index.html`);
    expect(session.$('.calendar-links').attr('hidden')).toBeDefined();
    expect(session.$('.session-remains').attr('hidden')).toBeUndefined();
  });
});
