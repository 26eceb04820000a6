/**
 * With the cache folder kept, `npm run build` renders only the pages whose key
 * (src/data/cache-keys.ts) changed and copies the others from the build it kept there
 * (src/lib/kept-build.ts). It must publish exactly what a cold build of the same content
 * publishes, file for file, whatever changed: a page copied when it should have been rendered
 * again is a stale page published without any error. And it must render again only what
 * changed, or it saves nothing.
 *
 * Each step changes one kind of input of the example conference, rebuilds (the way
 * `npm run build` does, into the same folder with the same cache), then compares the result
 * with a cold build of the changed content by a plain `astro build`.
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { filesIn } from '../helpers/dist.ts';
import { exampleAtRoot } from '../helpers/fixtures.ts';

/** Builds wait their turn behind every other test's builds. */
const buildTimeout = 600_000;
const locales = contentFolder(exampleAtRoot.content).conference.locales.map((l) => l.code);
const session = '2025-11-01-keynote';
const person = 'mina-sample';

/** The HTML pages under a language folder (the pages that have a cache key), by site path. */
const languagePages = (dir: string) =>
  filesIn(dir)
    .filter((file) => file.endsWith('.html') && locales.some((code) => file.startsWith(`${code}/`)))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);

/**
 * The file of each page, by site path, as the file system knows it: a page copied from the kept
 * build is a link to the same file, a page rendered again is a new file.
 */
const pageFiles = (dir: string) => new Map(languagePages(dir).map((page) => [page, statSync(join(dir, page, 'index.html')).ino]));

/** Paths whose bytes differ between two built sites, and paths only one has. */
function differences(a: string, b: string): string[] {
  const inA = filesIn(a);
  const inB = new Set(filesIn(b));
  const onlyOne = [...inA.filter((file) => !inB.has(file)), ...[...inB].filter((file) => !inA.includes(file))].map((file) => `${file} (only in one)`);
  return [...onlyOne, ...inA.filter((file) => inB.has(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file))))];
}

describe('rebuilds from the kept build', () => {
  let content: Awaited<ReturnType<typeof copyContent>>;
  let site: string;
  let cache: string;
  let pages: string[];

  /** A rebuild with the kept cache, into the same folder, and a cold build of the same content to compare it with. */
  async function rebuild(now: string = exampleAtRoot.now) {
    const before = pageFiles(site);
    const again = await buildSite({ content: content.dir, now, outDir: site, env: { ASTRO_CACHE_DIR: cache } });
    expect(again.code, again.output.slice(-3000)).toBe(0);
    const after = pageFiles(site);
    expect([...after.keys()]).toEqual(pages);
    const cold = await buildSite({ content: content.dir, now });
    expect(cold.code, cold.output.slice(-3000)).toBe(0);
    return { rendered: pages.filter((page) => after.get(page) !== before.get(page)), differences: differences(site, cold.outDir) };
  }

  beforeAll(async () => {
    content = await copyContent(exampleAtRoot.content);
    const work = await mkdtemp(join(tmpdir(), 'conference-incremental-'));
    site = join(work, 'dist');
    cache = join(work, 'cache');
    const first = await buildSite({ content: content.dir, now: exampleAtRoot.now, outDir: site, env: { ASTRO_CACHE_DIR: cache } });
    expect(first.code, first.output.slice(-3000)).toBe(0);
    pages = languagePages(site);
    expect(first.output).toContain(`Pages: ${pages.length} rendered, 0 unchanged`);
  }, buildTimeout);

  it('renders again only the pages of a changed description and biography, and publishes what a cold build does', async () => {
    await content.edit(`sessions/${session}/index.es.mdx`, (text) => `${text}\nUn párrafo añadido por la prueba.\n`);
    await content.edit(`speakers/${person}/index.en.mdx`, (text) => `${text}\nA sentence the test added.\n`);
    const { rendered, differences } = await rebuild();
    expect(differences).toEqual([]);
    // Every language shows the Spanish description (as a fallback too) and the English biography.
    expect(rendered.filter((page) => page.includes(`/${session}/`))).toHaveLength(locales.length);
    expect(rendered.filter((page) => page.includes(`/${person}/`))).toHaveLength(locales.length);
    expect(rendered).toHaveLength(2 * locales.length);
  }, buildTimeout);

  it("renders every page again after a session's title changed, as lists, pagers and people show it", async () => {
    await content.edit('sessions/2025-11-01-privacy/index.en.mdx', (text) => text.replace('title: "Privacy by design"', 'title: "Privacy by default"'));
    const { rendered, differences } = await rebuild();
    expect(differences).toEqual([]);
    expect(rendered).toEqual(pages);
  }, buildTimeout);

  it('renders every page again after the logo changed, a file no collection reads', async () => {
    await content.edit('theme/logo.svg', (text) => text.replace('</svg>', '<!-- changed by the test --></svg>'));
    const { rendered, differences } = await rebuild();
    expect(differences).toEqual([]);
    expect(rendered).toEqual(pages);
  }, buildTimeout);

  it("copies every page when the build's clock moved but nothing it shows changed", async () => {
    // An hour later, registration still has the same number of days left and nothing is live.
    const later = new Date(new Date(exampleAtRoot.now).getTime() + 3_600_000).toISOString();
    const { rendered, differences } = await rebuild(later);
    expect(differences).toEqual([]);
    expect(rendered).toEqual([]);
  }, buildTimeout);
});
