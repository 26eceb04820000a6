/** Reading a built site: every HTML page, parsed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { adminFolder } from '../../src/cms/admin-page.ts';

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The files visitors load: all but the editors' CMS (`/admin/`), which has its own policy,
 * fonts and weight, tested in tests/build/cms.test.ts.
 */
export function visitorFiles(dir: string): string[] {
  return filesIn(dir).filter((file) => !file.startsWith(`${adminFolder}/`));
}

/** The site path of every HTML page, e.g. `/en/programme/` or `/404.html`. */
export function pagePaths(dir: string): string[] {
  return visitorFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
}

export interface Page {
  /** Path in the site, e.g. `/en/programme/`. */
  path: string;
  html: string;
  $: CheerioAPI;
}

export function readPage(dir: string, file: string): Page {
  const html = readFileSync(join(dir, file), 'utf8');
  return { path: `/${file.replace(/index\.html$/, '')}`, html, $: load(html) };
}

export function htmlPages(dir: string): Page[] {
  return visitorFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => readPage(dir, file));
}
