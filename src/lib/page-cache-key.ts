/**
 * Keys that let a rebuild copy a page from the previous build instead of rendering it again
 * (src/lib/kept-build.ts). The key has to change whenever anything a page shows from the
 * content, the code or the build's clock changes, or a stale page is published without any error.
 *
 * So the key errs on the side of rendering: every page depends on everything ("shared"), except
 * the texts that one page alone shows. A session's description is shown only on the session's
 * own page and a person's biography only on theirs, so an editor's change to one of them renders
 * again the pages of that one session or person (in every language) and copies all the others.
 */
import { createHash, type Hash } from 'node:crypto';
import type { PageKey } from './routes.ts';

/** A content entry as the key sees it: its collection, id, parsed fields, and its text (source and HTML). */
export interface KeyedEntry {
  collection: string;
  id: string;
  data: unknown;
  body?: string | undefined;
  html?: string | undefined;
}

/**
 * The collections whose text (not their fields) only one page shows: the page kind, and the page
 * id an entry belongs to (`<session>/<lang>` → `<session>`). Their fields (titles, times, names,
 * roles, photos) are shown on many pages and stay shared.
 */
const ownTexts: Record<string, PageKey['kind']> = { sessions: 'session', speakers: 'speaker' };
const pageIdOf = (entryId: string) => entryId.split('/')[0]!;

export interface SiteDigests {
  /** Everything any page may show. */
  shared: string;
  /** The texts only one page shows, by `<kind>:<id>` ("session:opening"). */
  own: ReadonlyMap<string, string>;
}

/**
 * Digests of a build's inputs: every content entry, and `more`, what else the pages show
 * (the content folder's other files, the code: see src/data/cache-keys.ts).
 */
export function siteDigests(entries: readonly KeyedEntry[], more: unknown): SiteDigests {
  const shared = createHash('sha256');
  const own = new Map<string, Hash>();
  for (const entry of [...entries].sort(byCollectionAndId)) {
    const kind = ownTexts[entry.collection];
    if (kind) {
      const key = `${kind}:${pageIdOf(entry.id)}`;
      const hash = own.get(key) ?? createHash('sha256');
      own.set(key, hash);
      update(hash, entry.id, entry.body, entry.html);
      update(shared, entry.collection, entry.id, entry.data);
    } else {
      update(shared, entry.collection, entry.id, entry.data, entry.body, entry.html);
    }
  }
  update(shared, more);
  return { shared: shared.digest('hex'), own: new Map([...own].map(([key, hash]) => [key, hash.digest('hex')])) };
}

/** `digests` with `facts` added to what every page shows (the build's clock: src/lib/build-clock.ts). */
export function withFacts(digests: SiteDigests, facts: unknown): SiteDigests {
  const shared = createHash('sha256');
  update(shared, digests.shared, facts);
  return { shared: shared.digest('hex'), own: digests.own };
}

/** The cache key of the page `key` (in any language: its file tells them apart). */
export function cacheKeyOf(digests: SiteDigests, key: PageKey): string {
  const own = 'id' in key && Object.values(ownTexts).includes(key.kind) ? digests.own.get(`${key.kind}:${key.id}`) : undefined;
  return own === undefined ? digests.shared : `${digests.shared}.${own}`;
}

function byCollectionAndId(a: KeyedEntry, b: KeyedEntry): number {
  return a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id);
}

/** Each value as JSON, separated so that ("ab", "c") and ("a", "bc") differ. */
function update(hash: Hash, ...values: unknown[]): void {
  for (const value of values) hash.update(`${JSON.stringify(value) ?? 'undefined'}\u0000`);
}
