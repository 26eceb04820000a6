/**
 * Before the content gate: build the site from whatever the content folder holds
 * (CONFERENCE_CONTENT, default content/) the way `npm run build` does, into dist/ (replaced only
 * if the build succeeds), with the host's SITE_URL and BASE_PATH, and serve it under that base
 * path. The gate then checks exactly the files that get published. Warnings the build prints are
 * shown, since each one asks an editor to act.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { BuiltSite } from '../gates/site.ts';
import { buildSite, projectRoot } from '../helpers/build.ts';
import { serveStatic } from '../helpers/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    site: BuiltSite;
  }
}

/** BASE_PATH as Astro reads it, with a slash at each end: `wepc2021` → `/wepc2021/`. */
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default async function setup(project: TestProject) {
  // Astro's own cache folder, as `npm run build` uses it: a host that keeps it between builds
  // (node_modules/.astro: content store, resized photos) rebuilds faster (docs/performance.md).
  const build = await buildSite({ outDir: join(projectRoot, 'dist'), env: { ASTRO_CACHE_DIR: join(projectRoot, 'node_modules/.astro') } });
  if (build.code !== 0) throw new Error(`The site did not build, so nothing was published:\n${build.output}`);
  const warnings = build.output.split('\n').filter((line) => /\[WARN\]/.test(line));
  if (warnings.length > 0) console.warn(`The build warned:\n${warnings.join('\n')}`);
  const server = await serveStatic(build.outDir, base);
  project.provide('site', { distDir: build.outDir, siteUrl: server.url, base });
  return () => server.close();
}
