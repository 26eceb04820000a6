/**
 * The programme filter's counts, language-neutral (tallies hold only ids): `/tallies/days.json`
 * and `/tallies/<YYYY-MM-DD>.json` for each day cut into parts (src/lib/filter-state.ts). Pages
 * carry only references to them; the filter fetches them when a filter is chosen.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { tallyFiles } from '../../data/programme.ts';
import { loadSite } from '../../data/site.ts';

export const getStaticPaths = (async () => Object.keys(tallyFiles(await loadSite())).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // Not pretty-printed: browsers read it, and it grows with the audiences and rooms.
  return new Response(JSON.stringify(tallyFiles(await loadSite())[params.file!]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
