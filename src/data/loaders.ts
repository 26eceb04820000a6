/**
 * Thin wrappers around Astro's glob loader that read from the site's content folder
 * (`content/`, or the folder named by CONFERENCE_CONTENT) and insist on clean ids, so a
 * file named `Library Staff.yaml` is reported instead of being silently renamed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { imageMetadata } from 'astro/assets/utils';
import { formatProblems, photoProblem, type ContentProblem } from '../lib/integrity.ts';
import { contentFolder } from '../lib/content-reader.ts';
import { isSlug } from '../lib/urls.ts';

/** The content folder, relative to the project root (the same one the editors' tools read). */
const contentRoot = contentFolder();

function checkedId(collection: string, entry: string, id: string): string {
  for (const part of id.split('/')) {
    if (!isSlug(part)) {
      throw new Error(
        `${contentRoot}/${collection}/${entry}: the name "${part}" is not allowed; expected lowercase letters, digits and hyphens only (e.g. "library-research")`,
      );
    }
  }
  return id;
}

const withoutExtension = (entry: string) => entry.replace(/\.[^/.]+$/, '');

/** One entry per file, id = file name: `content/audiences/ict.yaml` → `ict`. */
export function filesIn(collection: string, extension: string) {
  return glob({
    base: `${contentRoot}/${collection}`,
    pattern: `*.${extension}`,
    generateId: ({ entry }) => checkedId(collection, entry, withoutExtension(entry)),
  });
}

/** `content/home/index.fr.mdx` → `fr`: one file per language. */
export function languageFiles(collection: string) {
  return glob({
    base: `${contentRoot}/${collection}`,
    pattern: 'index.*.mdx',
    generateId: ({ entry }) => checkedId(collection, entry, languageOf(entry)),
  });
}

/** `content/sessions/<id>/index.fr.mdx` → `<id>/fr`: entry folders (src/schemas/entry-folder.ts). */
export function entryFolderFiles(collection: string) {
  return glob({
    base: `${contentRoot}/${collection}`,
    pattern: '*/index.*.mdx',
    generateId: ({ entry }) => checkedId(collection, entry, `${entry.split('/')[0]!}/${languageOf(entry)}`),
  });
}

/** `…/index.fr.mdx` → `fr`. */
const languageOf = (entry: string) => entry.replace(/^(.*\/)?index\.([^/]+)\.mdx$/, '$2');

/** The conference file itself, `content/conference.yaml`. */
export function conferenceFile() {
  return glob({ base: contentRoot, pattern: 'conference.yaml', generateId: () => 'conference' });
}

/**
 * `content/speakers/<id>/index.<lang>.mdx` → `<id>/<lang>`. Photos are checked here, before the
 * image pipeline meets them, so a missing or damaged photo is reported with its file and field.
 */
export function speakerFolders(): Loader {
  const files = glob({
    base: `${contentRoot}/speakers`,
    pattern: '*/index.*.mdx',
    generateId: ({ entry }) => checkedId('speakers', entry, entry.replace(/\/index\.([^/]+)\.mdx$/, '/$1')),
  });
  return {
    name: 'speaker-folders',
    load: async (context) => {
      await files.load(context);
      const problems: ContentProblem[] = [];
      for (const entry of context.store.values()) {
        const photo = (entry.data as { photo?: string }).photo;
        if (!photo || !entry.filePath) continue;
        // Astro's image() has turned the name into a (marked) relative import path.
        const name = photo.replace(/^__ASTRO_IMAGE_/, '').replace(/^\.\//, '');
        const path = join(dirname(entry.filePath), name);
        if (!existsSync(path)) problems.push(photoProblem(entry.filePath, name, 'missing'));
        else if (!(await imageMetadata(await readFile(path)).then(() => true, () => false))) problems.push(photoProblem(entry.filePath, name, 'unreadable'));
      }
      if (problems.length > 0) throw new Error(formatProblems(problems));
    },
  };
}
