/**
 * Programme gate (issue #13), in Chromium, in every language: the programme page and every day
 * page carry day navigation to a page for each day that has sessions; each day page lists that
 * day's sessions and shows the first of them on the first screen of a 390×844 phone; sessions that
 * overlap share one time slot, side by side on a 1280 px desktop (a table with a column per room
 * where rooms exist) and stacked in one group marked as parallel on a phone; and at both sizes no
 * two sessions' texts overlap, the page never scrolls sideways, and a table too wide for the
 * screen scrolls sideways in a named region that the keyboard reaches and scrolls, its times always in view.
 *
 * What to expect comes from the built site, never from the content folder: each session's start
 * and end from the schema.org Event its own page publishes, its room from the `data-r` the lists
 * carry. So the gate checks whatever content was built.
 */
import type { Browser, Page as Tab } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import type { Page } from '../helpers/dist.ts';
import { stayOnRequestedPages } from '../helpers/visit.ts';
import { browserGateTimeout, languagesOf, sitePages, type BuiltSite } from './site.ts';

/** A session as its own page states it. */
export interface StatedSession {
  /** Its page's last path segment, which lists carry as `data-session`. */
  id: string;
  /** Its page, e.g. `/en/programme/2021-06-16-opening/`. */
  path: string;
  start: Date;
  end: Date;
  /** YYYY-MM-DD on the conference clock (the Event's startDate is written with the conference's UTC offset). */
  day: string;
}

/** One language's programme, as its session pages and files state it. */
export interface StatedProgramme {
  language: string;
  /** The programme page: the folder every session page of the language is in. */
  programmePath: string;
  sessions: StatedSession[];
  /** The days with sessions, in order. */
  days: string[];
  /** Each day's pages: `<programme>/<day>/`, then the parts a very long day continues on. */
  dayPages: Map<string, string[]>;
}

/** The schema.org Event of a session page: an Event that is part of another (the conference). */
function statedSession(page: Page): StatedSession | undefined {
  const data = page
    .$('script[type="application/ld+json"]')
    .toArray()
    .flatMap((script) => [JSON.parse(page.$(script).text()) as Record<string, unknown>].flat());
  const event = data.find((item) => item['@type'] === 'Event' && item.superEvent);
  if (!event) return undefined;
  const [startDate, endDate] = [String(event.startDate), String(event.endDate)];
  return { id: page.path.split('/').at(-2)!, path: page.path, start: new Date(startDate), end: new Date(endDate), day: startDate.slice(0, 10) };
}

export function statedProgrammes(site: BuiltSite): StatedProgramme[] {
  const pages = sitePages(site);
  const paths = new Set(pages.map((page) => page.path));
  return languagesOf(pages).map((language) => {
    const sessions = pages.flatMap((page) => (page.path.startsWith(`/${language}/`) ? (statedSession(page) ?? []) : []));
    const programmePath = sessions[0]?.path.replace(/[^/]+\/$/, '') ?? '';
    const days = [...new Set(sessions.map((session) => session.day))].sort();
    const dayPages = new Map(
      days.map((day) => {
        const first = `${programmePath}${day}/`;
        const partNumber = (path: string) => (path.startsWith(first) && /^\d+\/$/.test(path.slice(first.length)) ? parseInt(path.slice(first.length)) : 0);
        const parts = [...paths].filter(partNumber).sort((a, b) => partNumber(a) - partNumber(b));
        return [day, [first, ...parts]];
      }),
    );
    return { language, programmePath, sessions, days, dayPages };
  });
}

/** Pairs of sessions whose times overlap. */
export function overlappingPairs(sessions: readonly StatedSession[]): [StatedSession, StatedSession][] {
  return sessions.flatMap((a, index) => sessions.slice(index + 1).filter((b) => a.start < b.end && b.start < a.end).map((b): [StatedSession, StatedSession] => [a, b]));
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What a day page shows of one listed session. */
interface ShownSession {
  id: string;
  /** `data-r`: its room, empty when it has none. */
  room: string;
  /** Index of its time slot (`[data-slot]`) on the page, -1 outside any. */
  slot: number;
  box: Box;
  /** The table cell holding it, if it is in a table. */
  cell: Box | undefined;
  /** The text of the column header above its cell. */
  columnHeader: string | undefined;
  /** Its room name as the item itself writes it, and whether it is visible. */
  roomName: string;
  roomNameVisible: boolean;
  /** The link to its page (its title): where, and whether it is visible. */
  link: (Box & { visible: boolean }) | undefined;
}

interface ShownSlot {
  /** Sessions in it. */
  size: number;
  /** Its "in parallel" mark's text, if the mark is visible. */
  mark: string | undefined;
}

interface ShownDayPage {
  sessions: ShownSession[];
  slots: ShownSlot[];
  /** Whether the sessions are in a table with column headers and row headers. */
  table: boolean;
  /** Links of each navigation landmark: resolved addresses of its visible links, and of those marked as the current page. */
  navigations: { links: string[]; current: string[]; beforeSessions: boolean }[];
}

/** Reads, in the page, what the checks need: one round trip per page. */
function readDayPage(tab: Tab): Promise<ShownDayPage> {
  return tab.evaluate(() => {
    const boxOf = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { top: rect.top + scrollY, bottom: rect.bottom + scrollY, left: rect.left, right: rect.right };
    };
    const main = document.querySelector('main')!;
    const slots = [...main.querySelectorAll('[data-slot]')];
    const items = [...main.querySelectorAll('[data-session]')];
    const headers = [...main.querySelectorAll('table thead th[scope="col"]')];
    const sessions = items.map((item) => {
      const id = item.getAttribute('data-session')!;
      const cell = item.closest('td');
      const cellBox = cell ? boxOf(cell) : undefined;
      const middle = cellBox && (cellBox.left + cellBox.right) / 2;
      const header = middle === undefined ? undefined : headers.find((th) => th.getBoundingClientRect().left <= middle && middle <= th.getBoundingClientRect().right);
      const roomName = item.querySelector('.session-item__room');
      const link = [...item.querySelectorAll('a[href]')].find((a) => new URL((a as HTMLAnchorElement).href).pathname.endsWith(`/${id}/`));
      return {
        id,
        room: item.getAttribute('data-r') ?? '',
        slot: slots.findIndex((slot) => slot.contains(item)),
        box: boxOf(item),
        cell: cellBox,
        columnHeader: header?.textContent?.trim(),
        roomName: roomName?.textContent?.trim() ?? '',
        roomNameVisible: roomName?.checkVisibility() ?? false,
        link: link && { ...boxOf(link), visible: link.checkVisibility() },
      };
    });
    const firstSession = items[0];
    return {
      sessions,
      slots: slots.map((slot) => {
        const mark = [...slot.querySelectorAll('[data-parallel]')].find((element) => element.checkVisibility());
        return { size: slot.querySelectorAll('[data-session]').length, mark: mark?.textContent?.trim() };
      }),
      table: items.length > 0 && items.every((item) => item.closest('table')?.querySelector('th[scope="col"]') && item.closest('table')?.querySelector('th[scope="row"]')),
      navigations: [...document.querySelectorAll('nav')].map((nav) => {
        const links = [...nav.querySelectorAll('a[href]')].filter((a) => a.checkVisibility()) as HTMLAnchorElement[];
        return {
          links: links.map((a) => a.href),
          current: links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.href),
          beforeSessions: !firstSession || Boolean(nav.compareDocumentPosition(firstSession) & Node.DOCUMENT_POSITION_FOLLOWING),
        };
      }),
    };
  });
}

/** How a day page's tables of sessions fit the screen: what is wrong, and how many tables scroll sideways in their frame. */
export interface ShownFit {
  problems: string[];
  scrollingTables: number;
}

/**
 * Checks, in the page, that its sessions can be read at this screen width: no two sessions'
 * texts overlap (columns squeezed too narrow for their words), the page itself does not scroll
 * sideways, and a table wider than the screen sits in a frame that scrolls sideways (its
 * nearest ancestor that clips it), a region with a name that the keyboard can focus, with its
 * times (the row headers) in view at either end of the scroll. Then, in each such frame, keyboard focus shows a ring and an
 * arrow key scrolls it towards the end of the line (right in left-to-right, left in right-to-left).
 */
export async function readFit(tab: Tab): Promise<ShownFit> {
  const shown = await tab.evaluate(() => {
    const problems: string[] = [];
    const main = document.querySelector('main')!;
    const items = [...main.querySelectorAll('[data-session]')];
    // The boxes of each session's visible text, line by line.
    const textBoxes = items.map((item) => {
      const boxes: DOMRect[] = [];
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || !node.parentElement?.checkVisibility({ visibilityProperty: true })) continue;
        // Labels only for screen readers sit in 1 px boxes that clip them.
        const ancestors: Element[] = [];
        for (let element: Element | null = node.parentElement; element && element !== item.parentElement; element = element.parentElement) ancestors.push(element);
        if (ancestors.some((element) => element.getBoundingClientRect().width <= 1 || element.getBoundingClientRect().height <= 1)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        boxes.push(...range.getClientRects());
      }
      return boxes;
    });
    const cross = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    for (const [i, boxes] of textBoxes.entries()) {
      for (const [j, others] of textBoxes.entries()) {
        if (j <= i) continue;
        if (boxes.some((box) => others.some((other) => cross(box, other)))) problems.push(`the texts of ${items[i]!.getAttribute('data-session')} and ${items[j]!.getAttribute('data-session')} overlap`);
      }
    }
    const screenWidth = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > screenWidth) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px wide on a ${screenWidth}px screen`);
    let scrollingTables = 0;
    for (const table of [...main.querySelectorAll('table')].filter((each) => each.querySelector('[data-session]'))) {
      let frame = table.parentElement;
      while (frame && frame !== main && getComputedStyle(frame).overflowX === 'visible') frame = frame.parentElement;
      const tableBox = table.getBoundingClientRect();
      const fits = tableBox.left >= -1 && tableBox.right <= screenWidth + 1;
      if (!frame || frame === main || frame.scrollWidth <= frame.clientWidth) {
        if (!fits) problems.push(`a table ${Math.round(tableBox.width)}px wide runs off the ${screenWidth}px screen instead of scrolling in a frame`);
        continue;
      }
      scrollingTables += 1;
      const { overflowX } = getComputedStyle(frame);
      if (overflowX !== 'auto' && overflowX !== 'scroll') problems.push(`a table wider than its frame is cut off (overflow-x: ${overflowX}) instead of scrolling`);
      const labelledBy = frame.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
      const name = labelledBy || frame.getAttribute('aria-label')?.trim() || '';
      if (frame.getAttribute('role') !== 'region' || !name) problems.push(`the frame a wide table scrolls in is not a named region (role ${frame.getAttribute('role')}, name “${name}”)`);
      if (frame.tabIndex < 0) problems.push('the frame a wide table scrolls in cannot be reached with the keyboard (no tabindex)');
      const frameBox = frame.getBoundingClientRect();
      const times = [...table.querySelectorAll('tbody th[scope="row"]')];
      const inView = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.left >= frameBox.left - 1 && box.right <= frameBox.right + 1;
      };
      if (times.length === 0 || !times.every(inView)) problems.push('the times of a wide table are not in view when the page opens');
      // Scrolled to the last room, the times stay beside it.
      frame.scrollLeft = getComputedStyle(frame).direction === 'rtl' ? -frame.scrollWidth : frame.scrollWidth;
      if (!times.every(inView)) problems.push('the times of a wide table scroll out of view with the rooms');
      frame.scrollLeft = 0;
    }
    return { problems, scrollingTables };
  });
  const frames = tab.locator('main [role="region"]');
  for (const frame of await frames.all()) {
    const scrolls = await frame.evaluate((element) => element.scrollWidth > element.clientWidth && getComputedStyle(element).overflowX !== 'visible');
    if (!scrolls) continue;
    await frame.focus();
    const focus = await frame.evaluate((element) => {
      const style = getComputedStyle(element);
      return { focused: document.activeElement === element, ring: element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, rtl: style.direction === 'rtl', at: element.scrollLeft };
    });
    if (!focus.focused) shown.problems.push('the frame of a wide table does not take keyboard focus');
    if (!focus.ring) shown.problems.push('the frame of a wide table shows no focus ring when focused');
    await tab.keyboard.press(focus.rtl ? 'ArrowLeft' : 'ArrowRight');
    // Smooth scrolling may take a few frames.
    const moved = await frame.evaluate(
      (element, start) => new Promise<number>((done) => { const check = (tries: number) => (Math.abs(element.scrollLeft) > Math.abs(start) || tries === 0 ? done(element.scrollLeft - start) : requestAnimationFrame(() => check(tries - 1))); check(30); }),
      focus.at,
    );
    if (moved === 0) shown.problems.push(`an arrow key (${focus.rtl ? 'ArrowLeft' : 'ArrowRight'}) does not scroll the focused frame of a wide table`);
    else if (focus.rtl !== moved < 0) shown.problems.push(`the arrow key scrolled the frame of a wide table the wrong way (${moved}px)`);
    await frame.evaluate((element) => { element.scrollLeft = 0; (document.activeElement as HTMLElement | null)?.blur(); });
  }
  return shown;
}

const phoneSize = { width: 390, height: 844 };

export function programmePagesGate(site: BuiltSite): void {
  const programmes = statedProgrammes(site);
  /** Each test below opens every day page of a language, in one tab or both. */
  const timeout = browserGateTimeout(2 * Math.max(0, ...programmes.map((programme) => [...programme.dayPages.values()].flat().length + 1)));
  const address = (path: string) => new URL(path.slice(1), site.siteUrl).href;
  let browser: Browser;
  /** One tab per screen size for all the gate's visits, so it costs a few seconds. */
  let desktop: Tab;
  let phone: Tab;

  beforeAll(async () => {
    browser = await launchBrowser();
    const open = async (options: Parameters<Browser['newContext']>[0]) => {
      const context = await browser.newContext(options);
      await stayOnRequestedPages(context);
      return context.newPage();
    };
    desktop = await open({ viewport: { width: 1280, height: 900 } });
    phone = await open({ viewport: phoneSize, isMobile: true, hasTouch: true });
  });
  afterAll(() => browser?.close());

  /** What each page shows in each tab: read once, since several checks look at the same page. */
  const seen = new Map<string, ShownDayPage & { fit: ShownFit }>();
  /** Opens a page of the site in a tab and reads what it shows. */
  async function visit(tab: Tab, path: string): Promise<ShownDayPage & { fit: ShownFit }> {
    const key = `${tab === phone ? 'phone' : 'desktop'} ${path}`;
    if (!seen.has(key)) {
      const response = await tab.goto(address(path));
      expect(response?.ok(), `${path} answered ${response?.status()}`).toBe(true);
      seen.set(key, { ...(await readDayPage(tab)), fit: await readFit(tab) });
    }
    return seen.get(key)!;
  }

  describe('programme and day pages', () => {
    it('have a page for every session in every language', () => {
      expect(programmes.length).toBeGreaterThan(0);
      const counts = programmes.map((programme) => programme.sessions.length);
      expect(new Set(counts).size, `session pages per language: ${counts.join(', ')}`).toBe(1);
      for (const { language, sessions, programmePath } of programmes) {
        for (const session of sessions) expect(session.path, `${language}: every session page is in the programme's folder`).toBe(`${programmePath}${session.id}/`);
      }
    });

    it.each(programmes)('($language) lead from the programme and from every day page to a page for each day, which lists that day’s sessions', async ({ programmePath, days, dayPages, sessions }) => {
      const dayAddresses = days.map((day) => address(`${programmePath}${day}/`));
      /** The page's day navigation: a navigation landmark above its sessions with a visible link to every day. */
      const dayNavigation = (shown: ShownDayPage, path: string) => {
        const found = shown.navigations.find((nav) => dayAddresses.every((day) => nav.links.includes(day)));
        expect(found, `${path}: no navigation with a link to each day (${days.join(', ')})`).toBeDefined();
        expect(found!.beforeSessions, `${path}: the day navigation comes before the sessions`).toBe(true);
        return found!;
      };
      dayNavigation(await visit(desktop, programmePath), programmePath);
      for (const day of days) {
        const listed: string[] = [];
        for (const path of dayPages.get(day)!) {
          const shown = await visit(desktop, path);
          const navigation = dayNavigation(shown, path);
          expect(navigation.links, `${path}: its day navigation leads back to the programme`).toContain(address(programmePath));
          expect(navigation.current, `${path}: its day navigation marks the day shown`).toContain(address(`${programmePath}${day}/`));
          listed.push(...shown.sessions.map((session) => session.id));
        }
        const expected = sessions.filter((session) => session.day === day).map((session) => session.id);
        expect(listed.sort(), `the pages of ${day} list its sessions, each once`).toEqual(expected.sort());
      }
    }, timeout);

    it.each(programmes)('($language) show a session on the first screen of a 390×844 phone', async ({ days, dayPages, sessions }) => {
      for (const path of days.flatMap((day) => dayPages.get(day)!)) {
        const shown = await visit(phone, path);
        const stated = new Map(sessions.map((session) => [session.id, session]));
        const earliest = Math.min(...shown.sessions.map((session) => stated.get(session.id)!.start.getTime()));
        const first = shown.sessions.filter((session) => stated.get(session.id)!.start.getTime() === earliest);
        const onFirstScreen = first.filter(({ link }) => link?.visible && link.top >= 0 && link.bottom <= phoneSize.height);
        expect(onFirstScreen.length, `${path}: the title of its first session (${first.map((session) => `${session.id} at ${session.link?.top}–${session.link?.bottom}px`).join(', ')}) is within the first ${phoneSize.height}px`).toBeGreaterThan(0);
      }
    }, timeout);

    it.each(programmes)('($language) fit the screen on a phone and a desktop: no session’s text over another’s, no sideways page, wide tables scroll in a named region the keyboard scrolls', async ({ days, dayPages }) => {
      for (const path of days.flatMap((day) => dayPages.get(day)!)) {
        for (const tab of [desktop, phone]) expect((await visit(tab, path)).fit.problems, `${path} at ${tab.viewportSize()?.width}px`).toEqual([]);
      }
    }, timeout);
  });

  describe('sessions at the same time', () => {
    /** Each day page with the pairs of sessions it lists whose times overlap. */
    const parallelPages = (programme: StatedProgramme) =>
      programme.days.flatMap((day) =>
        programme.dayPages.get(day)!.map((path) => ({ path, pairs: overlappingPairs(programme.sessions.filter((session) => session.day === day)) })),
      ).filter((page) => page.pairs.length > 0);
    /** The pairs that a page shows, and how it shows each session. */
    const shownPairs = (shown: ShownDayPage, pairs: [StatedSession, StatedSession][]) => {
      const byId = new Map(shown.sessions.map((session) => [session.id, session]));
      return pairs.flatMap((stated) => {
        const [a, b] = stated.map((session) => byId.get(session.id));
        return a && b ? [{ a, b, stated }] : [];
      });
    };
    const apart = (a: Box, b: Box) => a.right <= b.left + 1 || b.right <= a.left + 1;
    const level = (a: Box, b: Box) => Math.abs(a.top - b.top) < 2;

    it.each(programmes)('($language) share a time slot and sit side by side on a 1280 px desktop, by room in a table where rooms exist', async (programme) => {
      for (const { path, pairs } of parallelPages(programme)) {
        const shown = await visit(desktop, path);
        const rooms = shown.sessions.some((session) => session.room);
        if (rooms) expect(shown.table, `${path}: with rooms, sessions are in a table with column and row headers`).toBe(true);
        for (const { a, b, stated } of shownPairs(shown, pairs)) {
          const pair = `${path}: ${a.id} and ${b.id}`;
          expect(a.slot, `${pair} share a time slot`).toBeGreaterThanOrEqual(0);
          expect(a.slot, `${pair} share a time slot`).toBe(b.slot);
          if (!shown.table || a.room === b.room) continue;
          // Different rooms: different columns, and cells that overlap down the page as the times do.
          expect(apart(a.cell!, b.cell!), `${pair} are in different columns`).toBe(true);
          expect(a.cell!.top < b.cell!.bottom && b.cell!.top < a.cell!.bottom, `${pair}: their cells overlap in height, as their times do`).toBe(true);
          if (stated[0].start.getTime() === stated[1].start.getTime()) expect(level(a.box, b.box), `${pair} start together, in one row`).toBe(true);
          // A session lasting across the other's whole time has a cell reaching over the other's rows.
          const covers = (outer: StatedSession, inner: StatedSession) => outer.start <= inner.start && inner.end <= outer.end;
          for (const [outer, inner, outerCell, innerCell] of [[stated[0], stated[1], a.cell!, b.cell!], [stated[1], stated[0], b.cell!, a.cell!]] as const) {
            if (covers(outer, inner)) expect(outerCell.top <= innerCell.top + 1 && innerCell.bottom <= outerCell.bottom + 1, `${pair}: the cell of ${outer.id} covers the rows of ${inner.id}`).toBe(true);
          }
        }
        if (shown.table) {
          // A column per room: its header names the room each of its sessions names on phones.
          for (const session of shown.sessions.filter((each) => each.room)) expect(session.columnHeader, `${path}: the column of ${session.id}`).toBe(session.roomName);
        } else {
          // A list: a parallel slot's sessions fill a row before the next.
          for (const index of shown.slots.keys()) {
            const boxes = shown.sessions.filter((session) => session.slot === index).map((session) => session.box);
            if (boxes.length < 2) continue;
            expect(new Set(boxes.map((box) => Math.round(box.top))).size, `${path}: slot ${index + 1}'s ${boxes.length} sessions are not all stacked`).toBeLessThan(boxes.length);
            for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) if (level(a, b)) expect(apart(a, b), `${path}: sessions side by side in slot ${index + 1} do not overlap`).toBe(true);
          }
        }
      }
    }, timeout);

    it.each(programmes)('($language) stack on a 390 px phone, grouped in one slot marked as parallel', async (programme) => {
      for (const { path, pairs } of parallelPages(programme)) {
        const shown = await visit(phone, path);
        for (const { a, b } of shownPairs(shown, pairs)) expect([a.slot, a.slot >= 0], `${path}: ${a.id} and ${b.id} share a time slot`).toEqual([b.slot, true]);
        shown.slots.forEach((slot, index) => {
          const members = shown.sessions.filter((session) => session.slot === index);
          if (members.length < 2) {
            expect(slot.mark, `${path}: slot ${index + 1} has one session, so it is not marked parallel`).toBeUndefined();
            return;
          }
          expect(slot.mark, `${path}: slot ${index + 1} shows a mark saying its sessions are in parallel`).toBeTruthy();
          const boxes = members.map((session) => session.box).sort((x, y) => x.top - y.top);
          for (const box of boxes) expect(box.left >= 0 && box.right <= phoneSize.width, `${path}: slot ${index + 1} fits the phone's width`).toBe(true);
          for (const [i, box] of boxes.slice(1).entries()) expect(box.top, `${path}: slot ${index + 1}'s sessions are stacked`).toBeGreaterThanOrEqual(boxes[i]!.bottom - 1);
          // The table's column headers are not on a phone: each session names its room.
          for (const session of members.filter((each) => each.room)) expect(session.roomNameVisible && session.roomName !== '', `${path}: ${session.id} names its room`).toBe(true);
        });
        const marks = new Set(shown.slots.flatMap((slot) => slot.mark ?? []));
        expect(marks.size, `${path}: one wording for the parallel mark`).toBeLessThanOrEqual(1);
      }
    }, timeout);
  });
}
