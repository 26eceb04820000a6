/**
 * Links gate: nothing in the built site points to something that is not there. Every internal
 * link, asset and #fragment of every page (linkinator, over the served site), every attribute
 * holding a path of the site, every address of the site written in the calendar, JSON, sitemap
 * and robots files, and every file the search index names. An address that forgets the base
 * path (`/en/` instead of `/summit/en/`) is broken too. Links to other hosts are listed, never
 * fetched: CI has no internet.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { readPage, visitorFiles } from '../helpers/dist.ts';
import { languagesOf, sitePages, type BuiltSite } from './site.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function linksGate(site: BuiltSite): void {
  const pages = sitePages(site);
  const files = visitorFiles(site.distDir);
  /** The address the site was built for (SITE_URL and base path), read from a page's canonical link. */
  const builtFor = (() => {
    const page = pages.find(({ $ }) => $('link[rel="canonical"]').length > 0)!;
    const canonical = page.$('link[rel="canonical"]').attr('href')!;
    return canonical.slice(0, canonical.length - page.path.length + 1);
  })();
  const publicOrigin = new URL(builtFor).origin;

  /**
   * The file (or, for a folder such as the search bundle's, the folder) a path of the published
   * site (`/summit/en/`) stands for, or undefined: outside the base path there is none.
   */
  function fileFor(path: string): string | undefined {
    if (!path.startsWith(site.base)) return undefined;
    const file = join(site.distDir, decodeURIComponent(path.slice(site.base.length).split(/[?#]/)[0]!));
    if (!existsSync(file)) return undefined;
    const index = join(file, 'index.html');
    return statSync(file).isDirectory() && existsSync(index) ? index : file;
  }

  /** Why an address does not resolve, or undefined when it does or is on another host (file, then #fragment). */
  function problemWith(address: string): string | undefined {
    const url = new URL(address, builtFor);
    if (url.origin !== publicOrigin) return undefined;
    const file = fileFor(url.pathname);
    if (!file) return url.pathname.startsWith(site.base) ? 'no such file' : `outside the base path ${site.base}`;
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html')) {
      const { $ } = readPage(site.distDir, file.slice(site.distDir.length + 1));
      if ($(`[id="${fragment}"], a[name="${fragment}"]`).length === 0) return `no element with id "${fragment}"`;
    }
    return undefined;
  }

  /** Addresses of this site written in a non-HTML file. */
  function addressesIn(file: string): string[] {
    const text = readFileSync(join(site.distDir, file), 'utf8');
    if (file.endsWith('.json')) {
      const found: string[] = [];
      const walk = (value: unknown, key = ''): void => {
        if (typeof value === 'string' && (value.startsWith(publicOrigin) || (/url|href/i.test(key) && value.startsWith('/')))) found.push(value);
        else if (value && typeof value === 'object') for (const [name, inner] of Object.entries(value)) walk(inner, name);
      };
      walk(JSON.parse(text));
      return found;
    }
    // Calendar lines are folded at 75 octets (RFC 5545): unfold before looking for addresses.
    const unfolded = file.endsWith('.ics') ? text.replace(/\r?\n[ \t]/g, '') : text;
    return [...unfolded.matchAll(/https?:\/\/[^\s"'<>\\,;]+/g)].map(([address]) => address).filter((address) => address.startsWith(publicOrigin));
  }

  describe('links', () => {
    it('pages have no broken internal link, asset or #fragment; other hosts are only listed', async () => {
      const server = new URL(site.siteUrl).origin;
      const result = await new LinkChecker().check({
        path: pages.map((page) => new URL(page.path.slice(1), site.siteUrl).href),
        recurse: true,
        checkFragments: true,
        checkCss: true,
        concurrency: 20,
        // Canonical, alternate, Open Graph and JSON-LD addresses name the public host: check them on the local copy.
        urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(publicOrigin)}/`), replacement: `${server}/` }],
        // The whole local host, not only the base path: a link that forgets the base path must fail, not be skipped.
        linksToSkip: async (link) => !link.startsWith(`${server}/`),
      });
      const broken = result.links
        .filter((link) => link.state === LinkState.BROKEN)
        .map((link) => `${link.url} (${link.status ?? link.failureDetails?.map(String).join('; ')}) from ${link.parent ?? 'a start page'}`);
      expect(broken).toEqual([]);
      // Not vacuous: every page was reached, and links to every kind of file the site has were followed.
      const followed = result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname);
      expect(followed.filter((path) => path.endsWith('/')).length).toBeGreaterThanOrEqual(pages.length - 1);
      for (const kind of ['ics', 'css'].filter((kind) => files.some((file) => file.endsWith(`.${kind}`)))) {
        expect(followed.some((path) => path.endsWith(`.${kind}`)), `a link to a .${kind} file`).toBe(true);
      }
      const elsewhere = [...new Set(result.links.filter((link) => link.state === LinkState.SKIPPED && /^(https?|mailto|tel):/.test(link.url)).map((link) => link.url))];
      console.info(`Links to other hosts, not fetched (${elsewhere.length}):\n${elsewhere.sort().join('\n')}`);
    });

    it('every attribute holding a path of the site (such as the search bundle’s) points to a file under the base path', () => {
      const wrong: string[] = [];
      let checked = 0;
      for (const { path, $ } of pages) {
        for (const element of $('*').toArray()) {
          if (!('attribs' in element)) continue;
          for (const [name, value] of Object.entries(element.attribs)) {
            // A srcset lists candidates, "address width, address width…": each address is checked.
            for (const address of name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value]) {
              if (!address.startsWith('/') || address.startsWith('//')) continue;
              checked += 1;
              const problem = problemWith(address);
              if (problem) wrong.push(`${path}: <${element.name} ${name}="${address}">: ${problem}`);
            }
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(pages.length);
    });

    const dataFiles = files.filter((file) => /\.(ics|json|xml|txt|webmanifest)$/.test(file) && !file.startsWith('pagefind/'));
    it.each(dataFiles)('%s links only to files that exist, under the base path', (file) => {
      const broken = addressesIn(file).flatMap((address) => {
        const problem = problemWith(address);
        return problem ? [`${address}: ${problem}`] : [];
      });
      expect(broken).toEqual([]);
    });
  });

  describe('search index', () => {
    it('has one index for each language of the pages, naming only files that exist', () => {
      const entry = JSON.parse(readFileSync(join(site.distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
      };
      expect(Object.keys(entry.languages).sort()).toEqual(languagesOf(pages));
      for (const [language, index] of Object.entries(entry.languages)) expect(index.page_count, language).toBeGreaterThan(0);
      const named = Object.values(entry.languages).flatMap(({ hash, wasm }) => [`pagefind.${hash}.pf_meta`, ...(wasm ? [`wasm.${wasm}.pagefind`] : [])]);
      expect(named.filter((file) => !existsSync(join(site.distDir, 'pagefind', file)))).toEqual([]);
    });
  });
}
