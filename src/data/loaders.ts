/**
 * Thin wrappers around Astro's glob loader that read from the site's content folder
 * (`content/`, or the folder named by CONFERENCE_CONTENT) and insist on clean ids, so a
 * file named `Library Staff.yaml` is reported instead of being silently renamed.
 */
import { glob } from 'astro/loaders';
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

/** `content/sessions/<id>/session.yaml` → `<id>`. */
export function sessionFacts() {
  return glob({
    base: `${contentRoot}/sessions`,
    pattern: '*/session.yaml',
    generateId: ({ entry }) => checkedId('sessions', entry, entry.split('/')[0]!),
  });
}

/** `content/sessions/<id>/<lang>.mdx` → `<id>/<lang>`. */
export function sessionTexts() {
  return glob({
    base: `${contentRoot}/sessions`,
    pattern: '*/*.mdx',
    generateId: ({ entry }) => checkedId('sessions', entry, withoutExtension(entry)),
  });
}

/** The conference file itself, `content/conference.yaml`. */
export function conferenceFile() {
  return glob({ base: contentRoot, pattern: 'conference.yaml', generateId: () => 'conference' });
}
