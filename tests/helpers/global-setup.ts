/**
 * Before the site tests: build the real site once and serve it on localhost.
 * Tests read `inject('distDir')` for files and `inject('siteUrl')` for the browser.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const build = await buildSite();
  if (build.code !== 0) throw new Error(`The site did not build:\n${build.output}`);
  const server = await serveStatic(build.outDir);
  project.provide('distDir', build.outDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
