/** The programme for event apps, per language: `/<locale>/schedule.json` and `/<locale>/schedule.xml` (C3VOC/frab, docs/programme-data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { scheduleResponse, scheduleFormats } from '../../data/schedule.ts';
import { loadSite } from '../../data/site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.locales.flatMap((locale) => scheduleFormats.map((format) => ({ params: { lang: locale.code, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => scheduleResponse(await loadSite(), params.lang!, params.format!);
