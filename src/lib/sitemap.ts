/**
 * An XML sitemap (sitemaps.org) listing every page in every language, each with links to
 * its versions in the other languages. The site's URL segments are translated
 * (`/en/audiences/` is `/fr/publics/`), so alternates come from page keys, not from paths.
 */

export interface Alternate {
  /** A language code, or `x-default`. */
  hreflang: string;
  href: string;
}

export interface SitemapPage {
  /** Absolute URL. */
  url: string;
  alternates: readonly Alternate[];
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => xmlEscapes[char]!);
}

export function sitemapXml(pages: readonly SitemapPage[]): string {
  const entries = pages.map((page) =>
    [
      '  <url>',
      `    <loc>${xml(page.url)}</loc>`,
      ...page.alternates.map((alt) => `    <xhtml:link rel="alternate" hreflang="${xml(alt.hreflang)}" href="${xml(alt.href)}"/>`),
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
