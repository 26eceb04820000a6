/**
 * Day tables with many rooms side by side, in Chromium: the day page with the most rooms of a
 * left-to-right and of a right-to-left language, on a 1280 px desktop (light and dark scheme) and
 * a 390×844 phone. axe finds no violation, and the page fits the screen as the programme gate
 * checks it (readFit): no session's text over another's, no sideways page, the table scrolling
 * sideways in a named region the keyboard reaches and scrolls, times always in view, and a line
 * saying it scrolls.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { axeTags } from '../gates/accessibility.ts';
import { readFit } from '../gates/programme-pages.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/server.ts';
import { stayOnRequestedPages } from '../helpers/visit.ts';

export interface BuiltDayPages {
  distDir: string;
  /** Site paths of the day pages and of the parts of long days, e.g. `/en/programme/2025-11-01/`. */
  dayPages: string[];
}

const screens = [
  { screen: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
  { screen: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];
/** Both schemes on the desktop, where the frame draws its edges; the phone stacks the table as a list. */
const cases = (['ltr', 'rtl'] as const).flatMap((dir) => [
  { dir, colorScheme: 'light' as const, ...screens[0]! },
  { dir, colorScheme: 'dark' as const, ...screens[0]! },
  { dir, colorScheme: 'light' as const, ...screens[1]! },
]);

export function wideDayTables(built: () => BuiltDayPages): void {
  describe('day tables with many rooms', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveStatic>>;
    /** Per writing direction, the day page whose table has the most columns. */
    const widest = new Map<string, { path: string; columns: number; language: string }>();

    beforeAll(async () => {
      const { distDir, dayPages } = built();
      for (const path of dayPages) {
        const $ = load(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
        const dir = $('html').attr('dir') ?? 'ltr';
        const columns = $('main table th[scope="col"]').length;
        if (columns > (widest.get(dir)?.columns ?? 0)) widest.set(dir, { path, columns, language: $('html').attr('lang')! });
      }
      server = await serveStatic(distDir);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each(cases)('($dir, $screen, $colorScheme) fit the screen and pass axe', async ({ dir, screen, colorScheme, viewport, isMobile, hasTouch }) => {
      const page = widest.get(dir);
      expect(page, `a ${dir} language with a day table`).toBeDefined();
      const context = await browser.newContext({ viewport, isMobile, hasTouch, colorScheme });
      await stayOnRequestedPages(context);
      const tab = await context.newPage();
      try {
        const response = await tab.goto(new URL(page!.path.slice(1), server.url).href);
        expect(response?.ok(), page!.path).toBe(true);
        const fit = await readFit(tab);
        expect.soft(fit.problems, `${page!.path} (${page!.columns} columns)`).toEqual([]);
        // Guards the guard: at this size the desktop table is wider than the screen, so its frame's checks ran.
        if (screen === 'desktop') expect.soft(fit.scrollingTables, `${page!.path}: tables scrolling sideways`).toBeGreaterThan(0);
        // The frame is a keyboard stop where it scrolls; on the phone, where the table stacks, it is not (once the page's script has run).
        await expect.poll(() => tab.locator('main [role="region"][tabindex="0"]').count(), { message: `${page!.path}: keyboard stops on frames` }).toBe(screen === 'desktop' ? fit.scrollingTables : 0);
        // Where the table scrolls sideways, a visible line in the page's language says so; on the phone, where it stacks, none does.
        const hint = tab.locator('main').getByText(uiStrings(page!.language).wideSchedule.scrollHint);
        expect.soft(await hint.isVisible(), `${page!.path}: the hint to scroll sideways is shown`).toBe(screen === 'desktop');
        const axe = await new AxeBuilder({ page: tab }).options({ resultTypes: ['violations'] }).withTags(axeTags).analyze();
        const violations = axe.violations.map((rule) => `${rule.id} (${rule.impact}): ${rule.help}\n    ${rule.nodes.map((node) => node.target.join(' ')).join('\n    ')}`);
        expect(violations.join('\n'), `${page!.path}: ${violations.length} violations`).toBe('');
      } finally {
        await context.close();
      }
    });
  });
}
