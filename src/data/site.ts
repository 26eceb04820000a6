/**
 * Loads every collection once per build, checks it as a whole (src/lib/integrity.ts) and
 * returns the site model pages render from. Any problem stops the build here, before a
 * single page is written, so nothing half-built is published.
 */
import { readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ImageMetadata } from 'astro';
import { contentFolder } from '../lib/content-reader.ts';
import { resolveNow } from '../lib/clock.ts';
import { loadSiteDictionaries } from '../i18n/site-dictionaries.ts';
import { checkIntegrity, formatProblems } from '../lib/integrity.ts';
import { textDirection, type Direction } from '../lib/localized.ts';
import { byStartTime } from '../lib/programme.ts';
import { integrityInput, isContentAsset } from '../schemas/content-model.ts';
import type { Conference } from '../schemas/conference.ts';
import type { RoomData } from '../schemas/room.ts';
import { assembleEntryFolders } from '../schemas/entry-folder.ts';
import { sessionFolder, type SessionData } from '../schemas/session.ts';
import type { TaxonomyData } from '../schemas/taxonomy.ts';

export interface Locale {
  code: string;
  label: string;
  dir: Direction;
  /** What every `Intl` call on this language's pages is given, e.g. "ar-u-nu-latn" (see docs/i18n.md). */
  formatLocale: string;
}

export interface Taxon {
  id: string;
  data: TaxonomyData;
}

export interface Room {
  id: string;
  data: RoomData;
}

export interface Session {
  id: string;
  start: Date;
  end: Date;
  data: SessionData;
  /** The session's file per language code: its title, summary and description. */
  texts: Map<string, CollectionEntry<'sessions'>>;
}

/** A speaker or moderator. */
export interface Person {
  id: string;
  /** As published, the same in every language. */
  name: string;
  /** Their photo, for astro:assets; absent when the page draws their initials. */
  photo?: ImageMetadata | undefined;
  website?: string | undefined;
  profiles: string[];
  /** Per language code: role, affiliation and the biography to render. */
  texts: Map<string, CollectionEntry<'speakers'>>;
  /** The sessions they take part in, in programme order. */
  sessions: { session: Session; part: 'speaker' | 'moderator' }[];
}

export interface Site {
  conference: Conference;
  locales: Locale[];
  defaultLocale: string;
  /** Fallback order when a text is missing: the default language, then the others in order. */
  fallbacks: string[];
  sessions: Session[];
  audiences: Taxon[];
  formats: Map<string, Taxon>;
  themes: Map<string, Taxon>;
  /** Rooms (stages, channels) in column order; empty for a single-room event. */
  rooms: Room[];
  /** Speakers and moderators by id, in the order of their names. */
  people: Map<string, Person>;
  letters: Map<string, CollectionEntry<'letter'>>;
  homes: Map<string, CollectionEntry<'home'>>;
  /** The build's "now" (PREVIEW_NOW or SITE_NOW, or the real time). */
  now: Date;
  /** True in a preview (PREVIEW_NOW): page scripts keep the build's "now" instead of the visitor's clock. */
  clockPinned: boolean;
}

/** The site language `code` (one of `site.locales`). */
export function localeOf(site: Site, code: string): Locale {
  const locale = site.locales.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`"${code}" is not one of the site's languages (${site.locales.map((l) => l.code).join(', ')})`);
  return locale;
}

export class ContentError extends Error {
  override name = 'ContentError';
}

let loading: Promise<Site> | undefined;

/** The site model, built once and shared by every page of the build. */
export function loadSite(): Promise<Site> {
  loading ??= assemble();
  return loading;
}

const fileOf = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;
type Ordered = { id: string; data: { order: number } };
const byOrder = (a: Ordered, b: Ordered) => a.data.order - b.data.order || a.id.localeCompare(b.id);
const lastSegment = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/** Photos and documents in the content folder, by path relative to it. */
async function contentAssets(): Promise<Set<string>> {
  const dir = contentFolder();
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return new Set(found.filter((entry) => entry.isFile()).map((entry) => relative(dir, `${entry.parentPath}/${entry.name}`).split(sep).join('/')).filter(isContentAsset));
}

/** Each person with their texts per language and their sessions; the default language's file holds the facts (checked by checkIntegrity). */
function assemblePeople(entries: CollectionEntry<'speakers'>[], sessions: readonly Session[], defaultLocale: string): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const [id, files] of Map.groupBy(entries, (entry) => entry.id.split('/')[0]!)) {
    const texts = new Map(files.map((entry) => [lastSegment(entry.id), entry]));
    const { data } = texts.get(defaultLocale)!;
    const taking = (part: 'speaker' | 'moderator') => (session: Session) => (part === 'speaker' ? session.data.speakers : session.data.moderators).includes(id);
    people.set(id, {
      id,
      name: data.name!,
      photo: data.photo,
      website: data.website,
      profiles: data.profiles ?? [],
      texts,
      sessions: sessions.flatMap((session) => [
        ...(taking('speaker')(session) ? [{ session, part: 'speaker' as const }] : []),
        ...(taking('moderator')(session) ? [{ session, part: 'moderator' as const }] : []),
      ]),
    });
  }
  const collator = new Intl.Collator(defaultLocale);
  return new Map([...people].sort(([, a], [, b]) => collator.compare(a.name, b.name)));
}

async function assemble(): Promise<Site> {
  const [conferences, homes, letters, sessionFiles, audiences, formats, themes, rooms, speakers, assets] = await Promise.all([
    getCollection('conference'),
    getCollection('home'),
    getCollection('letter'),
    getCollection('sessions'),
    getCollection('audiences'),
    getCollection('formats'),
    getCollection('themes'),
    getCollection('rooms'),
    getCollection('speakers'),
    contentAssets(),
  ]);
  const conferenceEntry = conferences[0];
  if (!conferenceEntry) {
    throw new ContentError('The content folder has no conference.yaml: expected one file describing the event (see docs/editing.md).');
  }
  const conference = conferenceEntry.data;
  const withFile = <T>(entry: { id: string; data: T; filePath?: string | undefined }) => ({ id: entry.id, data: entry.data, file: fileOf(entry) });

  // The same assembly and cross-file checks as `npm run check` (src/lib/content-reader.ts).
  const sessionsFromFiles = assembleEntryFolders(
    sessionFolder,
    sessionFiles.map((entry) => ({ entry: entry.id.split('/')[0]!, locale: lastSegment(entry.id), file: fileOf(entry), data: entry.data })),
    conference.defaultLocale,
  );
  const sessions = sessionsFromFiles.entries;
  const { problems, times } = checkIntegrity(
    integrityInput({
      conference: withFile(conferenceEntry),
      sessions,
      sessionFiles: sessionFiles.map(withFile),
      home: homes.map(withFile),
      letter: letters.map(withFile),
      audiences: audiences.map(withFile),
      formats: formats.map(withFile),
      themes: themes.map(withFile),
      rooms: rooms.map(withFile),
      speakers: speakers.map(withFile),
    }, assets),
  );
  problems.unshift(...sessionsFromFiles.problems);
  problems.push(...(await loadSiteDictionaries(conference.locales, fileOf(conferenceEntry))));
  if (problems.length > 0) throw new ContentError(formatProblems(problems));

  const textsBySession = new Map<string, Map<string, CollectionEntry<'sessions'>>>();
  for (const text of sessionFiles) {
    const sessionId = text.id.split('/')[0]!;
    const texts = textsBySession.get(sessionId) ?? new Map();
    texts.set(lastSegment(text.id), text);
    textsBySession.set(sessionId, texts);
  }

  const locales = conference.locales.map((locale) => ({
    code: locale.code,
    label: locale.label,
    dir: locale.dir ?? textDirection(locale.code),
    formatLocale: locale.formatLocale ?? locale.code,
  }));
  const toTaxon = (entry: { id: string; data: TaxonomyData }): Taxon => ({ id: entry.id, data: entry.data });
  const orderedSessions = sessions.map((entry) => ({ ...times.get(entry.id)!, data: entry.data, texts: textsBySession.get(entry.id)! })).sort(byStartTime);
  return {
    conference,
    locales,
    defaultLocale: conference.defaultLocale,
    fallbacks: [conference.defaultLocale, ...locales.map((locale) => locale.code).filter((code) => code !== conference.defaultLocale)],
    sessions: orderedSessions,
    audiences: audiences.map(toTaxon).sort(byOrder),
    formats: new Map(formats.map((entry) => [entry.id, toTaxon(entry)])),
    themes: new Map(themes.map((entry) => [entry.id, toTaxon(entry)])),
    rooms: rooms.map((entry) => ({ id: entry.id, data: entry.data })).sort(byOrder),
    people: assemblePeople(speakers, orderedSessions, conference.defaultLocale),
    letters: new Map(letters.map((entry) => [entry.id, entry])),
    homes: new Map(homes.map((entry) => [entry.id, entry])),
    now: resolveNow(process.env.PREVIEW_NOW || process.env.SITE_NOW),
    clockPinned: Boolean(process.env.PREVIEW_NOW?.trim()),
  };
}
