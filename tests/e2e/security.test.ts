/**
 * In the browser, with the site's own Content-Security-Policy: no page asks another host for
 * anything, and the policy blocks nothing the site itself does (scripts, styles, the search's
 * WebAssembly and worker, the programme filter).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { pagePaths } from '../helpers/dist.ts';
import { stayOnRequestedPages, visitAll } from '../helpers/visit.ts';

const siteUrl = inject('siteUrl');
const site = new URL(siteUrl);
const content = contentFolder();
const locales = content.conference.locales.map((locale) => locale.code);
/** A word from a real session title, so a search finds something and loads the whole index. */
const searchWord = content
  .sessionText(content.sessionIds[0]!, content.conference.defaultLocale)!
  .title.split(/[^\p{L}]+/u)
  .sort((a, b) => b.length - a.length)[0]!;

const searches = locales.map((locale) => `/${locale}/${uiStrings(locale).routes.search}/?q=${encodeURIComponent(searchWord)}`);
/** Every page, plus the states scripts reach only from a URL: a search run, a filtered programme. */
const visits = [
  ...pagePaths(inject('distDir')),
  ...searches,
  ...locales.map((locale) => `/${locale}/${uiStrings(locale).routes.programme}/?audience=${content.audienceIds[0]}`),
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Browsing {
  /** Requests to anything but the site, with the page that made them. */
  elsewhere: string[];
  /** What the policy blocked, and script errors. */
  problems: string[];
  /** Every URL requested. */
  requested: string[];
}

/** Opens each path with the site's policy in force and records requests, policy violations and script errors. */
async function browse(paths: readonly string[], { workers = true } = {}): Promise<Browsing> {
  const context = await browser.newContext();
  await stayOnRequestedPages(context);
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI}`));
  });
  if (!workers) {
    await context.addInitScript(() => {
      window.Worker = class {
        constructor() {
          throw new Error('Workers are unavailable in this test');
        }
      } as unknown as typeof Worker;
    });
  }
  const result: Browsing = { elsewhere: [], problems: [], requested: [] };
  context.on('request', (request) => {
    result.requested.push(request.url());
    const url = new URL(request.url());
    if (url.origin !== site.origin && !['data:', 'blob:'].includes(url.protocol)) result.elsewhere.push(`${request.frame().url()} → ${request.url()}`);
  });
  // No request may leave the machine: the browser gets an error instead of trying the network.
  await context.route((url) => url.origin !== site.origin, (route) => route.abort());
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) result.problems.push(`${message.location().url}: ${message.text()}`);
  });
  context.on('weberror', (error) => result.problems.push(`${error.page()?.url()}: ${error.error().message}`));

  await visitAll(context, siteUrl, paths, async (page, path) => {
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    result.problems.push(...violations.map((violation) => `${path}: ${violation}`));
  });
  await context.close();
  return result;
}

/** The search's WebAssembly, one file per language. */
const loadsSearchEngine = (requested: string[]) => requested.some((url) => /\/wasm\.[^/]*pagefind$/.test(url));

it('no page requests another host, and the security policy blocks nothing', async () => {
  const { elsewhere, problems, requested } = await browse(visits);
  expect(elsewhere).toEqual([]);
  expect(problems).toEqual([]);
  // The search really ran, so the policy was tried on it.
  expect(loadsSearchEngine(requested)).toBe(true);
});

it('search runs within the policy when Pagefind falls back from its worker to the page', async () => {
  const { elsewhere, problems, requested } = await browse(searches, { workers: false });
  expect(elsewhere).toEqual([]);
  expect(problems).toEqual([]);
  expect(loadsSearchEngine(requested)).toBe(true);
});
