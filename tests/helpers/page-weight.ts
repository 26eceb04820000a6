/**
 * What a built page costs to load, in gzip bytes (what a visitor downloads from a host
 * that compresses): its HTML, every stylesheet it loads (linked, inline, and @import-ed),
 * every script it runs at load (src, inline, and their static imports). Dynamic imports
 * are not counted: they load only when needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';

export const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface Asset {
  /** Site path of the file, or `inline` for an element in the page. */
  path: string;
  gzipBytes: number;
}

export interface PageWeight {
  path: string;
  html: number;
  css: Asset[];
  js: Asset[];
  /** Addresses the page loads from other hosts (none are allowed). */
  external: string[];
}

/** `import … from "x"`, `import "x"` and `export … from "x"`, minified or not; not `import("x")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const CSS_IMPORT = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g;
/** Script types the browser does not run as JavaScript (e.g. JSON-LD). */
const DATA_SCRIPT = /json|template|text\/(?!javascript)/;

const isExternal = (url: string) => /^(https?:)?\/\//.test(url);

/**
 * Follows the files a page loads inside the site: `read` turns a site path into the file's
 * bytes (undefined when missing), `imports` lists the references inside a file.
 */
function collect(start: readonly string[], from: string, read: (path: string) => Buffer | undefined, imports: (text: string) => string[], external: string[]): Asset[] {
  const seen = new Map<string, Asset>();
  const pending = start.map((url) => ({ url, from }));
  while (pending.length > 0) {
    const { url, from: base } = pending.pop()!;
    if (isExternal(url)) {
      external.push(url);
      continue;
    }
    const path = new URL(url, `http://site${base}`).pathname;
    if (seen.has(path)) continue;
    const body = read(path);
    if (!body) throw new Error(`${from} loads ${path}, which is not in the built site`);
    seen.set(path, { path, gzipBytes: gzipBytes(body) });
    for (const next of imports(body.toString('utf8'))) pending.push({ url: next, from: path });
  }
  return [...seen.values()];
}

const matches = (pattern: RegExp) => (text: string) => [...text.matchAll(pattern)].map((match) => match[1]!);

/** Reads `path` (a path of the published site, under `base`) from the built site in `distDir`; undefined outside `base`. */
export function siteReader(distDir: string, base = '/'): (path: string) => Buffer | undefined {
  return (path) => {
    if (!path.startsWith(base)) return undefined;
    const file = join(distDir, decodeURIComponent(path.slice(base.length)), path.endsWith('/') ? 'index.html' : '');
    return existsSync(file) ? readFileSync(file) : undefined;
  };
}

export function pageWeight(path: string, html: string, $: CheerioAPI, read: (path: string) => Buffer | undefined): PageWeight {
  const external: string[] = [];
  const stylesheets = $('link[rel~="stylesheet"]').map((_, link) => $(link).attr('href')!).get();
  const inlineStyles = $('style').map((_, style) => $(style).text()).get();
  const scripts = $('script').filter((_, script) => !DATA_SCRIPT.test($(script).attr('type') ?? ''));
  const scriptSources = scripts.filter((_, script) => $(script).attr('src') !== undefined).map((_, script) => $(script).attr('src')!).get();
  const inlineScripts = scripts.filter((_, script) => $(script).attr('src') === undefined).map((_, script) => $(script).text()).get();
  const preloads = $('link[rel~="modulepreload"]').map((_, link) => $(link).attr('href')!).get();
  const inline = (text: string): Asset => ({ path: 'inline', gzipBytes: gzipBytes(text) });
  const css = [
    ...collect([...stylesheets, ...inlineStyles.flatMap(matches(CSS_IMPORT))], path, read, matches(CSS_IMPORT), external),
    ...inlineStyles.map(inline),
  ];
  const js = [
    ...collect([...scriptSources, ...preloads, ...inlineScripts.flatMap(matches(STATIC_IMPORT))], path, read, matches(STATIC_IMPORT), external),
    ...inlineScripts.map(inline),
  ];
  return { path, html: gzipBytes(html), css, js, external };
}

export const sum = (assets: readonly Asset[]) => assets.reduce((total, asset) => total + asset.gzipBytes, 0);

/** A plain text table, columns aligned, for the test output. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
