/**
 * Thin wrappers around Astro's glob loader that read from the site's content folder
 * (`content/`, or the folder named by CONFERENCE_CONTENT) and insist on clean ids, so a
 * file named `Library Staff.yaml` is reported instead of being silently renamed.
 */
import { existsSync, globSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContentEntryType } from 'astro';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { imageMetadata } from 'astro/assets/utils';
import { formatProblems, photoProblem, type ContentProblem } from '../lib/integrity.ts';
import { contentFolder } from '../lib/content-reader.ts';
import { isSlug } from '../lib/urls.ts';
import { mdxToHtml } from '../lib/mdx-html.ts';
import { besideModule, fingerprintOf } from '../lib/fingerprint.ts';

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

type LoaderStore = Parameters<Loader['load']>[0]['store'];

/**
 * Marks a collection as loaded but empty, so `getCollection()` returns [] instead of warning that
 * it "does not exist or is empty": a collection the content may leave out (the letter, themes,
 * rooms, speakers, interface strings) is no mistake when it is left out.
 */
export function markEmpty(store: LoaderStore): void {
  // Astro keeps a collection once an entry has been set in it, even after the entry is deleted.
  store.set({ id: 'none', data: {} });
  store.delete('none');
}

/** What Astro passes a loader; `entryTypes` is not in its public type, but the glob loader reads it. */
type LoaderContext = Parameters<Loader['load']>[0] & { entryTypes?: Map<string, ContentEntryType> };

/**
 * Astro's glob loader, with MDX texts rendered to HTML as they are loaded (src/lib/mdx-html.ts)
 * instead of becoming one JavaScript module each: Astro then keeps the HTML in its content
 * cache, and `render(entry)` shows it as it shows a Markdown file's.
 */
function globWithHtmlBodies(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const mdx = context.entryTypes?.get('.mdx');
      if (!mdx) return loader.load(context);
      const generateDigest = digestWithRenderer(context.generateDigest, htmlRenderer());
      // Without contentModuleTypes and with a render function, the glob loader stores the HTML.
      const htmlBodies: ContentEntryType = {
        extensions: mdx.extensions,
        getEntryInfo: mdx.getEntryInfo,
        getRenderFunction: async () => async ({ body, data }) => {
          const { html, headings } = mdxToHtml(body ?? '');
          return { html, metadata: { headings, frontmatter: data } };
        },
      };
      const entryTypes = new Map(context.entryTypes).set('.mdx', htmlBodies);
      return loader.load({ ...context, entryTypes, generateDigest } as LoaderContext);
    },
  };
}

/**
 * Astro keeps a text's HTML while the text's digest is unchanged, across builds on a host that
 * keeps its cache. The HTML also depends on the renderer, so the digest covers it too: after a
 * change to the renderer or an upgrade of its libraries, every text is rendered again.
 */
export function digestWithRenderer(generateDigest: (data: string) => string, renderer: string): (data: Record<string, unknown> | string) => string {
  return (data) => generateDigest(`${renderer}\n${typeof data === 'string' ? data : JSON.stringify(data)}`);
}

/** The HTML renderer's code and the versions of the libraries it uses. */
let rendererFingerprint: string | undefined;
function htmlRenderer(): string {
  const from = besideModule(import.meta.url);
  rendererFingerprint ??= fingerprintOf([from('../lib/mdx-html.ts'), from('../lib/mdx-safety.ts')], from('../../package-lock.json'), ['satteri', 'hastscript', 'hast-util-to-html', 'github-slugger']);
  return rendererFingerprint;
}

/**
 * Astro's glob loader over `content/<collection>/`. An optional collection without a file that
 * `pattern` matches (its folder missing or empty) loads as empty and says nothing, where Astro
 * would warn about the folder and again about the empty collection.
 */
function folderLoader(collection: string, pattern: string, generateId: (entry: string) => string, optional: boolean): Loader {
  const loader = globWithHtmlBodies({ base: `${contentRoot}/${collection}`, pattern, generateId: ({ entry }) => generateId(entry) });
  if (!optional) return loader;
  return {
    ...loader,
    load: async (context) => {
      const folder = join(contentRoot, collection);
      if (existsSync(folder) && globSync(pattern, { cwd: folder }).length > 0) return loader.load(context);
      context.store.clear();
      markEmpty(context.store);
    },
  };
}

/** One entry per file, id = file name: `content/audiences/ict.yaml` → `ict`. `optional`: the content may leave the folder out. */
export function filesIn(collection: string, extension: string, { optional = false } = {}) {
  return folderLoader(collection, `*.${extension}`, (entry) => checkedId(collection, entry, withoutExtension(entry)), optional);
}

/** `content/home/index.fr.mdx` → `fr`: one file per language. `optional`: the content may leave the folder out. */
export function languageFiles(collection: string, { optional = false } = {}) {
  return folderLoader(collection, 'index.*.mdx', (entry) => checkedId(collection, entry, languageOf(entry)), optional);
}

/** `content/sessions/<id>/index.fr.mdx` → `<id>/fr`: entry folders (src/schemas/entry-folder.ts). `optional`: the content may leave the folder out. */
export function entryFolderFiles(collection: string, { optional = false } = {}) {
  return folderLoader(collection, '*/index.*.mdx', (entry) => checkedId(collection, entry, `${entry.split('/')[0]!}/${languageOf(entry)}`), optional);
}

/** `…/index.fr.mdx` → `fr`. */
const languageOf = (entry: string) => entry.replace(/^(.*\/)?index\.([^/]+)\.mdx$/, '$2');

/** The conference file itself, `content/conference.yaml`. */
export function conferenceFile() {
  return glob({ base: contentRoot, pattern: 'conference.yaml', generateId: () => 'conference' });
}

/**
 * `content/speakers/<id>/index.<lang>.mdx` → `<id>/<lang>`, optional. Photos are checked here, before the
 * image pipeline meets them, so a missing or damaged photo is reported with its file and field.
 */
export function speakerFolders(): Loader {
  const files = entryFolderFiles('speakers', { optional: true });
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
