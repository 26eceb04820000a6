/**
 * Reads a whole content folder the way the build does (js-yaml for YAML files and MDX
 * frontmatter, the schemas of src/schemas/, then checkIntegrity), without building, and
 * collects every problem instead of stopping at the first: `npm run check`, the
 * scaffolders and the translation report all start here.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import type { Conference } from '../schemas/conference.ts';
import { checkIntegrity, type ContentProblem } from './integrity.ts';
import { isSlug } from './urls.ts';
import { builtInDictionaries } from '../i18n/index.ts';
import { siteDictionaries } from '../i18n/dictionaries.ts';
import { shown } from '../schemas/fields.ts';
import {
  classifyContentFile,
  collectionSchemas,
  conferenceCoreSchema,
  contentLayout,
  integrityInput,
  isContentAsset,
  type CollectionName,
  type ContentEntry,
} from '../schemas/content-model.ts';

/** The content folder the tools work on: CONFERENCE_CONTENT, else `content`. */
export function contentFolder(env: Record<string, string | undefined> = process.env): string {
  return env['CONFERENCE_CONTENT']?.trim() || 'content';
}

/** Text of every file of a content folder, by path relative to it (`/`-separated). Hidden files are skipped, as the build skips them. */
export async function readContentFiles(dir: string): Promise<Map<string, string>> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of found) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (!entry.isFile() || path.split('/').some((part) => part.startsWith('.'))) continue;
    // Photos and documents are only checked for presence: their bytes are not text.
    files.set(path, isContentAsset(path) ? '' : await readFile(join(dir, path), 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

type Entries = { [K in CollectionName]: ContentEntry<z.output<(typeof collectionSchemas)[K]>>[] };

export interface ContentSnapshot {
  /** Every problem, in files and across files. */
  problems: ContentProblem[];
  /** The entries that passed their schema, by collection. */
  entries: Entries;
  /** Path of each file as shown to editors, from its path inside the content folder. */
  shownPath: (path: string) => string;
}

/** Checks the text of an MDX file below its frontmatter (the build compiles it; see scripts/lib/mdx-body.ts). */
export type MdxBodyCheck = (text: string, file: string) => Omit<ContentProblem, 'file'>[];

/** Astro's frontmatter pattern (@astrojs/internal-helpers/frontmatter), YAML form only. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Notes for people, which the site does not read. */
const isReadme = (path: string) => /(^|\/)README\.md$/i.test(path);

/**
 * Parses and validates `files` (as returned by readContentFiles). `shownDir` prefixes the
 * paths in messages, e.g. `content`.
 */
export function parseContent(files: ReadonlyMap<string, string>, shownDir: string, checkMdxBody?: MdxBodyCheck): ContentSnapshot {
  const shownPath = (path: string) => `${shownDir.replace(/\/+$/, '')}/${path}`;
  const problems: ContentProblem[] = [];
  const emptyCollections = () => Object.fromEntries(Object.keys(collectionSchemas).map((name) => [name, []])) as unknown as Entries;
  /** Entries that passed their schema. */
  const entries = emptyCollections();
  /** Every entry with a valid name, whatever its content. */
  const named = emptyCollections() as Record<CollectionName, ContentEntry<unknown>[]>;

  /** An invalid conference.yaml whose days, zone and languages are right, for the cross-file checks. */
  let conferenceCore: ContentEntry<unknown> | undefined;

  for (const [path, text] of files) {
    const file = shownPath(path);
    if (isContentAsset(path)) continue;
    const info = classifyContentFile(path);
    if (!info) {
      if (!isReadme(path)) {
        problems.push({ file, field: '(file)', found: 'a file the site does not read', expected: `only these files: ${contentLayout.join(', ')}` });
      }
      continue;
    }
    const badName = info.names.find((name) => !isSlug(name));
    if (badName !== undefined) {
      problems.push({ file, field: '(file name)', found: JSON.stringify(badName), expected: 'lowercase letters, digits and hyphens only (e.g. "library-research")' });
      continue;
    }
    named[info.collection].push({ id: info.id, file, data: undefined });
    const isMdx = path.endsWith('.mdx');
    if (isMdx && checkMdxBody) problems.push(...checkMdxBody(text, file).map((problem) => ({ file, ...problem })));
    const parsed = isMdx ? parseFrontmatter(text) : parseYaml(text, 0);
    if ('problem' in parsed) {
      problems.push({ file, ...parsed.problem });
      continue;
    }
    const schema = collectionSchemas[info.collection] as z.ZodType;
    const result = schema.safeParse(parsed.data, { reportInput: true });
    if (result.success) {
      (entries[info.collection] as ContentEntry<unknown>[]).push({ id: info.id, file, data: result.data });
      named[info.collection].at(-1)!.data = result.data;
    } else {
      problems.push(...result.error.issues.flatMap((issue) => issueProblems(file, schema, issue)));
      const core = info.collection === 'conference' ? conferenceCoreSchema.safeParse(parsed.data) : undefined;
      if (core?.success) conferenceCore = { id: info.id, file, data: { ...(parsed.data as object), ...core.data } };
    }
  }

  const conference = entries.conference[0] ?? (conferenceCore as ContentEntry<Conference> | undefined);
  if (!conference) {
    if (!named.conference.length) {
      problems.push({ file: shownPath('conference.yaml'), field: '(file)', found: 'no such file', expected: 'a conference.yaml describing the event' });
    }
    // The cross-file checks need the conference's days, zone and languages.
    return { problems, entries, shownPath };
  }
  const dictionaryFiles = named.i18n.map((entry) => ({ lang: entry.id, file: entry.file, data: entry.data }));
  problems.push(...siteDictionaries(builtInDictionaries, conference.data.locales, conference.file, dictionaryFiles).problems);
  // A session with a mistake in its session.yaml is reported once, not again for each of its texts.
  const invalidSessions = new Set(named.sessions.filter((session) => session.data === undefined).map((session) => session.id));
  const sessionTexts = named.sessionTexts.filter((text) => !invalidSessions.has(text.id.split('/')[0]!));
  const assets = new Set([...files.keys()].filter(isContentAsset));
  problems.push(...checkIntegrity(integrityInput({ ...named, conference, sessions: entries.sessions, sessionTexts }, assets)).problems);
  return { problems, entries, shownPath };
}

/** Reads, parses and checks a content folder: every problem, in one run. */
export async function checkContent(dir: string, shownDir = dir, checkMdxBody?: MdxBodyCheck): Promise<ContentProblem[]> {
  return parseContent(await readContentFiles(dir), shownDir, checkMdxBody).problems;
}

type Parsed = { data: unknown } | { problem: Omit<ContentProblem, 'file'> };

/** The fields of a YAML text (starting at line `firstLine` of its file), or the problem in words an editor understands. */
export function parseYaml(text: string, firstLine: number): Parsed {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const where = error.mark ? ` at line ${firstLine + error.mark.line + 1}, column ${error.mark.column + 1}` : '';
    return {
      problem: {
        field: '(YAML)',
        found: `${error.reason}${where}`,
        expected: 'valid YAML: "name: value" lines; put values containing a colon or starting with a quote in double quotes; indent with spaces',
      },
    };
  }
  if (data === null || data === undefined) return { problem: { field: '(file)', found: 'no fields', expected: '"name: value" lines' } };
  if (typeof data !== 'object' || Array.isArray(data)) return { problem: { field: '(file)', found: shown(data), expected: '"name: value" lines' } };
  return { data };
}

function parseFrontmatter(text: string): Parsed {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { problem: { field: '(frontmatter)', found: 'no fields at the top of the file', expected: 'the fields (title, …) between two lines of three hyphens --- at the very top' } };
  }
  const linesBefore = text.slice(0, match.index + match[0].indexOf(match[1]!)).split('\n').length - 1;
  return parseYaml(match[1]!, linesBefore);
}

/** `audiences[0]`, `registration.url`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('') || '(file)';
}

function issueProblems(file: string, schema: z.ZodType, issue: z.core.$ZodIssue): ContentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    const known = fieldsAt(schema, issue.path);
    return issue.keys.map((key) => ({
      file,
      field: fieldName([...issue.path, key]),
      found: 'a field this kind of file does not have (misspelt?)',
      expected: known.length ? `one of the fields ${known.join(', ')}` : 'no such field',
    }));
  }
  // The schemas write their messages as "expected …, found …" (src/schemas/fields.ts).
  const parts = /^expected ([\s\S]+), found ([\s\S]+)$/.exec(issue.message);
  return [{ file, field: fieldName(issue.path), found: parts ? parts[2]! : shown(issue.input), expected: parts ? parts[1]! : issue.message }];
}

/** The field names an object at `path` of `schema` may have, for "did you mean" messages. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = schema;
  for (const key of [...path, undefined]) {
    while (node && ['optional', 'default', 'prefault', 'pipe'].includes(node.def.type)) {
      const def = node.def as { innerType?: z.ZodType; in?: z.ZodType };
      node = def.innerType ?? def.in;
    }
    if (!node) return [];
    if (key === undefined) break;
    const def = node.def as { type: string; element?: z.ZodType; valueType?: z.ZodType };
    if (def.type === 'object') node = (node as unknown as z.ZodObject).shape[String(key)] as z.ZodType | undefined;
    else node = def.element ?? def.valueType;
  }
  return node?.def.type === 'object' ? Object.keys((node as unknown as z.ZodObject).shape) : [];
}
