/**
 * The two projects the benchmark builds, both in a temporary folder and both using this
 * project's node_modules through a symlink (nothing is installed):
 * - the site: a snapshot of this project, so edits made while the benchmark runs do not
 *   mix into it and its generated `.astro/` folder stays out of the working tree;
 * - the baseline: a bare Astro project with @astrojs/mdx that renders the same MDX
 *   bodies into minimal pages.
 */
import { cp, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Not part of the site's sources: dependencies, build output, generated files, history. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git']);

export async function snapshotSite(projectRoot: string, target: string): Promise<string> {
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(projectRoot)) {
    if (!NOT_COPIED.has(entry)) await cp(join(projectRoot, entry), join(target, entry), { recursive: true });
  }
  await symlink(join(projectRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}

/** Astro's defaults plus MDX: what any Astro site with MDX content starts from. */
const baselineFiles = (sessionsDir: string): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': [
    `import { defineConfig } from 'astro/config';`,
    `import mdx from '@astrojs/mdx';`,
    `export default defineConfig({ integrations: [mdx()], cacheDir: process.env.ASTRO_CACHE_DIR });`,
    '',
  ].join('\n'),
  'src/content.config.ts': [
    `import { defineCollection } from 'astro:content';`,
    `import { glob } from 'astro/loaders';`,
    `export const collections = { sessions: defineCollection({ loader: glob({ base: ${JSON.stringify(sessionsDir)}, pattern: '*/*.mdx' }) }) };`,
    '',
  ].join('\n'),
  'src/pages/[...id].astro': [
    '---',
    `import { getCollection, render } from 'astro:content';`,
    `export async function getStaticPaths() {`,
    `  const entries = await getCollection('sessions');`,
    `  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));`,
    `}`,
    `const { entry } = Astro.props;`,
    `const { Content } = await render(entry);`,
    `const lang = entry.id.split('/').at(-1);`,
    '---',
    '<!doctype html>',
    '<html lang={lang}>',
    '  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
    '  <body><main><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></main></body>',
    '</html>',
    '',
  ].join('\n'),
});

export async function writeBaseline(projectRoot: string, target: string, sessionsDir: string): Promise<string> {
  for (const [file, text] of Object.entries(baselineFiles(sessionsDir))) {
    await mkdir(join(target, file, '..'), { recursive: true });
    await writeFile(join(target, file), text);
  }
  await symlink(join(projectRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}
