/** The programme as data, one file per language: `/<locale>/programme.json` (see docs/programme-data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { programmeData } from '../../data/programme-data.ts';
import { loadSite } from '../../data/site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.locales.map((locale) => ({ params: { lang: locale.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = programmeData(await loadSite(), params.lang!);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
