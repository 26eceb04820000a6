import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { openGraphLocale } from '../../src/lib/open-graph.ts';
import { sitemapXml } from '../../src/lib/sitemap.ts';

describe('sitemapXml', () => {
  const alternates = [
    { hreflang: 'fr', href: 'https://example.org/fr/publics/' },
    { hreflang: 'en', href: 'https://example.org/en/audiences/?a=1&b=2' },
    { hreflang: 'x-default', href: 'https://example.org/fr/publics/' },
  ];
  const xml = sitemapXml([
    { url: 'https://example.org/fr/publics/', alternates },
    { url: 'https://example.org/en/audiences/?a=1&b=2', alternates },
  ]);
  const $ = load(xml, { xml: true });

  it('lists every page with its alternates in every language', () => {
    expect($('url > loc').map((_, el) => $(el).text()).get()).toEqual(['https://example.org/fr/publics/', 'https://example.org/en/audiences/?a=1&b=2']);
    $('url').each((_, url) => {
      const links = $(url).find('xhtml\\:link').map((_, el) => [[el.attribs.hreflang, el.attribs.href]]).get();
      expect(links).toEqual(alternates.map((alt) => [alt.hreflang, alt.href]));
    });
  });

  it('is well-formed XML in the sitemap namespaces, with & escaped', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect($('urlset').attr('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect($('urlset').attr('xmlns:xhtml')).toBe('http://www.w3.org/1999/xhtml');
    expect(xml).toContain('?a=1&amp;b=2');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});

describe('openGraphLocale', () => {
  it('adds the likeliest territory, as Open Graph expects', () => {
    expect(openGraphLocale('fr')).toBe('fr_FR');
    expect(openGraphLocale('en')).toBe('en_US');
    expect(openGraphLocale('es')).toBe('es_ES');
    expect(openGraphLocale('ar')).toBe('ar_EG');
    expect(openGraphLocale('pt-br')).toBe('pt_BR');
  });
});
