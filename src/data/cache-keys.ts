/**
 * Which pages and calendar files a rebuild renders (src/lib/kept-build.ts): those whose key
 * changed since the kept build. A key (src/lib/page-cache-key.ts) comes from what this build
 * reads: every entry of every collection, the content folder's other files (theme, photos,
 * documents, anything else), the code, and, for pages, what they show of the build's clock.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionKey } from 'astro:content';
import { clockFacts } from '../lib/build-clock.ts';
import { contentFolder } from '../lib/content-reader.ts';
import { folderDigest } from '../lib/folder-digest.ts';
import { CODE_DIGEST, KEPT_BUILD, PAGE_KEYS, keptSite, readKeptBuild, type KeptBuild, type PageKeys, type RouteKeys } from '../lib/kept-build.ts';
import { cacheKeyOf, shownChanged, siteDigests, withFacts, type KeyedEntry, type SiteDigests } from '../lib/page-cache-key.ts';
import type { PageKey } from '../lib/routes.ts';
import type { Site } from './site.ts';

/** Every collection of src/content.config.ts: the type check fails while one is missing here. */
const everyCollection: Record<CollectionKey, true> = {
  conference: true,
  home: true,
  letter: true,
  sessions: true,
  audiences: true,
  formats: true,
  themes: true,
  rooms: true,
  speakers: true,
  i18n: true,
};

/** Session and speaker texts count as entries, their fields apart from their text; every other file by its bytes. */
const ownTextFile = /^(sessions|speakers)\/[^/]+\/index\.[^/]+\.mdx$/;

/** A page or file of a route: its file in the output folder (`fr/programme/index.html`). */
export interface RouteFile {
  file: string;
}

/** What the keys are computed from, and the kept build they are compared with: read once a build, for both routes. */
interface Keying {
  /** Every entry, the content folder's other files and the code. */
  content: SiteDigests;
  /** The same and what the pages show of the build's clock. */
  pages: SiteDigests;
  kept: KeptBuild | undefined;
}
let keying: Promise<Keying> | undefined;

/**
 * The pages to render, of `pages`: all of them, unless scripts/build.ts asks for a rebuild. Then
 * it writes every page's key where build.ts reads it, and leaves out the pages the kept build
 * has with the same key and whose linked sessions' titles and summaries are unchanged, which
 * build.ts copies from it.
 */
export async function pagesToRender<T extends RouteFile & { key: PageKey }>(site: Site, pages: readonly T[]): Promise<T[]> {
  return toRender(site, 'pages', pages, ({ pages: keyed }, { key }) => cacheKeyOf(keyed, key));
}

/**
 * The calendar files to render, as `pagesToRender` does for pages: each event links to its
 * session's page, so a file is rendered again when a session in it changes its title or summary.
 * They show no more of the clock than their stamp, which says when the file last changed: a kept
 * file keeps its stamp.
 */
export async function calendarsToRender<T extends RouteFile>(site: Site, calendars: readonly T[]): Promise<T[]> {
  return toRender(site, 'calendars', calendars, ({ content }) => content.shared);
}

async function toRender<T extends RouteFile>(site: Site, route: string, files: readonly T[], keyOf: (keying: Keying, file: T) => string): Promise<T[]> {
  const keysFolder = process.env[PAGE_KEYS];
  if (!keysFolder) return [...files];
  keying ??= keyingOf(site);
  const known = await keying;
  const { kept } = known;
  const keys: PageKeys = {};
  const unchanged = (file: string, key: string) => {
    const keptPage = kept?.manifest.pages[file];
    return keptPage?.key === key && !shownChanged(keptPage.links, kept!.manifest.shown, known.content.shown) && existsSync(join(keptSite(kept!.dir), file));
  };
  const changed = files.filter((item) => !unchanged(item.file, (keys[item.file] = keyOf(known, item))));
  const written: RouteKeys = { keys, shown: Object.fromEntries(known.content.shown) };
  writeFileSync(join(keysFolder, `${route}.json`), JSON.stringify(written));
  return changed;
}

async function keyingOf(site: Site): Promise<Keying> {
  const collections = await Promise.all((Object.keys(everyCollection) as CollectionKey[]).map((name) => getCollection(name)));
  const entries = collections.flat().map(
    (entry): KeyedEntry => ({
      collection: entry.collection,
      id: entry.id,
      data: entry.data,
      body: 'body' in entry ? entry.body : undefined,
      html: 'rendered' in entry ? entry.rendered?.html : undefined,
    }),
  );
  const clock = clockFacts({
    now: site.now,
    pinned: site.clockPinned,
    sessions: site.sessions,
    registrationDeadline: site.conference.registration.deadline,
    timeZone: site.conference.timeZone,
  });
  const files = await folderDigest(contentFolder(), (path) => ownTextFile.test(path));
  const content = siteDigests(entries, { files, code: process.env[CODE_DIGEST] });
  return { content, pages: withFacts(content, clock), kept: readKeptBuild(process.env[KEPT_BUILD]) };
}
