/** The session files pages fetch, in every language: `/<locale>/now-next.json`, `/<locale>/my-programme.json` (src/lib/session-feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { myProgrammeFeed, nowNextFeed } from '../../data/session-feeds.ts';
import { loadSite } from '../../data/site.ts';
import type { FeedName } from '../../lib/session-feeds.ts';

const feeds = { 'now-next': nowNextFeed, 'my-programme': myProgrammeFeed } satisfies Record<FeedName, unknown>;

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.locales.flatMap((locale) => Object.keys(feeds).map((feed) => ({ params: { lang: locale.code, feed } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = feeds[params.feed as FeedName](await loadSite(), params.lang!);
  // Not pretty-printed: browsers read it, and it grows with the programme.
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
