/**
 * Each page's cache key for Astro's incremental build (src/lib/page-cache-key.ts), from what this
 * build reads: every entry of every collection, the content folder's other files (theme, photos,
 * documents, anything else), and what the pages show of the build's clock. Computed once a build.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { clockFacts } from '../lib/build-clock.ts';
import { contentFolder } from '../lib/content-reader.ts';
import { folderDigest } from '../lib/folder-digest.ts';
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

let digests: Promise<SiteDigests> | undefined;

/** The cache key of each page of `site`. */
export async function pageCacheKeys(site: Site): Promise<(key: PageKey) => string> {
  digests ??= digestsOf(site);
  const known = await digests;
  return (key) => cacheKeyOf(known, key);
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
  return siteDigests(entries, { files: await folderDigest(contentFolder(), (path) => ownTextFile.test(path)), clock });
}
