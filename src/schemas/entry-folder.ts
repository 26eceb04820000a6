/**
 * Entry folders: `<collection>/<id>/index.<lang>.mdx`, one file per language, the structure
 * Sveltia CMS calls `multiple_files`. The default language's file carries, in its front
 * matter, the facts that are the same in every language (a session's day and audiences);
 * every file carries its own texts (title, summary…) and its body. A fact in another
 * language's file is refused, so facts cannot differ between languages (the rule itself is
 * src/lib/entry-folders.ts, which speakers' folders follow too).
 *
 * A collection declares its two field lists once with `entryFolder(facts, texts)`, gives
 * `.file` to its loader as the schema of each file, and turns the files into entries with
 * `assembleEntryFolders`, in the build (src/data/site.ts) and in `npm run check`
 * (src/lib/content-reader.ts) alike. See docs/architecture.md, "Entry folders".
 */
import { z } from 'astro/zod';
import { entryFolders } from '../lib/entry-folders.ts';
import type { ContentProblem } from '../lib/integrity.ts';
import { validate } from '../lib/schema-problems.ts';
import { fileObject, shown } from './fields.ts';

export interface EntryFolder<Facts extends z.ZodRawShape, Texts extends z.ZodRawShape> {
  /** The facts, checked in the default language's file. */
  facts: z.ZodObject<Facts>;
  /** The texts every language's file has. */
  texts: z.ZodObject<Texts>;
  /** One file of the folder: its texts, and slots for the facts (which only `assembleEntryFolders` can check, knowing the file's language). */
  file: z.ZodObject<Texts & { [K in keyof Facts]: z.ZodOptional<z.ZodUnknown> }>;
  /** The names of the facts, for messages and for tools that write entries. */
  factNames: (keyof Facts & string)[];
}

export function entryFolder<Facts extends z.ZodRawShape, Texts extends z.ZodRawShape>(facts: Facts, texts: Texts): EntryFolder<Facts, Texts> {
  const factNames = Object.keys(facts) as (keyof Facts & string)[];
  const factSlots = Object.fromEntries(factNames.map((name) => [name, z.unknown().optional()])) as { [K in keyof Facts]: z.ZodOptional<z.ZodUnknown> };
  return {
    facts: fileObject(facts) as unknown as z.ZodObject<Facts>,
    texts: fileObject(texts) as unknown as z.ZodObject<Texts>,
    file: fileObject({ ...texts, ...factSlots }) as unknown as EntryFolder<Facts, Texts>['file'],
    factNames,
  };
}

/** One `index.<lang>.mdx` of an entry folder, with its front matter as read. */
export interface LanguageFile {
  /** The folder's name, the entry id. */
  entry: string;
  locale: string;
  /** Path of the file, as shown to editors. */
  file: string;
  /** Its front matter; undefined when it could not be read (a problem already reported). */
  data?: Readonly<Record<string, unknown>> | undefined;
}

/** An entry whose facts are valid. */
export interface FolderEntry<T> {
  id: string;
  /** The default language's file, which holds the facts. */
  file: string;
  data: T;
}

/**
 * The entries of a collection of entry folders, from its files: the facts of each come from
 * its `defaultLocale` file. Problems: a folder without that file, a fact written in another
 * language's file, and the facts' own mistakes.
 */
export function assembleEntryFolders<Facts extends z.ZodRawShape, Texts extends z.ZodRawShape>(
  folder: EntryFolder<Facts, Texts>,
  files: readonly LanguageFile[],
  defaultLocale: string,
): { entries: FolderEntry<z.output<z.ZodObject<Facts>>>[]; problems: ContentProblem[] } {
  const entries: FolderEntry<z.output<z.ZodObject<Facts>>>[] = [];
  const problems: ContentProblem[] = [];
  const mainFileName = `index.${defaultLocale}.mdx`;
  const factsIn = (file: LanguageFile) => (file.data === undefined ? [] : folder.factNames.filter((fact) => fact in file.data!));
  for (const { id, main, mainFile, files: group, misplaced } of entryFolders(files, defaultLocale, (file) => file.entry, factsIn)) {
    for (const { file, field } of misplaced) {
      problems.push({
        file: file.file,
        field,
        found: shown(file.data![field]),
        expected: `no "${field}" in this file: this field is the same in every language, so it goes in ${mainFileName} only`,
      });
    }
    if (!main) {
      const present = group.map((file) => file.file.slice(file.file.lastIndexOf('/') + 1)).join(', ');
      problems.push({
        file: mainFile,
        field: '(file)',
        found: `no such file (the folder has ${present})`,
        expected: `${mainFileName}, the file in the site's default language (${defaultLocale}), which holds ${folder.factNames.slice(0, 3).join(', ')} and the other fields that are the same in every language`,
      });
      continue;
    }
    const data = main.data;
    if (data === undefined) continue;
    const facts = Object.fromEntries(folder.factNames.filter((name) => name in data).map((name) => [name, data[name]]));
    const result = validate(main.file, folder.facts, facts);
    problems.push(...result.problems);
    if (result.data !== undefined) entries.push({ id, file: main.file, data: result.data });
  }
  return { entries, problems };
}
