/**
 * Rebuilds that render only what changed. After each `npm run build`, scripts/build.ts keeps the
 * site's pages in the cache folder with each page's key (src/lib/page-cache-key.ts). The next
 * build's page and calendar routes render only the files whose key changed or that the kept
 * build lacks (src/data/cache-keys.ts); scripts/build.ts then fills in the others from the kept
 * build, with the images they show, before the search index is written.
 *
 * The hand-over between scripts/build.ts and the `astro build` child is through the environment,
 * so a plain `astro build` (tests, `astro preview`) renders every page and keeps nothing.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inBatches } from './batches.ts';
import { filesUnder, folderDigest } from './folder-digest.ts';

/** The kept build's folder, when there is one to copy from. */
export const KEPT_BUILD = 'CONFERENCE_KEPT_BUILD';
/** The folder in which the page and calendar routes write every file's key (`<route>.json`). */
export const PAGE_KEYS = 'CONFERENCE_PAGE_KEYS';
/** A digest of the code and settings that render the pages: a page's key changes with it. */
export const CODE_DIGEST = 'CONFERENCE_CODE_DIGEST';

/** Every page's key, by its file in the output folder, e.g. `fr/programme/index.html` (calendar files count as pages). */
export type PageKeys = Record<string, string>;

/** What the routes write (`<route>.json` in the keys folder) and build.ts reads. */
export interface RouteKeys {
  /** Every file's key. */
  keys: PageKeys;
  /** Each session's title and summary, as a digest, by session id (src/lib/page-cache-key.ts). */
  shown: Record<string, string>;
}

/** A kept page or calendar file: its key, the files of the output folder it loads (photos, scripts, styles), and the sessions it links to. */
export interface KeptPage {
  key: string;
  assets: string[];
  links: string[];
}

/** What the kept folder holds besides the pages themselves (in `site/`). */
export interface KeptManifest {
  pages: Record<string, KeptPage>;
  /** The sessions' titles and summaries when the build was kept, as in `RouteKeys`. */
  shown: Record<string, string>;
}

/** A kept build, read once: its folder and its manifest. */
export interface KeptBuild {
  dir: string;
  manifest: KeptManifest;
}

/** Astro's cache folder (astro.config.mjs `cacheDir`), which hosts keep between builds (docs/performance.md, "Rebuilds"). */
export function cacheFolder(env: Record<string, string | undefined> = process.env): string {
  // Tests give each build its own (tests/helpers/build.ts).
  return env.ASTRO_CACHE_DIR || './node_modules/.astro';
}

/** Files read at once: tens of thousands at a time run out of open files (EMFILE) at 5,000 sessions. */
const openTogether = 64;
/** Files linked at once (a link opens no file, but the copy across file systems that replaces it opens two). */
const linkTogether = 256;

const manifestFile = (keptDir: string) => join(keptDir, 'pages.json');
export const keptSite = (keptDir: string) => join(keptDir, 'site');

/** The kept build's manifest, or undefined when there is none or it is damaged (then every page is rendered). */
export function readKeptManifest(keptDir: string | undefined): KeptManifest | undefined {
  if (!keptDir) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile(keptDir), 'utf8')) as KeptManifest;
    const isObject = (value: unknown) => typeof value === 'object' && value !== null;
    return isObject(manifest?.pages) && isObject(manifest.shown) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** The kept build in `keptDir`, or undefined when there is none or its manifest is damaged. */
export function readKeptBuild(keptDir: string | undefined): KeptBuild | undefined {
  const manifest = readKeptManifest(keptDir);
  return manifest && { dir: keptDir!, manifest };
}

/** The keys the routes wrote in `keysFolder`, together. */
export async function readRouteKeys(keysFolder: string): Promise<RouteKeys> {
  const routes = await readdir(keysFolder);
  const written = await Promise.all(routes.map(async (route) => JSON.parse(await readFile(join(keysFolder, route), 'utf8')) as RouteKeys));
  return { keys: Object.assign({}, ...written.map((route) => route.keys)) as PageKeys, shown: Object.assign({}, ...written.map((route) => route.shown)) as Record<string, string> };
}

/** The sessions of `sessionIds` whose page `html` (or a calendar file) links to (a path segment with the session's id). */
export function sessionLinksIn(html: string, sessionIds: ReadonlySet<string>): string[] {
  return [...new Set([...html.matchAll(/\/([a-z0-9]+(?:-[a-z0-9]+)*)(?=\/)/g)].map((match) => match[1]!))].filter((segment) => sessionIds.has(segment)).map(interned);
}

const internedNames = new Map<string, string>();

/**
 * One copy of each name, holding nothing else. A match is a slice of the page it was found in,
 * and V8 keeps the whole page alive for it: the manifest of a 5,000-session site held every page
 * (about 1 GB) until this copy.
 */
function interned(name: string): string {
  let copy = internedNames.get(name);
  if (copy === undefined) {
    copy = Buffer.from(name).toString();
    internedNames.set(copy, copy);
  }
  return copy;
}

/** The files under `_astro/` (Astro's bundled scripts, styles and resized images) that an HTML page loads. */
export function assetsIn(html: string): string[] {
  return [...new Set([...html.matchAll(/\/(_astro\/[^"'\s)?#,]+)/g)].map((match) => match[1]!))].map(interned);
}

/**
 * Links into `outDir`, from the kept build, every page of `keys` that the build did not render
 * (the page route left it out as unchanged), and returns those pages. Throws if a page is
 * neither rendered nor kept.
 */
export async function copyUnchangedPages(outDir: string, { keys }: RouteKeys, kept?: KeptBuild): Promise<ReadonlySet<string>> {
  const rendered = new Set(await filesUnder(outDir));
  const copied = new Set(Object.keys(keys).filter((file) => !rendered.has(file)));
  for (const file of copied) {
    if (kept?.manifest.pages[file]?.key !== keys[file]) throw new Error(`The page ${file} was neither rendered nor kept from the last build`);
  }
  if (kept) await linkFiles(keptSite(kept.dir), outDir, [...copied]);
  return copied;
}

/**
 * Completes the site in `outDir` once its pages are all there, and returns its manifest: each
 * page's key, the assets it loads and the sessions it links to, read from the rendered pages
 * and taken from the kept build for the `copied` ones, whose assets are linked in from it too.
 */
export async function completeSite(outDir: string, { keys, shown }: RouteKeys, copied: ReadonlySet<string>, kept?: KeptBuild): Promise<KeptManifest> {
  const sessionIds = new Set(Object.keys(shown));
  const pages: Record<string, KeptPage> = {};
  const rendered = async (file: string, key: string): Promise<KeptPage> => {
    const text = await readFile(join(outDir, file), 'utf8');
    if (file.endsWith('.html')) return { key, assets: assetsIn(text), links: sessionLinksIn(text, sessionIds) };
    // A calendar file names each event's session page (URL), on lines folded at 75 octets.
    return { key, assets: [], links: sessionLinksIn(text.replace(/\r\n[ \t]/g, ''), sessionIds) };
  };
  await inBatches(Object.entries(keys), openTogether, async ([file, key]) => {
    const keptPage = kept?.manifest.pages[file];
    pages[file] = copied.has(file) && keptPage ? keptPage : await rendered(file, key);
  });
  if (kept && copied.size > 0) {
    const wanted = new Set([...copied].flatMap((file) => pages[file]!.assets));
    await linkFiles(keptSite(kept.dir), outDir, [...wanted], { asset: true });
  }
  await removeUnusedOriginals(outDir, pages);
  return { pages, shown };
}

/** An image as imported (`hero.CNKoktza.jpg`), not one of its resized versions (`hero.CNKoktza_2rSSqo.jpg`). */
const originalImage = /^[^./]+\.[\w-]{8}\.(?:jpe?g|png|webp|avif|gif|tiff?)$/;

/**
 * Astro writes every imported image and removes it at the end if the pages only showed resized
 * versions of it; but it sees only the pages it rendered, so a rebuild would leave the original
 * of a photo that only copied pages show. Removed here when no page, script or style loads it,
 * as a cold build does.
 */
async function removeUnusedOriginals(outDir: string, pages: Record<string, KeptPage>): Promise<void> {
  const assets = join(outDir, '_astro');
  const names = await readdir(assets).catch(() => [] as string[]);
  const code = await Promise.all(names.filter((name) => /\.(?:css|js)$/.test(name)).map((name) => readFile(join(assets, name), 'utf8')));
  const loaded = new Set(Object.values(pages).flatMap((page) => page.assets));
  const unused = names.filter((name) => originalImage.test(name) && !loaded.has(`_astro/${name}`) && !code.some((text) => text.includes(name)));
  await Promise.all(unused.map((name) => rm(join(assets, name))));
}

/**
 * Keeps the pages of the finished site `siteDir` (and the assets they load) in `keptDir` for the
 * next build, by links where the file system allows. Only what changed is written: the pages
 * `copied` from the kept build (`previous`, the manifest it had) are already there. The kept
 * pages are trusted only through the manifest, so it is removed first and written last: a keep
 * cut short leaves a folder the next build ignores (and renders every page), never a page under
 * a wrong key.
 */
export async function keepBuild(siteDir: string, keptDir: string, manifest: KeptManifest, copied: ReadonlySet<string>, previous?: KeptManifest): Promise<void> {
  await rm(manifestFile(keptDir), { force: true });
  const site = keptSite(keptDir);
  // Without a manifest nothing was copied from the folder, and whatever it holds is a leftover.
  if (!previous) await rm(site, { recursive: true, force: true });
  const assets = new Set(Object.values(manifest.pages).flatMap((page) => page.assets));
  const gone = [
    ...Object.keys(previous?.pages ?? {}).filter((file) => !manifest.pages[file]),
    ...new Set(Object.values(previous?.pages ?? {}).flatMap((page) => page.assets.filter((asset) => !assets.has(asset)))),
  ];
  await Promise.all(gone.map((file) => rm(join(site, file), { force: true })));
  await Promise.all([
    linkFiles(siteDir, site, Object.keys(manifest.pages).filter((file) => !copied.has(file)), { replace: true }),
    linkFiles(siteDir, site, [...assets], { asset: true }),
  ]);
  await writeFile(manifestFile(keptDir), JSON.stringify(manifest));
}

/**
 * A digest of what renders the pages besides the content: the code (src/, public/, the Astro
 * configuration, the locked package versions) and the site's address.
 */
export async function codeDigest(root: string, env: Record<string, string | undefined> = process.env): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of ['src', 'public']) hash.update(`${folder}\u0000${await folderDigest(join(root, folder))}\u0000`);
  for (const file of ['astro.config.mjs', 'package-lock.json']) hash.update(await readFile(join(root, file)));
  hash.update(`\u0000${env.SITE_URL ?? ''}\u0000${env.BASE_PATH ?? ''}`);
  return hash.digest('hex');
}

/** Links `files` from one folder to the same paths in another, making each folder once (thousands of pages have one each). */
async function linkFiles(from: string, to: string, files: readonly string[], options: { asset?: boolean; replace?: boolean } = {}): Promise<void> {
  await Promise.all([...new Set(files.map((file) => dirname(join(to, file))))].map((folder) => mkdir(folder, { recursive: true })));
  await inBatches(files, linkTogether, (file) => linkFile(from, to, file, options));
}

/**
 * Links `file` from one folder to the same path in another (its folder made), or copies it
 * across file systems. `replace` replaces a file already there. An asset already there is left
 * as it is (its name is its content's digest), and a path that only looked like an asset is skipped.
 */
async function linkFile(from: string, to: string, file: string, { asset = false, replace = false } = {}): Promise<void> {
  const target = join(to, file);
  if (replace) await rm(target, { force: true });
  try {
    await link(join(from, file), target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (asset && (code === 'EEXIST' || code === 'ENOENT')) return;
    if (code !== 'EXDEV') throw error;
    await copyFile(join(from, file), target);
  }
}
