/**
 * The kept build (src/lib/kept-build.ts) on small folders: a rebuild takes from it exactly the
 * pages it did not render, with what they load, and keeps what the next build needs.
 * tests/build/rebuild.test.ts checks whole rebuilds against cold builds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { assetsIn, codeDigest, completeSite, copyUnchangedPages, keepBuild, keptSite, readKeptBuild, readKeptManifest, readRouteKeys, sessionLinksIn, type KeptManifest, type PageKeys, type RouteKeys } from '../../src/lib/kept-build.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'kept-build-'));
});

async function write(dir: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
}
/** The keys the routes would write, for `keys`, with two sessions. */
const routeKeys = (keys: PageKeys): RouteKeys => ({ keys, shown: { opening: 's1', closing: 's2' } });
const page = (...assets: string[]) => `<html><head>${assets.map((asset) => `<img src="/base/${asset}" srcset="/base/${asset} 2x">`).join('')}</head></html>`;

/** A kept build of two pages and a calendar file, each under key "k1". */
async function keptTwoPages(): Promise<string> {
  const kept = join(work, 'kept');
  await write(keptSite(kept), {
    'en/index.html': page('_astro/photo.AbCdEfGh_x1.webp'),
    'en/programme/index.html': page(),
    'en/programme.ics': 'BEGIN:VCALENDAR\r\nURL:https://example.org/base/en/programme/ope\r\n ning/\r\nEND:VCALENDAR',
    '_astro/photo.AbCdEfGh_x1.webp': 'photo',
  });
  const manifest: KeptManifest = {
    pages: {
      'en/index.html': { key: 'k1', assets: ['_astro/photo.AbCdEfGh_x1.webp'], links: [] },
      'en/programme/index.html': { key: 'k1', assets: [], links: [] },
      'en/programme.ics': { key: 'k1', assets: [], links: ['opening'] },
    },
    shown: { opening: 's1', closing: 's2' },
  };
  await writeFile(join(kept, 'pages.json'), JSON.stringify(manifest));
  return kept;
}

describe('assetsIn', () => {
  it("finds each file under _astro/ a page loads, once, under any base path", () => {
    const html = `<link rel="stylesheet" href="/_astro/site.Ab12Cd34.css"><script src="/base/_astro/page.Xy98Zw76.js"></script>${page('_astro/a.Ab12Cd34_x.avif')}<a href="/en/astro/">no</a>`;
    expect(assetsIn(html).sort()).toEqual(['_astro/a.Ab12Cd34_x.avif', '_astro/page.Xy98Zw76.js', '_astro/site.Ab12Cd34.css']);
  });
});

describe('sessionLinksIn', () => {
  it('finds the sessions whose page a page links to, in any language and under any base path', () => {
    const html = '<a href="/base/en/programme/opening/">Opening</a> <a href="/es/programa/opening/">x</a> <a href="/fr/programme/2025-11-01/">day</a> <a href="/en/speakers/ada/">Ada</a>';
    expect(sessionLinksIn(html, new Set(['opening', 'closing']))).toEqual(['opening']);
    // Each segment of a path counts, one after the other.
    expect(sessionLinksIn('<a href="/en/programme/closing/">', new Set(['closing']))).toEqual(['closing']);
    expect(sessionLinksIn('<p>opening closing</p>', new Set(['opening', 'closing']))).toEqual([]);
  });
});

describe('readKeptManifest', () => {
  it('is undefined without a kept build, or with a damaged manifest', async () => {
    expect(readKeptManifest(undefined)).toBeUndefined();
    expect(readKeptManifest(join(work, 'none'))).toBeUndefined();
    await write(work, { 'pages.json': '{"pages": nu' });
    expect(readKeptManifest(work)).toBeUndefined();
    await write(work, { 'pages.json': '[]' });
    expect(readKeptManifest(work)).toBeUndefined();
    // Written by an older version, without the sessions' digests.
    await write(work, { 'pages.json': '{"pages": {}}' });
    expect(readKeptManifest(work)).toBeUndefined();
  });
});

describe('readRouteKeys', () => {
  it("merges every route's keys", async () => {
    await write(work, { 'pages.json': '{"keys": {"en/index.html":"a"}, "shown": {"opening": "s1"}}', 'calendars.json': '{"keys": {"en/programme.ics":"b"}, "shown": {"opening": "s1"}}' });
    expect(await readRouteKeys(work)).toEqual({ keys: { 'en/index.html': 'a', 'en/programme.ics': 'b' }, shown: { opening: 's1' } });
  });
});

describe('a rebuild from the kept build', () => {
  it('links in the pages it did not render, with the assets they load, and records the rest from the rendered pages', async () => {
    const kept = await keptTwoPages();
    const out = join(work, 'out');
    await write(out, { 'en/programme/index.html': `${page('_astro/new.Zz11Yy22.css')}<a href="/base/en/programme/closing/">Closing</a>`, '_astro/new.Zz11Yy22.css': 'css' });
    const keys = routeKeys({ 'en/index.html': 'k1', 'en/programme/index.html': 'k2', 'en/programme.ics': 'k1' });
    const copied = await copyUnchangedPages(out, keys, readKeptBuild(kept));
    expect([...copied].sort()).toEqual(['en/index.html', 'en/programme.ics']);
    expect(statSync(join(out, 'en/index.html')).ino).toBe(statSync(join(keptSite(kept), 'en/index.html')).ino);
    const manifest = await completeSite(out, keys, copied, readKeptBuild(kept));
    expect(manifest.pages).toEqual({
      'en/index.html': { key: 'k1', assets: ['_astro/photo.AbCdEfGh_x1.webp'], links: [] },
      'en/programme/index.html': { key: 'k2', assets: ['_astro/new.Zz11Yy22.css'], links: ['closing'] },
      'en/programme.ics': { key: 'k1', assets: [], links: ['opening'] },
    });
    expect(manifest.shown).toEqual(keys.shown);
    expect(readFileSync(join(out, '_astro/photo.AbCdEfGh_x1.webp'), 'utf8')).toBe('photo');
  });

  it("finds the sessions of a rendered calendar file, whose lines are folded", async () => {
    const out = join(work, 'out');
    await write(out, { 'en/programme.ics': 'BEGIN:VCALENDAR\r\nURL:https://example.org/en/programme/clo\r\n sing/\r\nEND:VCALENDAR' });
    const manifest = await completeSite(out, routeKeys({ 'en/programme.ics': 'k' }), new Set());
    expect(manifest.pages['en/programme.ics']).toEqual({ key: 'k', assets: [], links: ['closing'] });
  });

  it('stops when a page was neither rendered nor kept under its key', async () => {
    const kept = await keptTwoPages();
    const out = join(work, 'out');
    await mkdir(out);
    await expect(copyUnchangedPages(out, routeKeys({ 'en/index.html': 'k2' }), readKeptBuild(kept))).rejects.toThrow('en/index.html was neither rendered nor kept');
    await expect(copyUnchangedPages(out, routeKeys({ 'en/index.html': 'k1' }))).rejects.toThrow('neither rendered nor kept');
  });

  it('removes an imported image no page, style or script loads, as a cold build does, and keeps the others', async () => {
    const out = join(work, 'out');
    await write(out, {
      'en/index.html': page('_astro/hero.AbCdEfGh_x1.webp', '_astro/shown.AbCdEfGh.jpg'),
      '_astro/hero.AbCdEfGh.jpg': 'original of a resized photo',
      '_astro/hero.AbCdEfGh_x1.webp': 'resized',
      '_astro/shown.AbCdEfGh.jpg': 'shown as it is',
      '_astro/back.AbCdEfGh.png': 'background',
      '_astro/site.Ab12Cd34.css': 'body{background:url(/_astro/back.AbCdEfGh.png)}',
    });
    await completeSite(out, routeKeys({ 'en/index.html': 'k' }), new Set());
    expect(existsSync(join(out, '_astro/hero.AbCdEfGh.jpg'))).toBe(false);
    for (const file of ['hero.AbCdEfGh_x1.webp', 'shown.AbCdEfGh.jpg', 'back.AbCdEfGh.png']) expect(existsSync(join(out, '_astro', file)), file).toBe(true);
  });
});

describe('a large site', () => {
  it('is completed, copied and kept with few files open at once, as on a machine with a low limit of open files', async () => {
    const site = join(work, 'site');
    const files = Object.fromEntries(Array.from({ length: 1500 }, (_, index) => [`en/page-${index}/index.html`, page()]));
    await write(site, files);
    const keys = Object.fromEntries(Object.keys(files).map((file) => [file, 'k']));
    const module = pathToFileURL(join(import.meta.dirname, '../../src/lib/kept-build.ts')).href;
    const script = `const kept = await import(${JSON.stringify(module)});
      const keys = { keys: ${JSON.stringify(keys)}, shown: {} };
      const manifest = await kept.completeSite(${JSON.stringify(site)}, keys, new Set());
      await kept.keepBuild(${JSON.stringify(site)}, ${JSON.stringify(join(work, 'kept'))}, manifest, new Set());
      const out = ${JSON.stringify(join(work, 'out'))};
      await import('node:fs/promises').then((fs) => fs.mkdir(out));
      console.log((await kept.copyUnchangedPages(out, keys, kept.readKeptBuild(${JSON.stringify(join(work, 'kept'))}))).size);`;
    // 1,500 files read at once would need 1,500 open files; the limit here is 200.
    const run = spawnSync('bash', ['-c', 'ulimit -n 200 && "$0" --input-type=module -e "$1"', process.execPath, script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('1500');
  });
});

describe('keepBuild', () => {
  it('keeps the pages and what they load, drops what the site no longer has, and writes the manifest', async () => {
    const kept = await keptTwoPages();
    const site = join(work, 'site');
    await write(site, { 'en/index.html': page('_astro/new.Zz11Yy22.css'), '_astro/new.Zz11Yy22.css': 'css', 'pagefind/index.pf': 'not kept' });
    const manifest: KeptManifest = { pages: { 'en/index.html': { key: 'k2', assets: ['_astro/new.Zz11Yy22.css'], links: [] } }, shown: {} };
    await keepBuild(site, kept, manifest, new Set(), readKeptManifest(kept));
    expect(readKeptManifest(kept)).toEqual(manifest);
    expect(await readFile(join(keptSite(kept), 'en/index.html'), 'utf8')).toBe(page('_astro/new.Zz11Yy22.css'));
    expect(existsSync(join(keptSite(kept), '_astro/new.Zz11Yy22.css'))).toBe(true);
    for (const gone of ['en/programme/index.html', 'en/programme.ics', '_astro/photo.AbCdEfGh_x1.webp', 'pagefind/index.pf']) expect(existsSync(join(keptSite(kept), gone)), gone).toBe(false);
  });

  it('leaves the pages copied from it as they are', async () => {
    const kept = await keptTwoPages();
    const site = join(work, 'site');
    const keys = routeKeys({ 'en/index.html': 'k1', 'en/programme/index.html': 'k1', 'en/programme.ics': 'k1' });
    const copied = await copyUnchangedPages(await mkdir(site, { recursive: true }).then(() => site), keys, readKeptBuild(kept));
    const before = statSync(join(keptSite(kept), 'en/index.html')).ino;
    await keepBuild(site, kept, await completeSite(site, keys, copied, readKeptBuild(kept)), copied, readKeptManifest(kept));
    expect(statSync(join(keptSite(kept), 'en/index.html')).ino).toBe(before);
    expect(Object.keys(readKeptManifest(kept)!.pages).sort()).toEqual(Object.keys(keys.keys).sort());
  });

  it('forgets a kept folder whose manifest is missing, as a keep cut short leaves it', async () => {
    const kept = await keptTwoPages();
    await rm(join(kept, 'pages.json'));
    const site = join(work, 'site');
    await write(site, { 'en/index.html': page() });
    await keepBuild(site, kept, { pages: { 'en/index.html': { key: 'k3', assets: [], links: [] } }, shown: {} }, new Set());
    expect(existsSync(join(keptSite(kept), 'en/programme/index.html'))).toBe(false);
    expect(readKeptManifest(kept)?.pages['en/index.html']?.key).toBe('k3');
  });
});

describe('codeDigest', () => {
  it('changes with the code, the public files, the configuration, the locked versions and the address, and only then', async () => {
    await write(work, { 'src/a.ts': 'a', 'public/robots.txt': 'r', 'astro.config.mjs': 'c', 'package-lock.json': '{}', 'README.md': 'x' });
    const first = await codeDigest(work, {});
    expect(await codeDigest(work, {})).toBe(first);
    await write(work, { 'README.md': 'not code' });
    expect(await codeDigest(work, {})).toBe(first);
    const changes: [string, () => Promise<unknown>][] = [
      ['src', () => write(work, { 'src/a.ts': 'b' })],
      ['public', () => write(work, { 'public/robots.txt': 's' })],
      ['config', () => write(work, { 'astro.config.mjs': 'd' })],
      ['lock', () => write(work, { 'package-lock.json': '{"v":2}' })],
    ];
    const seen = new Set([first]);
    for (const [name, change] of changes) {
      await change();
      const digest = await codeDigest(work, {});
      expect(seen.has(digest), name).toBe(false);
      seen.add(digest);
    }
    expect(seen.has(await codeDigest(work, { SITE_URL: 'https://example.org' }))).toBe(false);
    expect(seen.has(await codeDigest(work, { BASE_PATH: '/summit/' }))).toBe(false);
  });
});
