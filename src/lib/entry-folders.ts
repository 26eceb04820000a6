/**
 * The rule of every entry folder (`<collection>/<id>/index.<lang>.mdx`, src/schemas/entry-folder.ts),
 * whatever its collection: the default language's file holds the facts, the other files hold
 * none. Sessions (assembleEntryFolders) and speakers (checkIntegrity) both read their folders
 * through it; each words the mistakes for its own editors.
 */

/** One entry folder's files, sorted out by the rule. */
export interface EntryFolderFiles<File> {
  id: string;
  /** The default language's file, which holds the facts; undefined when the folder lacks it. */
  main: File | undefined;
  /** Where the default language's file is, or belongs: `<folder>/index.<defaultLocale>.mdx`. */
  mainFile: string;
  /** Every file of the folder, in the order given. */
  files: File[];
  /** Each fact written in another language's file. */
  misplaced: { file: File; field: string }[];
}

/** The files of a collection by folder: `entryOf` names a file's folder, `factsIn` the facts its front matter has. */
export function entryFolders<File extends { file: string; locale: string }>(
  files: readonly File[],
  defaultLocale: string,
  entryOf: (file: File) => string,
  factsIn: (file: File) => readonly string[],
): EntryFolderFiles<File>[] {
  return [...Map.groupBy(files, entryOf)].map(([id, group]) => {
    const main = group.find((file) => file.locale === defaultLocale);
    return {
      id,
      main,
      mainFile: group[0]!.file.replace(/[^/]+$/, `index.${defaultLocale}.mdx`),
      files: group,
      misplaced: group.filter((file) => file !== main).flatMap((file) => factsIn(file).map((field) => ({ file, field }))),
    };
  });
}
