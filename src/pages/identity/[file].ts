/** The identity's files (logo, its dark variant, favicon), published as given under content-hashed names. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTheme, themeFiles } from '../../data/theme.ts';

export const getStaticPaths = (async () => themeFiles(await loadTheme()).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: Awaited<ReturnType<typeof themeFiles>>[number] };
  return new Response(new Uint8Array(file.bytes), { headers: { 'Content-Type': file.type } });
};
