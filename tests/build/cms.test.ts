/**
 * The editors' CMS on the built site (`/admin/`, src/cms/): served from the site itself with
 * a policy of its own, kept out of search engines, the sitemap and the search index, and
 * configured for the content that was built (expectations come from the content files).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { contentFolder } from '../helpers/content-read.ts';
import { filesIn, htmlPages } from '../helpers/dist.ts';
import { exampleContent } from '../helpers/fixtures.ts';

const dist = inject('example').distDir;
const content = contentFolder(exampleContent);
const adminFiles = filesIn(dist).filter((file) => file.startsWith('admin/'));
const html = readFileSync(join(dist, 'admin/index.html'), 'utf8');
const $ = load(html);
const config = JSON.parse(readFileSync(join(dist, 'admin/config.json'), 'utf8'));

describe('/admin/', () => {
  it('loads the CMS script, its configuration and its fonts from the site alone', () => {
    const sources = $('script[src], link[href]').map((_, element) => $(element).attr('src') ?? $(element).attr('href')).get();
    expect(sources.sort()).toEqual(['config.json', 'sveltia-cms.js']);
    const script = readFileSync(join(dist, 'admin/sveltia-cms.js'), 'utf8');
    for (const font of script.matchAll(/url\((fonts\/[^)]+)\)/g)) expect(existsSync(join(dist, 'admin', font[1]!)), font[1]).toBe(true);
  });

  it('has its own Content-Security-Policy, scripts from the site only', () => {
    const policy = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
    expect(policy).not.toContain('unsafe-eval');
  });

  it('is marked noindex and stays out of the sitemap and the search index', () => {
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
    // Pagefind indexes only pages with data-pagefind-body once any page has it.
    expect(htmlPages(dist).some((page) => page.$('[data-pagefind-body]').length > 0)).toBe(true);
    expect($('[data-pagefind-body]').length).toBe(0);
  });

  it('edits the sessions of the built content in every one of its languages', () => {
    const locales = content.conference.locales.map((locale) => locale.code);
    expect([...config.i18n.locales].sort()).toEqual([...locales].sort());
    expect(config.i18n.default_locale).toBe(content.conference.defaultLocale);
    const sessions = config.collections.find((collection: { name: string }) => collection.name === 'sessions');
    expect(sessions.folder).toBe(`${exampleContent}/sessions`);
  });

  it('weighs what an editor downloads once, printed for docs/cms.md', () => {
    // Every interface translation is written; an editor loads one.
    const downloaded = adminFiles.filter((file) => !file.startsWith('admin/locales/') || file === 'admin/locales/fr.json');
    expect(downloaded.length).toBeLessThan(adminFiles.length);
    const weights = downloaded.map((file) => {
      const bytes = readFileSync(join(dist, file));
      return { file, bytes: statSync(join(dist, file)).size, gzip: file.endsWith('.woff2') ? bytes.length : gzipSync(bytes).length };
    });
    const total = weights.reduce((sum, { gzip }) => sum + gzip, 0);
    console.log(`/admin/ (gzip bytes):\n${weights.map(({ file, gzip }) => `  ${file}: ${gzip}`).join('\n')}\n  total: ${total}`);
    // The CMS script is the bulk; a much larger total means a font or library came along by mistake.
    expect(total).toBeLessThan(2_000_000);
  });
});
