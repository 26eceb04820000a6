/** Lets crawlers find the sitemap. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/pages.ts';
import { joinFile } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(joinFile(import.meta.env.BASE_URL, 'sitemap.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
