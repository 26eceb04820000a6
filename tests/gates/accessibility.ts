/**
 * Accessibility gate: axe-core on every HTML page of the built site, in every language, in
 * Debian's Chromium, against WCAG 2.0, 2.1 and 2.2 A/AA and axe's best practices. No rule is
 * switched off.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { pagePaths } from '../helpers/dist.ts';
import { stayOnRequestedPages, visitAll } from '../helpers/visit.ts';
import { browserGateTimeout, type BuiltSite } from './site.ts';

/** `target-size` (WCAG 2.2) only runs when `wcag22aa` is asked for. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export function accessibilityGate(site: BuiltSite): void {
  /** Pages grouped by their first folder (one per language), so each group reports on its own. */
  const groups = Object.entries(Object.groupBy(pagePaths(site.distDir), (path) => /^\/([^/]+)\//.exec(path)?.[1] ?? 'root')).map(([folder, paths]) => ({
    folder,
    paths: paths!,
  }));
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each(groups)('finds no accessibility violation on the $folder pages', async ({ paths }) => {
    const context = await browser.newContext();
    await stayOnRequestedPages(context);
    const results = await visitAll(context, site.siteUrl, paths, async (page) =>
      // Only violations carry every node; passes list their rules, which is all the check below needs.
      // options() replaces what withTags() set, so it must come first.
      new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(axeTags).analyze(),
    );
    await context.close();

    const violations = results.flatMap((result, index) =>
      result.violations.map((rule) => `${paths[index]}: ${rule.id} (${rule.impact}): ${rule.help}\n    ${rule.nodes.map((node) => node.target.join(' ')).join('\n    ')}`),
    );
    expect(violations.join('\n'), `${violations.length} violations`).toBe('');

    // Guards the guard: the WCAG 2.2 rules really ran.
    const ran = new Set(results.flatMap((result) => [...result.passes, ...result.incomplete, ...result.violations].map((rule) => rule.id)));
    expect(ran).toContain('target-size');
  }, browserGateTimeout(Math.max(...groups.map((group) => group.paths.length))));
}
