/** The social preview image of each page kind in each language (src/data/social-images.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { socialCard } from '../../../data/social-card-renderer.ts';
import { loadSite } from '../../../data/site.ts';
import { cardKinds, cardSpec, type CardKind } from '../../../data/social-images.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const kinds = cardKinds.filter((kind) => (kind !== 'letter' || site.letters.size > 0) && (kind !== 'speakers' || site.people.size > 0));
  return site.locales.flatMap((locale) => kinds.map((kind) => ({ params: { lang: locale.code, kind } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const png = await socialCard(await cardSpec(params.lang!, params.kind as CardKind));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
