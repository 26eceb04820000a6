/**
 * Security gate in the browser, with the site's own Content-Security-Policy: no page asks another
 * host for anything, and the policy blocks nothing the site itself does (scripts, styles, the
 * search's WebAssembly and worker, the programme filter), also when search falls back from its
 * worker to the page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { stayOnRequestedPages, visitAll } from '../helpers/visit.ts';
import { browserGateTimeout, searchPages, sitePages, type BuiltSite } from './site.ts';

interface Browsing {
  /** Requests to anything but the site, with the page that made them. */
  elsewhere: string[];
  /** What the policy blocked, and script errors. */
  problems: string[];
  /** Every URL requested. */
  requested: string[];
}

/** The search's WebAssembly, one file per language. */
const loadsSearchEngine = (requested: string[]) => requested.some((url) => /\/wasm\.[^/]*pagefind$/.test(url));

export function browserSecurityGate(site: BuiltSite): void {
  const pages = sitePages(site);
  const origin = new URL(site.siteUrl).origin;
  /** A search on each search page for the longest word of its language's home heading, so it finds something and loads the whole index. */
  const searches = searchPages(pages).map((page) => {
    const language = page.path.split('/')[1];
    const home = pages.find((candidate) => candidate.path === `/${language}/`);
    const word = (home?.$('h1').text() ?? '').split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0] ?? '';
    return `${page.path}?q=${encodeURIComponent(word)}`;
  });
  /** Each programme and day page filtered by its first audience, a state scripts reach only from the URL. */
  const filtered = pages.flatMap((page) => {
    const audience = page.$('[data-programme-filter] select[name="audience"] option[value!=""]').first().attr('value');
    return audience ? [`${page.path}?audience=${encodeURIComponent(audience)}`] : [];
  });
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

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
      if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) result.elsewhere.push(`${request.frame().url()} → ${request.url()}`);
    });
    // No request may leave the machine: the browser gets an error instead of trying the network.
    await context.route((url) => url.origin !== origin, (route) => route.abort());
    context.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) result.problems.push(`${message.location().url}: ${message.text()}`);
    });
    context.on('weberror', (error) => result.problems.push(`${error.page()?.url()}: ${error.error().message}`));

    await visitAll(context, site.siteUrl, paths, async (page, path) => {
      await page.waitForLoadState('networkidle');
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      result.problems.push(...violations.map((violation) => `${path}: ${violation}`));
    });
    await context.close();
    return result;
  }

  it('no page requests another host, and the security policy blocks nothing', async () => {
    expect(searches.length, 'search pages').toBeGreaterThan(0);
    expect(filtered.length, 'programme pages with an audience filter').toBeGreaterThan(0);
    const { elsewhere, problems, requested } = await browse([...pages.map((page) => page.path), ...searches, ...filtered]);
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    // The search really ran, and the filter fetched its counts, so the policy was tried on both.
    expect(loadsSearchEngine(requested)).toBe(true);
    expect(requested.some((url) => /\/tallies\/[^/]+\.json$/.test(url)), 'the filter’s counts').toBe(true);
  }, browserGateTimeout(pages.length + searches.length + filtered.length));

  it('search runs within the policy when Pagefind falls back from its worker to the page', async () => {
    const { elsewhere, problems, requested } = await browse(searches, { workers: false });
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    expect(loadsSearchEngine(requested)).toBe(true);
  }, 120_000);
}
