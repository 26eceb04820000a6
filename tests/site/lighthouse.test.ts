/**
 * The content gate in Lighthouse 13 (Debian's Chromium, offline, headless): one page of each
 * kind in every language scores 100 in accessibility, best practices and SEO. Performance is
 * printed, not asserted: simulated throttling on a shared machine is too noisy to gate on.
 * CHROME_PATH chooses the browser (default /usr/bin/chromium).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { languagesOf, sitePages } from '../gates/site.ts';
import { textTable } from '../helpers/page-weight.ts';
import type { Page } from '../helpers/dist.ts';

const site = inject('site');
const pages = sitePages(site);
const languages = languagesOf(pages);

/** A page's kind from what it holds, as the budgets gate reads it: session, programme, home, else its section. */
function kindOf(page: Page): string {
  if (page.$('.session-facts').length > 0) return 'session';
  if (page.$('[data-audience-filter]').length > 0) return 'programme';
  const [, section, item] = page.path.split('/').filter(Boolean);
  if (!section) return 'home';
  return item ? `${section}/…` : section;
}

/** The first page of each kind in each language. */
const chosen = languages.flatMap((language) => {
  const ofLanguage = pages.filter((page) => page.path.startsWith(`/${language}/`));
  return [...new Map(ofLanguage.map((page) => [kindOf(page), page])).values()];
});

let chrome: chromeLauncher.LaunchedChrome;
beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
afterAll(() => chrome?.kill());

const gated = ['accessibility', 'best-practices', 'seo'] as const;
const scores: string[][] = [];

describe('Lighthouse', () => {
  it('has pages of several kinds in every language to audit', () => {
    expect(languages.length).toBeGreaterThan(0);
    for (const language of languages) expect(chosen.filter((page) => page.path.startsWith(`/${language}/`)).length, language).toBeGreaterThanOrEqual(5);
  });

  it.each(chosen.map((page) => [page.path, page] as const))('scores 100 in accessibility, best practices and SEO: %s', async (path) => {
    const url = new URL(path.slice(1), site.siteUrl).href;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', ...gated] });
    const { categories, audits } = result!.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    scores.push([path, ...[...gated, 'performance'].map((id) => String(score(id)))]);
    const failing = gated.flatMap((id) =>
      categories[id]!.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${id}: ${ref.id} (${audits[ref.id]!.title})`),
    );
    expect(failing, `${path}`).toEqual([]);
    expect(gated.map(score)).toEqual([100, 100, 100]);
  });

  afterAll(() => console.log(`Lighthouse scores (performance reported, not asserted):\n${textTable(['page', ...gated, 'performance'], scores)}`));
});
