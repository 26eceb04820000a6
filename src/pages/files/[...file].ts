/**
 * Documents sessions link to (`resources: - file: files/<name>`), published as they are at
 * `/files/<name>`: only the files some session names, so drafts left in the folder stay private.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSite } from '../../data/site.ts';
import { contentFolder } from '../../lib/content-reader.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const files = new Set(site.sessions.flatMap((session) => session.data.resources.flatMap((resource) => (resource.file ? [resource.file] : []))));
  return [...files].map((path) => ({ params: { file: path.slice('files/'.length) }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile(join(contentFolder(), (props as { path: string }).path)));
