/** The default language's `schedule.json` and `schedule.xml` at the site root, where event apps look first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { scheduleFormats, scheduleResponse } from '../data/schedule.ts';
import { loadSite } from '../data/site.ts';

export const getStaticPaths = (() => scheduleFormats.map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  return scheduleResponse(site, site.defaultLocale, params.format!);
};
