/**
 * Which pages a rebuild renders (src/lib/kept-build.ts): those whose key changed since the kept
 * build. A page's key (src/lib/page-cache-key.ts) comes from what this build reads: every entry
 * of every collection, the content folder's other files (theme, photos, documents, anything
 * else), what the pages show of the build's clock, and the code. Computed once a build.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionKey } from 'astro:content';
import { clockFacts } from '../lib/build-clock.ts';
import { contentFolder } from '../lib/content-reader.ts';
import { folderDigest } from '../lib/folder-digest.ts';
import { CODE_DIGEST, KEPT_BUILD, PAGE_KEYS_FILE, keptSite, readKeptManifest, type PageKeys } from '../lib/kept-build.ts';
import { cacheKeyOf, siteDigests, type KeyedEntry, type SiteDigests } from '../lib/page-cache-key.ts';
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

/** A page of the route: its key, and its file in the output folder (`fr/programme/index.html`). */
export interface RoutePage {
  key: PageKey;
  file: string;
}

/**
 * The pages to render, of `pages`: all of them, unless scripts/build.ts asks for a rebuild. Then
 * it writes every page's key where build.ts reads it, and leaves out the pages the kept build
 * has with the same key, which build.ts copies from it.
 */
export async function pagesToRender<T extends RoutePage>(site: Site, pages: readonly T[]): Promise<T[]> {
  const keysFile = process.env[PAGE_KEYS_FILE];
  if (!keysFile) return [...pages];
  const digests = await digestsOf(site);
  const keptDir = process.env[KEPT_BUILD];
  const kept = readKeptManifest(keptDir);
  const keys: PageKeys = {};
  const toRender = pages.filter(({ key, file }) => {
    keys[file] = cacheKeyOf(digests, key);
    return !(keptDir && kept?.pages[file]?.key === keys[file] && existsSync(join(keptSite(keptDir), file)));
  });
  writeFileSync(keysFile, JSON.stringify(keys));
  return toRender;
}

async function digestsOf(site: Site): Promise<SiteDigests> {
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
  return siteDigests(entries, { files, clock, code: process.env[CODE_DIGEST] });
}
