/**
 * Keys that let a rebuild copy a page from the previous build instead of rendering it again
 * (src/lib/kept-build.ts). The key has to change whenever anything a page shows from the
 * content, the code or the build's clock changes, or a stale page is published without any error.
 *
 * So the key errs on the side of rendering: every page depends on everything ("shared"), except
 * - the texts that one page alone shows. A session's description is shown only on the session's
 *   own page and a person's biography only on theirs, so an editor's change to one of them
 *   renders again the pages of that one session or person (in every language);
 * - a session's title and summary ("shown"), which a page shows only beside a link to the
 *   session's page: a rebuild renders again the pages that linked to it last time
 *   (src/data/cache-keys.ts). They order nothing (sessions go by time, then id), so a change to
 *   them cannot change which sessions a page lists.
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

/** The fields of a session's text (in each language) that a page shows only beside a link to the session. */
const shownWithLink = ['title', 'summary'];

export interface SiteDigests {
  /** Everything any page may show, apart from what `own` and `shown` hold. */
  shared: string;
  /** The texts only one page shows, by `<kind>:<id>` ("session:opening"). */
  own: ReadonlyMap<string, string>;
  /** Each session's title and summary in every language, by session id. */
  shown: ReadonlyMap<string, string>;
}

/**
 * Digests of a build's inputs: every content entry, and `more`, what else the pages show
 * (the content folder's other files, the code: see src/data/cache-keys.ts).
 */
export function siteDigests(entries: readonly KeyedEntry[], more: unknown): SiteDigests {
  const shared = createHash('sha256');
  const own = new Map<string, Hash>();
  const shown = new Map<string, Hash>();
  const hashOf = (hashes: Map<string, Hash>, key: string) => hashes.get(key) ?? hashes.set(key, createHash('sha256')).get(key)!;
  for (const entry of [...entries].sort(byCollectionAndId)) {
    const kind = ownTexts[entry.collection];
    if (kind) {
      update(hashOf(own, `${kind}:${pageIdOf(entry.id)}`), entry.id, entry.body, entry.html);
      if (entry.collection === 'sessions' && isRecord(entry.data)) {
        const { withLink, rest } = splitShown(entry.data);
        update(hashOf(shown, pageIdOf(entry.id)), entry.id, withLink);
        update(shared, entry.collection, entry.id, rest);
      } else {
        update(shared, entry.collection, entry.id, entry.data);
      }
    } else {
      update(shared, entry.collection, entry.id, entry.data, entry.body, entry.html);
    }
  }
  update(shared, more);
  const digests = (hashes: Map<string, Hash>) => new Map([...hashes].map(([key, hash]) => [key, hash.digest('hex')]));
  return { shared: shared.digest('hex'), own: digests(own), shown: digests(shown) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A session text's fields: those shown beside a link to it, and the rest. */
function splitShown(data: Record<string, unknown>): { withLink: Record<string, unknown>; rest: Record<string, unknown> } {
  const withLink: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data)) (shownWithLink.includes(field) ? withLink : rest)[field] = value;
  return { withLink, rest };
}

/** `digests` with `facts` added to what every page shows (the build's clock: src/lib/build-clock.ts). */
export function withFacts(digests: SiteDigests, facts: unknown): SiteDigests {
  const shared = createHash('sha256');
  update(shared, digests.shared, facts);
  return { ...digests, shared: shared.digest('hex') };
}

/**
 * The cache key of the page `key` (in any language: its file tells them apart), apart from the
 * titles and summaries of the sessions it links to, which the caller compares (`shownChanged`).
 * A session's page shows its own, so its key holds them.
 */
export function cacheKeyOf(digests: SiteDigests, key: PageKey): string {
  const own = 'id' in key && Object.values(ownTexts).includes(key.kind) ? digests.own.get(`${key.kind}:${key.id}`) : undefined;
  const shown = key.kind === 'session' ? digests.shown.get(key.id) : undefined;
  return [digests.shared, own, shown].filter((part) => part !== undefined).join('.');
}

/** Whether the title or summary of any of `sessions` differs between two builds' `shown` digests. */
export function shownChanged(sessions: readonly string[], before: Readonly<Record<string, string>>, now: SiteDigests['shown']): boolean {
  return sessions.some((id) => before[id] !== now.get(id));
}

function byCollectionAndId(a: KeyedEntry, b: KeyedEntry): number {
  return a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id);
}

/** Each value as JSON, separated so that ("ab", "c") and ("a", "bc") differ. */
function update(hash: Hash, ...values: unknown[]): void {
  for (const value of values) hash.update(`${JSON.stringify(value) ?? 'undefined'}\u0000`);
}
