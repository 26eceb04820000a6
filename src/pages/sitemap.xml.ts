/** The sitemap: every page in every language, each with its versions in the other languages. */
import type { APIRoute } from 'astro';
import { alternatesOf, absoluteUrl, pageKeys, urlFor } from '../data/pages.ts';
import { loadSite } from '../data/site.ts';
import { sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const pages = pageKeys(site).flatMap((key) => {
    const alternates = alternatesOf(site, key);
    return site.locales.map((locale) => ({ url: absoluteUrl(urlFor(locale.code, key)), alternates }));
  });
  return new Response(sitemapXml(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
