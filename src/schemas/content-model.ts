/**
 * The content folder as a whole: which file holds which kind of entry (the same layout as
 * src/content.config.ts and src/data/loaders.ts), and the input of the cross-file checks.
 * Shared by the build (src/data/site.ts) and by the editors' tools that run without
 * building (npm run check, the scaffolders, the translation report), so both see the same
 * problems.
 */
import { z } from 'astro/zod';
import type { IntegrityInput } from '../lib/integrity.ts';
import { conferenceSchema, type Conference } from './conference.ts';
import { dictionaryFileSchema } from './dictionary.ts';
import { localizedText } from './fields.ts';
import { homeSchema, letterSchema } from './pages.ts';
import { sessionFolder, type SessionData } from './session.ts';
import { roomSchema } from './room.ts';
import { languageNeutralSpeakerFields, photoExtensions, speakerSchema, type SpeakerData } from './speaker.ts';
import { taxonomySchema } from './taxonomy.ts';

export type CollectionName = keyof typeof collectionSchemas;

/**
 * The parts of conference.yaml the cross-file checks need, so that a mistake elsewhere in
 * it (say, the contact address) does not hide the problems of every other file.
 */
export const conferenceCoreSchema = z.object({
  startDate: conferenceSchema.shape.startDate,
  endDate: conferenceSchema.shape.endDate,
  timeZone: conferenceSchema.shape.timeZone,
  locales: conferenceSchema.shape.locales,
});

/** The schema of each collection, as src/content.config.ts declares them. */
export const collectionSchemas = {
  conference: conferenceSchema,
  home: homeSchema,
  letter: letterSchema,
  /** One file of a session folder (`sessions/<id>/index.<lang>.mdx`); its facts are checked by assembleEntryFolders. */
  sessions: sessionFolder.file,
  audiences: taxonomySchema,
  formats: taxonomySchema,
  themes: taxonomySchema,
  rooms: roomSchema,
  speakers: speakerSchema,
  /** Parsed here; the build reads the files as text (src/i18n/loader.ts) and parses them the same way. */
  i18n: dictionaryFileSchema,
} satisfies Record<string, z.ZodType>;

/** Collections edited as plain files, not in the CMS's forms: interface strings are free-form groups of texts (docs/i18n.md). */
export const plainFileCollections: readonly string[] = ['i18n'];

/**
 * The fields editors fill in, by form (the CMS, src/cms/config.ts): the collections, with an
 * entry folder's facts (`sessions`) and texts (`sessionTexts`) as two schemas, since one file
 * schema cannot say which fields belong to the default language only.
 */
export const formSchemas = { ...collectionSchemas, sessions: sessionFolder.facts, sessionTexts: sessionFolder.texts };

export interface ContentFileInfo {
  collection: CollectionName;
  /** The entry id, as Astro gives it: `ict`, `fr` (a home or letter file), `2021-06-16-opening/fr` (a session file). */
  id: string;
  /** The parts of the path that become ids (and URLs), which must be slugs. */
  names: string[];
  /** The language of a per-language file (home, letter, session). */
  locale?: string;
  /** The folder of a file of an entry folder (src/schemas/entry-folder.ts): `2021-06-16-opening`. */
  entry?: string;
}

/** A file the site does not read, and what the editor should do about it. */
export interface UnreadFile {
  found: string;
  expected: string;
  /** True for a file of the layout used before entry folders, which `npm run migrate` converts. */
  oldLayout?: boolean;
}

/** Folders holding one `<id>.yaml` per entry. */
const yamlFolders = ['audiences', 'formats', 'themes', 'rooms', 'i18n'] as const;
/** Folders holding one `index.<lang>.mdx` per language. */
const languageFolders = ['home', 'letter'] as const;
/** Folders of entry folders: `<id>/index.<lang>.mdx`, facts in the default language's file. */
const entryFolderCollections = ['sessions', 'speakers'] as const;

/** The files a content folder may hold, for messages about stray files. */
export const contentLayout = [
  'conference.yaml',
  ...languageFolders.map((f) => `${f}/index.<lang>.mdx`),
  ...entryFolderCollections.map((f) => `${f}/<id>/index.<lang>.mdx`),
  ...yamlFolders.map((f) => `${f}/<id>.yaml`),
  `speakers/<id>/<photo>.(${photoExtensions.join('|')})`,
  'files/<name>',
  'theme/<picture>',
];

/**
 * Files the site publishes as they are rather than reads: speakers' photos, documents under
 * files/ that sessions link to, and the pictures of the visual identity under theme/
 * (conference.yaml → theme). Their presence is checked where they are named.
 */
export function isContentAsset(path: string): boolean {
  const parts = path.split('/');
  if (parts.length === 2 && parts[0] === 'files') return true;
  if (parts.length === 2 && parts[0] === 'theme' && /\.(svg|png|jpe?g|webp)$/i.test(parts[1]!)) return true;
  return parts.length === 3 && parts[0] === 'speakers' && new RegExp(`\\.(${photoExtensions.join('|')})$`).test(parts[2]!);
}

/** `index.fr.mdx` → `fr`. */
const INDEX_FILE = /^index\.([^/.]+)\.mdx$/;
/** A language code as a file name used to have it: `fr.mdx`, `pt-br.mdx`. */
const OLD_LANGUAGE_FILE = /^[a-z]{2,3}(-[a-z0-9]+)*\.mdx$/;

const migrate = (what: string): UnreadFile => ({
  found: `${what}, from the earlier content layout`,
  expected: 'the layout with one index.<lang>.mdx per language: run "npm run migrate" once to convert the whole folder (docs/editing.md)',
  oldLayout: true,
});

/** What a file at `path` (relative to the content folder, `/`-separated) is, or why the site does not read it. */
export function classifyContentFile(path: string): ContentFileInfo | UnreadFile {
  if (path === 'conference.yaml') return { collection: 'conference', id: 'conference', names: [] };
  const parts = path.split('/');
  const [folder = '', name = '', file = ''] = parts;
  const isLanguageFolder = (languageFolders as readonly string[]).includes(folder);
  const isEntryFolders = (entryFolderCollections as readonly string[]).includes(folder);
  if (parts.length === 2 && isLanguageFolder) {
    const locale = INDEX_FILE.exec(name)?.[1];
    if (locale !== undefined) return { collection: folder as (typeof languageFolders)[number], id: locale, names: [locale], locale };
    if (OLD_LANGUAGE_FILE.test(name)) return migrate(`a text named after its language (${name})`);
    return misnamed(name, `${folder}/index.<lang>.mdx, e.g. ${folder}/index.en.mdx`);
  }
  if (parts.length === 2 && name.endsWith('.yaml') && (yamlFolders as readonly string[]).includes(folder)) {
    const stem = name.slice(0, -'.yaml'.length);
    return { collection: folder as (typeof yamlFolders)[number], id: stem, names: [stem] };
  }
  if (parts.length === 3 && isEntryFolders) {
    const locale = INDEX_FILE.exec(file)?.[1];
    if (locale !== undefined) return { collection: folder as (typeof entryFolderCollections)[number], id: `${name}/${locale}`, names: [name, locale], locale, entry: name };
    if (file === 'session.yaml') return migrate('a session.yaml');
    if (OLD_LANGUAGE_FILE.test(file)) return migrate(`a text named after its language (${file})`);
    return misnamed(file, `${folder}/${name}/index.<lang>.mdx, e.g. index.en.mdx, the facts in the front matter of the default language's file`);
  }
  if (parts.length === 2 && (yamlFolders as readonly string[]).includes(folder)) return misnamed(name, `${folder}/<id>.yaml`);
  return { found: 'a file the site does not read', expected: `only these files: ${contentLayout.join(', ')}` };
}

/** A file in the right folder under a name the site does not read (`en.md`, `session.yml`, `ict.yml`). */
function misnamed(name: string, expected: string): UnreadFile {
  return { found: `a file the site does not read (${name})`, expected: `${expected}; the site reads only these names, with these extensions` };
}

export const isUnread = (info: ContentFileInfo | UnreadFile): info is UnreadFile => 'found' in info;

/** Every field of `schema` written as one text per language, with the languages `data` gives it, e.g. `organiser.name`: [en, fr]. */
export function localizedFieldsOf(schema: z.ZodType, data: unknown, path = ''): { field: string; locales: string[] }[] {
  let node = schema as z.ZodType;
  // Optional and defaulted fields wrap the field's own schema.
  for (;;) {
    const def = node.def as { type: string; innerType?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'prefault') && def.innerType) node = def.innerType;
    else break;
  }
  if (data === undefined || data === null || typeof data !== 'object') return [];
  if (node === localizedText) return [{ field: path, locales: Object.keys(data) }];
  if (node.def.type !== 'object') return [];
  const shape = (node as unknown as z.ZodObject).shape;
  return Object.entries(shape).flatMap(([key, child]) =>
    localizedFieldsOf(child as z.ZodType, (data as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
  );
}

export interface ContentEntry<T> {
  id: string;
  /** Path of the file, as shown to editors. */
  file: string;
  data: T;
}

/**
 * The entries of a content folder, by collection. The conference and sessions must be
 * valid; the others are only named, so an entry with a mistake of its own still counts
 * as existing and its mistake is not reported again at every reference to it.
 */
export interface ContentEntries {
  conference: ContentEntry<Conference>;
  /** Sessions whose facts are valid (from assembleEntryFolders). */
  sessions: readonly ContentEntry<SessionData>[];
  /** Every language's file of every session folder, by `<id>/<lang>` id. */
  sessionFiles: readonly ContentEntry<unknown>[];
  home: readonly ContentEntry<unknown>[];
  letter: readonly ContentEntry<unknown>[];
  audiences: readonly ContentEntry<unknown>[];
  formats: readonly ContentEntry<unknown>[];
  themes: readonly ContentEntry<unknown>[];
  rooms: readonly ContentEntry<unknown>[];
  speakers: readonly ContentEntry<unknown>[];
}

const lastSegment = (id: string) => id.slice(id.lastIndexOf('/') + 1);

const deadlineOf = (conference: Conference) => {
  const deadline: unknown = conference.registration?.deadline;
  return deadline instanceof Date && !Number.isNaN(deadline.getTime()) ? deadline : undefined;
};

/** What checkIntegrity needs, from the entries of every collection and the asset files of the folder (paths relative to it). */
export function integrityInput(entries: ContentEntries, assets: ReadonlySet<string>): IntegrityInput {
  const { conference } = entries;
  const idsOf = (list: readonly ContentEntry<unknown>[]) => new Set(list.map((entry) => entry.id));
  const fieldsOf = (entry: ContentEntry<unknown>, schema: z.ZodType) =>
    localizedFieldsOf(schema, entry.data).map((field) => ({ file: entry.file, ...field }));
  return {
    conferenceFile: conference.file,
    startDate: conference.data.startDate,
    endDate: conference.data.endDate,
    timeZone: conference.data.timeZone,
    // Read only when valid: an invalid conference.yaml gives only its core fields (conferenceCoreSchema).
    registrationDeadline: deadlineOf(conference.data),
    locales: conference.data.locales.map((locale) => locale.code),
    sessions: entries.sessions.map((entry) => ({ ...entry.data, id: entry.id, file: entry.file })),
    localizedFiles: [...entries.sessionFiles, ...entries.home, ...entries.letter].map((entry) => ({ file: entry.file, locale: lastSegment(entry.id) })),
    defaultLocale: conference.data.defaultLocale,
    speakerFiles: entries.speakers.map((entry) => {
      const data = (entry.data ?? {}) as Partial<SpeakerData>;
      const [speakerId, locale] = entry.id.split('/') as [string, string];
      // In the build the photo is already an image (its file was checked by the loader); here only a name is checked.
      return { file: entry.file, speakerId, locale, photo: typeof data.photo === 'string' ? data.photo : undefined, languageNeutral: languageNeutralSpeakerFields.filter((field) => data[field] !== undefined) };
    }),
    assets,
    localizedFields: [
      ...fieldsOf(conference, conferenceSchema),
      ...[...entries.audiences, ...entries.formats, ...entries.themes].flatMap((entry) => fieldsOf(entry, taxonomySchema)),
      ...entries.rooms.flatMap((entry) => fieldsOf(entry, roomSchema)),
    ],
    ids: {
      formats: idsOf(entries.formats),
      audiences: idsOf(entries.audiences),
      themes: idsOf(entries.themes),
      rooms: idsOf(entries.rooms),
      speakers: new Set(entries.speakers.map((entry) => entry.id.split('/')[0]!)),
    },
  };
}
