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
import { mkdtemp, rm } from 'node:fs/promises';
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

/** The files that have a key (pages and calendar files, under a language folder), by site path. */
const keyedFiles = (dir: string) =>
  filesIn(dir)
    .filter((file) => /\.(?:html|ics)$/.test(file) && locales.some((code) => file.startsWith(`${code}/`)))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

/**
 * Each keyed file, by site path, as the file system knows it: a file copied from the kept
 * build is a link to the same file, a file rendered again is a new one.
 */
const inodes = (dir: string) => new Map(keyedFiles(dir).map((path) => [path, statSync(join(dir, fileOf(path))).ino]));

/** A calendar file's stamps (DTSTAMP), which say when the file last changed. */
const stampsIn = (text: string) => text.match(/^DTSTAMP:.*$/gm) ?? [];
/** iCalendar's form of an instant, as in DTSTAMP. */
const icalInstant = (iso: string) => `DTSTAMP:${iso.replace(/[-:]/g, '').replace(/\.\d+/, '')}`;

/** Paths whose bytes differ between two built sites (calendar files apart from their stamps, if `stampsAside`), and paths only one has. */
function differences(a: string, b: string, { stampsAside = false } = {}): string[] {
  const inA = filesIn(a);
  const inB = new Set(filesIn(b));
  const onlyOne = [...inA.filter((file) => !inB.has(file)), ...[...inB].filter((file) => !inA.includes(file))].map((file) => `${file} (only in one)`);
  const read = (dir: string, file: string) => (stampsAside && file.endsWith('.ics') ? Buffer.from(readFileSync(join(dir, file), 'utf8').replace(/^DTSTAMP:.*$/gm, '')) : readFileSync(join(dir, file)));
  return [...onlyOne, ...inA.filter((file) => inB.has(file) && !read(a, file).equals(read(b, file)))];
}

describe('rebuilds from the kept build', () => {
  let content: Awaited<ReturnType<typeof copyContent>>;
  let site: string;
  let cache: string;
  let pages: string[];

  /**
   * A rebuild with the kept cache, into the same folder, and a cold build of the same content to
   * compare it with. Returns the files it rendered again, of those it has, and how it differs.
   */
  async function rebuild({ now = exampleAtRoot.now as string, env = {} as Record<string, string>, stampsAside = false } = {}) {
    const before = inodes(site);
    const again = await buildSite({ content: content.dir, now, outDir: site, env: { ...env, ASTRO_CACHE_DIR: cache } });
    expect(again.code, again.output.slice(-3000)).toBe(0);
    const after = inodes(site);
    const cold = await buildSite({ content: content.dir, now, env });
    expect(cold.code, cold.output.slice(-3000)).toBe(0);
    expect([...after.keys()].sort()).toEqual(keyedFiles(cold.outDir).sort());
    return { rendered: [...after.keys()].filter((path) => after.get(path) !== before.get(path)), differences: differences(site, cold.outDir, { stampsAside }) };
  }

  beforeAll(async () => {
    content = await copyContent(exampleAtRoot.content);
    const work = await mkdtemp(join(tmpdir(), 'conference-incremental-'));
    site = join(work, 'dist');
    cache = join(work, 'cache');
    const first = await buildSite({ content: content.dir, now: exampleAtRoot.now, outDir: site, env: { ASTRO_CACHE_DIR: cache } });
    expect(first.code, first.output.slice(-3000)).toBe(0);
    pages = keyedFiles(site);
    expect(pages.filter((path) => path.endsWith('.ics')).length).toBeGreaterThan(locales.length);
    expect(first.output).toContain(`Pages: ${pages.length} rendered, 0 unchanged`);
  }, buildTimeout);

  it('renders again only the pages of a changed description and biography, no calendar file, and publishes what a cold build does', async () => {
    await content.edit(`sessions/${session}/index.es.mdx`, (text) => `${text}\nUn párrafo añadido por la prueba.\n`);
    await content.edit(`speakers/${person}/index.en.mdx`, (text) => `${text}\nA sentence the test added.\n`);
    const { rendered, differences } = await rebuild();
    expect(differences).toEqual([]);
    // Every language shows the Spanish description (as a fallback too) and the English biography.
    expect(rendered.filter((page) => page.includes(`/${session}/`))).toHaveLength(locales.length);
    expect(rendered.filter((page) => page.includes(`/${person}/`))).toHaveLength(locales.length);
    expect(rendered).toHaveLength(2 * locales.length);
  }, buildTimeout);

  it('renders again only the pages and calendar files that link to a session after its title and summary changed', async () => {
    const privacy = '2025-11-01-privacy';
    await content.edit(`sessions/${privacy}/index.en.mdx`, (text) =>
      text.replace('title: "Privacy by design"', 'title: "Privacy by default"').replace('summary: "Publishing data without exposing people."', 'summary: "Data out, people safe."'),
    );
    const { rendered, differences } = await rebuild();
    expect(differences).toEqual([]);
    const renderedPages = rendered.filter((path) => path.endsWith('/'));
    // Its own pages, in every language (the others show the English title as a fallback) ...
    expect(renderedPages.filter((path) => path.endsWith(`/${privacy}/`))).toHaveLength(locales.length);
    // ... and the lists, pagers and people that link to it, but not every page.
    expect(renderedPages.length).toBeGreaterThan(locales.length);
    expect(renderedPages.length).toBeLessThan(pages.filter((path) => path.endsWith('/')).length);
    // The same for calendar files: its own, and those with it among their events (its day's, its audiences', the programme's).
    const renderedCalendars = rendered.filter((path) => path.endsWith('.ics'));
    expect(renderedCalendars.filter((path) => path.endsWith(`/${privacy}.ics`))).toHaveLength(locales.length);
    expect(renderedCalendars.length).toBeGreaterThan(locales.length);
    expect(renderedCalendars.length).toBeLessThan(pages.filter((path) => path.endsWith('.ics')).length);
  }, buildTimeout);

  it("renders every page and calendar file again after a session's time changed, as every list and count may show it", async () => {
    await content.edit('sessions/2025-11-01-privacy/index.en.mdx', (text) => text.replace('end: "12:30"', 'end: "12:45"'));
    const { rendered, differences } = await rebuild();
    expect(differences).toEqual([]);
    expect(rendered.sort()).toEqual([...pages].sort());
  }, buildTimeout);

  it('renders every page and calendar file again when the site moves to another address', async () => {
    const { rendered, differences } = await rebuild({ env: { SITE_URL: 'https://elsewhere.example.org' } });
    expect(differences).toEqual([]);
    expect(rendered.sort()).toEqual([...pages].sort());
  }, buildTimeout);

  it("publishes no page or calendar file of a session taken out of the programme", async () => {
    await rm(join(content.dir, 'sessions/2025-11-01-privacy'), { recursive: true });
    const { differences } = await rebuild();
    expect(differences).toEqual([]);
    expect(keyedFiles(site).filter((path) => path.includes('2025-11-01-privacy'))).toEqual([]);
    pages = keyedFiles(site);
  }, buildTimeout);

  it('renders every page again after the logo changed, a file no collection reads', async () => {
    await content.edit('theme/logo.svg', (text) => text.replace('</svg>', '<!-- changed by the test --></svg>'));
    const { rendered, differences } = await rebuild();
    expect(differences).toEqual([]);
    expect(rendered.sort()).toEqual([...pages].sort());
  }, buildTimeout);

  it("copies every page and calendar file when the build's clock moved but nothing they show changed; calendars keep their stamp", async () => {
    // An hour later, registration still has the same number of days left and nothing is live.
    const later = new Date(new Date(exampleAtRoot.now).getTime() + 3_600_000).toISOString();
    const { rendered, differences } = await rebuild({ now: later, stampsAside: true });
    expect(differences).toEqual([]);
    expect(rendered).toEqual([]);
    // A calendar's stamp says when its events last changed: at the build before, not now.
    const calendar = readFileSync(join(site, fileOf(pages.find((path) => path.endsWith('.ics'))!)), 'utf8');
    expect(new Set(stampsIn(calendar))).toEqual(new Set([icalInstant(exampleAtRoot.now)]));
  }, buildTimeout);
});
