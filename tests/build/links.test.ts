/**
 * No broken link anywhere in the built site: every internal link and #fragment in every page
 * (linkinator, over the served site), every address of this site written in the calendar,
 * JSON, sitemap and robots files, and every file the search index names. Links to other
 * hosts are listed, never fetched: CI has no internet.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { filesIn, htmlPages, readPage } from '../helpers/dist.ts';

const distDir = inject('distDir');
const siteUrl = inject('siteUrl');
const pages = htmlPages(distDir);

/** The address the site was built for (SITE_URL and base path), read from a page's canonical link. */
const builtFor = (() => {
  const page = pages.find(({ $ }) => $('link[rel="canonical"]').length > 0)!;
  const canonical = page.$('link[rel="canonical"]').attr('href')!;
  return canonical.slice(0, canonical.length - page.path.length + 1);
})();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file in dist/ an address of this site stands for, or undefined if there is none. */
function fileFor(path: string): string | undefined {
  const file = join(distDir, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Why an address of this site does not resolve, or undefined when it does (file, then #fragment). */
function problemWith(address: string): string | undefined {
  const url = new URL(address, builtFor);
  if (!url.href.startsWith(builtFor)) return undefined;
  const file = fileFor(url.pathname.slice(new URL(builtFor).pathname.length));
  if (!file) return 'no such file';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && file.endsWith('.html')) {
    const { $ } = readPage(distDir, file.slice(distDir.length + 1));
    if ($(`[id="${fragment}"], a[name="${fragment}"]`).length === 0) return `no element with id "${fragment}"`;
  }
  return undefined;
}

describe('pages', () => {
  it('have no broken internal link or #fragment; other hosts are only listed', async () => {
    const onThisSite = (link: string) => link.startsWith(siteUrl) || link.startsWith(builtFor);
    const result = await new LinkChecker().check({
      path: pages.map((page) => new URL(page.path.slice(1), siteUrl).href),
      recurse: true,
      checkFragments: true,
      checkCss: true,
      // Canonical and alternate links carry the public address; check them on the local copy.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(builtFor)}`), replacement: siteUrl }],
      linksToSkip: async (link) => !onThisSite(link),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (${link.status ?? link.failureDetails?.map(String).join('; ')}) from ${link.parent ?? 'a start page'}`);
    expect(broken).toEqual([]);
    expect(result.links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(pages.length);

    const elsewhere = [...new Set(result.links.filter((link) => link.state === LinkState.SKIPPED && /^(https?|mailto|tel):/.test(link.url)).map((link) => link.url))];
    console.info(`Links to other hosts, not fetched (${elsewhere.length}):\n${elsewhere.sort().join('\n')}`);
  });
});

/** Addresses written in the site's non-HTML files. */
function addressesIn(file: string): string[] {
  const text = readFileSync(join(distDir, file), 'utf8');
  if (file.endsWith('.json')) {
    const found: string[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (typeof value === 'string' && (value.startsWith(builtFor) || (/url|href/i.test(key) && value.startsWith('/')))) found.push(value);
      else if (value && typeof value === 'object') for (const [name, inner] of Object.entries(value)) walk(inner, name);
    };
    walk(JSON.parse(text));
    return found;
  }
  // Calendar lines are folded at 75 octets (RFC 5545): unfold before looking for addresses.
  const unfolded = file.endsWith('.ics') ? text.replace(/\r?\n[ \t]/g, '') : text;
  return [...unfolded.matchAll(/https?:\/\/[^\s"'<>\\,;]+/g)].map(([address]) => address).filter((address) => address.startsWith(builtFor));
}

describe('calendar, JSON, sitemap and robots files', () => {
  const files = filesIn(distDir).filter((file) => /\.(ics|json|xml|txt|webmanifest)$/.test(file) && !file.startsWith('pagefind/'));

  it.each(files)('%s links only to files that exist', (file) => {
    const broken = addressesIn(file).flatMap((address) => {
      const problem = problemWith(address);
      return problem ? [`${address}: ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });
});

describe('search index', () => {
  it('names only files that exist', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string | null }>;
    };
    expect(Object.keys(entry.languages).length).toBeGreaterThan(0);
    const named = Object.values(entry.languages).flatMap(({ hash, wasm }) => [`pagefind.${hash}.pf_meta`, ...(wasm ? [`wasm.${wasm}.pagefind`] : [])]);
    expect(named.filter((file) => !existsSync(join(distDir, 'pagefind', file)))).toEqual([]);
  });
});
