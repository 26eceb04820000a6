/**
 * Reads a whole content folder the way the build does (js-yaml for YAML files and MDX
 * frontmatter, the schemas of src/schemas/, then checkIntegrity), without building, and
 * collects every problem instead of stopping at the first: `npm run check`, the
 * scaffolders and the translation report all start here.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { imageMetadata } from 'astro/assets/utils';
import type { z } from 'astro/zod';
import type { Conference } from '../schemas/conference.ts';
import { checkIntegrity, photoProblem, type ContentProblem } from './integrity.ts';
import { isSlug } from './urls.ts';
import { builtInDictionaries } from '../i18n/index.ts';
import { siteDictionaries } from '../i18n/dictionaries.ts';
import { shown } from '../schemas/fields.ts';
import { assembleEntryFolders, type LanguageFile } from '../schemas/entry-folder.ts';
import { sessionFolder, type SessionData } from '../schemas/session.ts';
import { validate } from './schema-problems.ts';
import { decodeUtf8, explainYamlSyntax, impossibleDates, type BadByte, type ImpossibleDate } from './source-text.ts';
import {
  classifyContentFile,
  collectionSchemas,
  conferenceCoreSchema,
  integrityInput,
  isContentAsset,
  isUnread,
  type CollectionName,
  type ContentEntry,
} from '../schemas/content-model.ts';

/** The content folder the tools work on: CONFERENCE_CONTENT, else `content`. */
export function contentFolder(env: Record<string, string | undefined> = process.env): string {
  return env['CONFERENCE_CONTENT']?.trim() || 'content';
}

/** A file's text; for a file that is not UTF-8, where its first bad byte is; for a photo the image pipeline cannot read, that it cannot. */
export type FileText = string | { badByte: BadByte } | { notAnImage: true };

/** The files of a content folder, by path relative to it (`/`-separated). */
export type ContentFiles = ReadonlyMap<string, FileText>;

/** Text of every file of a content folder, by path relative to it (`/`-separated). Hidden files are skipped, as the build skips them. */
export async function readContentFiles(dir: string): Promise<Map<string, FileText>> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, FileText>();
  for (const entry of found) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (!entry.isFile() || path.split('/').some((part) => part.startsWith('.'))) continue;
    // Photos and documents are not text: they are checked for presence, and photos for being images the build can read.
    if (isContentAsset(path)) files.set(path, path.startsWith('speakers/') && !(await isReadableImage(join(dir, path))) ? { notAnImage: true } : '');
    else {
      const decoded = decodeUtf8(await readFile(join(dir, path)));
      files.set(path, 'text' in decoded ? decoded.text : decoded);
    }
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

type FileEntries = { [K in CollectionName]: ContentEntry<z.output<(typeof collectionSchemas)[K]>>[] };
/** The entries of each collection; a session is its facts, its files are in sessionFiles. */
type Entries = Omit<FileEntries, 'sessions'> & { sessions: ContentEntry<SessionData>[]; sessionFiles: FileEntries['sessions'] };

export interface ContentSnapshot {
  /** Every problem, in files and across files. */
  problems: ContentProblem[];
  /** The entries that passed their schema, by collection. */
  entries: Entries;
  /** Path of each file as shown to editors, from its path inside the content folder. */
  shownPath: (path: string) => string;
}

/** Checks the text of an MDX file below its frontmatter (the build compiles it; see src/integrations/mdx-body.ts). */
export type MdxBodyCheck = (text: string, file: string) => Omit<ContentProblem, 'file'>[];

/** Astro's frontmatter pattern (@astrojs/internal-helpers/frontmatter), YAML form only. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Notes for people, which the site does not read. */
const isReadme = (path: string) => /(^|\/)README\.md$/i.test(path);

/**
 * Parses and validates `files` (as returned by readContentFiles). `shownDir` prefixes the
 * paths in messages, e.g. `content`.
 */
export function parseContent(files: ContentFiles, shownDir: string, checkMdxBody?: MdxBodyCheck): ContentSnapshot {
  const shownPath = (path: string) => `${shownDir.replace(/\/+$/, '')}/${path}`;
  const problems: ContentProblem[] = [];
  const emptyCollections = () => Object.fromEntries(Object.keys(collectionSchemas).map((name) => [name, []])) as unknown as FileEntries;
  /** Files that passed their schema. */
  const valid = emptyCollections();
  /** Every file with a valid name, whatever its content. */
  const named = emptyCollections() as Record<CollectionName, ContentEntry<unknown>[]>;
  /** The files of session folders, as read, for assembleEntryFolders. */
  const sessionFiles: LanguageFile[] = [];
  /** Files of the layout `npm run migrate` converts, reported together. */
  const oldLayout: string[] = [];
  /** Dates that do not exist, as typed: they replace what the schemas say of the day YAML rolled them over to. */
  const impossible: ContentProblem[] = [];
  const snapshot = (entries: Entries): ContentSnapshot => {
    const masked = new Set(impossible.map((problem) => `${problem.file}\n${problem.field}`));
    return { problems: [...impossible, ...problems.filter((problem) => !masked.has(`${problem.file}\n${problem.field}`))], entries, shownPath };
  };

  /** An invalid conference.yaml whose days, zone and languages are right, for the cross-file checks. */
  let conferenceCore: ContentEntry<unknown> | undefined;

  for (const [path, text] of files) {
    const file = shownPath(path);
    if (isContentAsset(path)) continue;
    const info = classifyContentFile(path);
    if (isUnread(info)) {
      if (info.oldLayout) oldLayout.push(path);
      else if (!isReadme(path)) problems.push({ file, field: '(file)', found: info.found, expected: info.expected });
      continue;
    }
    const badName = info.names.find((name) => !isSlug(name));
    if (badName !== undefined) {
      problems.push({ file, field: '(file name)', found: JSON.stringify(badName), expected: 'lowercase letters, digits and hyphens only (e.g. "library-research")' });
      continue;
    }
    named[info.collection].push({ id: info.id, file, data: undefined });
    if (typeof text !== 'string') {
      if ('badByte' in text) problems.push(notUtf8(file, text.badByte));
      // It exists, so its folder is not reported as missing it.
      if (info.collection === 'sessions') sessionFiles.push({ entry: info.entry!, locale: info.locale!, file });
      continue;
    }
    const isMdx = path.endsWith('.mdx');
    if (isMdx && checkMdxBody) problems.push(...checkMdxBody(text, file).map((problem) => ({ file, ...problem })));
    const parsed = isMdx ? parseFrontmatter(text) : parseYaml(text, 0);
    if (info.collection === 'sessions') sessionFiles.push({ entry: info.entry!, locale: info.locale!, file, data: 'data' in parsed ? (parsed.data as Record<string, unknown>) : undefined });
    if ('problem' in parsed) {
      problems.push({ file, ...parsed.problem });
      continue;
    }
    for (const date of parsed.impossibleDates) {
      impossible.push({ file, field: date.field, found: `${date.typed}: ${date.why}`, expected: `a date that exists, written YYYY-MM-DD (line ${date.line})` });
    }
    const result = validate(file, collectionSchemas[info.collection] as z.ZodType, parsed.data);
    if (result.data !== undefined) {
      (valid[info.collection] as ContentEntry<unknown>[]).push({ id: info.id, file, data: result.data });
      named[info.collection].at(-1)!.data = result.data;
    } else {
      problems.push(...result.problems);
      const core = info.collection === 'conference' ? conferenceCoreSchema.safeParse(parsed.data) : undefined;
      if (core?.success) conferenceCore = { id: info.id, file, data: { ...(parsed.data as object), ...core.data } };
    }
  }
  if (oldLayout.length) {
    const { found, expected } = classifyContentFile(oldLayout[0]!) as { found: string; expected: string };
    const more = oldLayout.length > 1 ? ` (and ${oldLayout.length - 1} more files like it)` : '';
    problems.push({ file: shownPath(oldLayout[0]!), field: '(layout)', found: `${found}${more}`, expected });
  }

  const { sessions: sessionFileEntries, ...others } = valid;
  const entries: Entries = { ...others, sessions: [], sessionFiles: sessionFileEntries };
  const conference = valid.conference[0] ?? (conferenceCore as ContentEntry<Conference> | undefined);
  if (!conference) {
    if (!named.conference.length) {
      problems.push({ file: shownPath('conference.yaml'), field: '(file)', found: 'no such file', expected: 'a conference.yaml describing the event' });
    }
    // The cross-file checks need the conference's days, zone and languages.
    return snapshot(entries);
  }
  const dictionaryFiles = named.i18n.map((entry) => ({ lang: entry.id, file: entry.file, data: entry.data }));
  problems.push(...siteDictionaries(builtInDictionaries, conference.data.locales, conference.file, dictionaryFiles).problems);
  const sessions = assembleEntryFolders(sessionFolder, sessionFiles, conference.data.defaultLocale);
  problems.push(...sessions.problems);
  entries.sessions = sessions.entries;
  const assets = new Set([...files.keys()].filter(isContentAsset));
  problems.push(...checkIntegrity(integrityInput({ ...named, conference, sessions: sessions.entries, sessionFiles: named.sessions }, assets)).problems);
  for (const person of named.speakers) {
    const photo = (person.data as { photo?: unknown } | undefined)?.photo;
    const path = typeof photo === 'string' ? `speakers/${person.id.split('/')[0]}/${photo}` : undefined;
    if (path !== undefined && typeof files.get(path) === 'object') problems.push(photoProblem(person.file, photo as string, 'unreadable'));
  }
  return snapshot(entries);
}

/** The files that are text, for tools that rewrite files; they refuse first the others (encodingProblems). */
export function textsOf(files: ContentFiles): Map<string, string> {
  return new Map([...files].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The files that are not UTF-8, each with where its first bad byte is. */
export function encodingProblems(files: ContentFiles, shownDir: string): ContentProblem[] {
  return [...files].flatMap(([path, text]) => (typeof text === 'object' && 'badByte' in text ? [notUtf8(`${shownDir.replace(/\/+$/, '')}/${path}`, text.badByte)] : []));
}

/** Whether the build's image pipeline can read the file (as the speakers' loader checks, src/data/loaders.ts). */
async function isReadableImage(path: string): Promise<boolean> {
  return imageMetadata(await readFile(path)).then(() => true, () => false);
}

/** A file that is not UTF-8, with where its first bad byte is. */
function notUtf8(file: string, bad: BadByte): ContentProblem {
  const hex = `0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return {
    file,
    field: '(encoding)',
    found: `text that is not UTF-8: at line ${bad.line}, column ${bad.column}${bad.before.trim() ? `, after "${bad.before.trim().slice(-30)}"` : ''}, the byte ${hex} (often an accented letter saved in another encoding, such as Latin-1 or Windows-1252)`,
    expected: 'a file saved as UTF-8: in your text editor, choose "Save as" (or "Save with encoding") and pick UTF-8, then check the accented letters',
  };
}

/** Reads, parses and checks a content folder: every problem, in one run. */
export async function checkContent(dir: string, shownDir = dir, checkMdxBody?: MdxBodyCheck): Promise<ContentProblem[]> {
  return parseContent(await readContentFiles(dir), shownDir, checkMdxBody).problems;
}

type Parsed = { data: unknown; impossibleDates: ImpossibleDate[] } | { problem: Omit<ContentProblem, 'file'> };

/** The fields of a YAML text (starting at line `firstLine` of its file), or the problem in words an editor understands. */
export function parseYaml(text: string, firstLine: number): Parsed {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const reported = firstLine + (error.mark?.line ?? 0) + 1;
    const { found, expected, excerpt } = explainYamlSyntax(text, firstLine, reported);
    const where = error.mark ? ` at line ${reported}, column ${error.mark.column + 1}` : '';
    return { problem: { field: '(YAML)', found, expected, excerpt, detail: `${error.reason}${where}` } };
  }
  if (data === null || data === undefined) return { problem: { field: '(file)', found: 'no fields', expected: '"name: value" lines' } };
  if (typeof data !== 'object' || Array.isArray(data)) return { problem: { field: '(file)', found: shown(data), expected: '"name: value" lines' } };
  return { data, impossibleDates: impossibleDates(text, firstLine) };
}

function parseFrontmatter(text: string): Parsed {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { problem: { field: '(frontmatter)', found: 'no fields at the top of the file', expected: 'the fields (title, …) between two lines of three hyphens --- at the very top' } };
  }
  // The fields start on the line after the opening ---.
  const fields = match[1]!.replace(/^\r?\n/, '');
  const linesBefore = text.slice(0, match.index + match[0].indexOf(match[1]!) + match[1]!.length - fields.length).split('\n').length - 1;
  return parseYaml(fields, linesBefore);
}
