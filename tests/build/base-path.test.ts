/**
 * The site served from a folder (https://example.org/wepc2021/), as on GitHub project pages:
 * every link, asset, fragment, calendar file, data file and search bundle must resolve
 * there. A link that forgets the base path finds nothing on the server below and fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { filesIn } from '../helpers/dist.ts';
import { serveStatic } from '../helpers/server.ts';

const base = '/wepc2021/';
const origin = 'https://conference.example.org';
let outDir: string;
let files: string[];
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  const build = await buildSite({ base, env: { SITE_URL: origin } });
  if (build.code !== 0) throw new Error(`The site did not build under ${base}:\n${build.output}`);
  outDir = build.outDir;
  files = filesIn(outDir);
  server = await serveStatic(outDir, base);
});
afterAll(() => server?.close());

/** True when a path of the published site (`/wepc2021/fr/`, `/wepc2021/pagefind/`) is in the output. */
function resolves(path: string): boolean {
  return path.startsWith(base) && existsSync(join(outDir, decodeURIComponent(path.slice(base.length).split(/[?#]/)[0]!)));
}

describe(`the site under the base path ${base}`, () => {
  it('has every internal link, asset and #fragment of every page resolve, checked by linkinator', async () => {
    const serverOrigin = new URL(server.url).origin;
    const pages = files.filter((file) => file.endsWith('.html')).map((file) => `${server.url}${file.replace(/index\.html$/, '')}`);
    const result = await new LinkChecker().check({
      path: pages,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 20,
      // Canonical, alternate, Open Graph and JSON-LD addresses name the public origin: check them here too.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${origin.replace(/\./g, '\\.')}/`), replacement: `${serverOrigin}/` }],
      linksToSkip: async (link) => !link.startsWith(serverOrigin),
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.parent} → ${link.url} (${link.status})`);
    expect(broken).toEqual([]);
    // Not vacuous: links to every kind of file the site publishes were followed.
    const followed = result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname);
    for (const kind of ['ics', 'css'].filter((kind) => files.some((file) => file.endsWith(`.${kind}`)))) {
      expect(followed.some((path) => path.endsWith(`.${kind}`)), `a link to a .${kind} file`).toBe(true);
    }
    expect(followed.filter((path) => path.endsWith('/')).length).toBeGreaterThanOrEqual(files.filter((f) => f.endsWith('index.html')).length - 1);
  });

  it('writes addresses inside calendar files, programme data, the sitemap and robots.txt under the base path', () => {
    const textFiles = files.filter((file) => /\.(ics|json|xml|txt|webmanifest)$/.test(file) && !file.startsWith('pagefind/'));
    const urls = textFiles.flatMap((file) => {
      // Calendar lines are folded at 75 octets: unfold them before reading addresses.
      const text = readFileSync(join(outDir, file), 'utf8').replace(/\r?\n[ \t]/g, '');
      return [...text.matchAll(/https?:\/\/[^\s"'<>\\]+/g)].map((match) => ({ file, url: match[0] }));
    });
    const ours = urls.filter(({ url }) => url.startsWith(`${origin}/`));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter(({ url }) => !resolves(new URL(url).pathname))).toEqual([]);
    for (const kind of new Set(textFiles.map((file) => file.slice(file.lastIndexOf('.') + 1)))) {
      if (kind !== 'txt') expect(ours.some(({ file }) => file.endsWith(`.${kind}`)), `addresses in .${kind} files`).toBe(true);
    }
  });

  it('points every other attribute that names a path, such as the search bundle, into the base path', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const $ = load(readFileSync(join(outDir, file), 'utf8'));
      for (const element of $('*').toArray()) {
        if (!('attribs' in element)) continue;
        for (const [name, value] of Object.entries(element.attribs)) {
          if (!value.startsWith('/') || value.startsWith('//')) continue;
          checked += 1;
          if (!resolves(value)) wrong.push(`${file}: <${element.name} ${name}="${value}">`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(files.length);
    if (files.includes('pagefind/pagefind.js')) {
      const html = files.filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n');
      expect(html).toContain(`"${base}pagefind/"`);
    }
  });
});
