/**
 * What a built site weighs: the heaviest page of each kind (gzip HTML, as the page-weight
 * budgets count it), and the size of dist/ by kind of file. Kinds come from the URL, so
 * reading 20,000 pages costs one gzip each and no HTML parsing.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { uiStrings } from '../../src/i18n/index.ts';
import { INITIAL_ID } from '../../src/lib/people-index.ts';

export interface HeaviestPage {
  kind: string;
  pages: number;
  path: string;
  gzipBytes: number;
}

export interface FileGroup {
  group: string;
  files: number;
  bytes: number;
}

export interface DistReport {
  pages: number;
  heaviest: HeaviestPage[];
  files: FileGroup[];
  totalBytes: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `session`, `day`, `programme`, `speakers (letter)`… from a page's path (`fr/programme/2021-06-16/index.html`) and its language's route segments. */
export function pageKind(path: string, routesOf: (locale: string) => Record<string, string> | undefined): string {
  const [locale, section, item, part] = path.split('/').slice(0, -1);
  const routes = locale ? routesOf(locale) : undefined;
  if (!routes) return path.replace(/index\.html$/, '') || '/';
  if (!section) return 'home';
  const name = Object.entries(routes).find(([, segment]) => segment === section)?.[0] ?? section;
  if (!item) return name;
  if (name === 'programme') return DAY.test(item) ? (part ? 'day (part)' : 'day') : 'session';
  if (name === 'speakers' && INITIAL_ID.test(item)) return 'speakers (letter)';
  return `${name}/…`;
}

const groupOf = (file: string) => {
  if (file.startsWith('pagefind/')) return 'Pagefind index and UI';
  if (file.startsWith('_astro/') && /\.(avif|webp|jpe?g|png)$/.test(file)) return 'images';
  const extension = extname(file) || '(none)';
  return extension === '.html' ? 'HTML' : extension === '.ics' ? 'calendars (.ics)' : `${extension} files`;
};

export async function distReport(dist: string): Promise<DistReport> {
  const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1));
  const routes = new Map<string, Record<string, string> | undefined>();
  const routesOf = (locale: string) => {
    if (!routes.has(locale)) routes.set(locale, /^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(locale) ? safeRoutes(locale) : undefined);
    return routes.get(locale);
  };
  const kinds = new Map<string, HeaviestPage>();
  const groups = new Map<string, FileGroup>();
  let totalBytes = 0;
  for (const file of files) {
    const bytes = (await stat(join(dist, file))).size;
    totalBytes += bytes;
    const group = groups.get(groupOf(file)) ?? { group: groupOf(file), files: 0, bytes: 0 };
    groups.set(group.group, { ...group, files: group.files + 1, bytes: group.bytes + bytes });
    if (!file.endsWith('.html')) continue;
    const kind = pageKind(file, routesOf);
    const gzipBytes = gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
    const heaviest = kinds.get(kind);
    const path = `/${file.replace(/index\.html$/, '')}`;
    if (!heaviest) kinds.set(kind, { kind, pages: 1, path, gzipBytes });
    else kinds.set(kind, gzipBytes > heaviest.gzipBytes ? { kind, pages: heaviest.pages + 1, path, gzipBytes } : { ...heaviest, pages: heaviest.pages + 1 });
  }
  return {
    pages: files.filter((file) => file.endsWith('.html')).length,
    heaviest: [...kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    files: [...groups.values()].sort((a, b) => b.bytes - a.bytes),
    totalBytes,
  };
}

/** A language's route segments, or undefined for a folder that is not a language (e.g. `files`). */
function safeRoutes(locale: string): Record<string, string> | undefined {
  try {
    return { ...uiStrings(locale).routes };
  } catch {
    return undefined;
  }
}
