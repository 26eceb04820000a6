/**
 * Before the generator tests: build each fixture of fixtures.ts once for the whole run and serve
 * it on localhost. Test files read them with `inject('example')`, `inject('exampleUnderBase')`
 * and `inject('exampleAfterEvent')`.
 */
import type { TestProject } from 'vitest/node';
import type { BuiltSite } from '../gates/site.ts';
import { buildSite } from './build.ts';
import { fixtureBuilds, type FixtureBuild, type FixtureName } from './fixtures.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext extends Record<FixtureName, BuiltSite> {
    /** What each build printed, for the test that a clean build warns of nothing. */
    buildOutput: Record<FixtureName, string>;
  }
}

export default async function setup(project: TestProject) {
  const closers: (() => Promise<void>)[] = [];
  const outputs: Partial<Record<FixtureName, string>> = {};
  for (const [name, fixture] of Object.entries(fixtureBuilds) as [FixtureName, FixtureBuild][]) {
    const build = await buildSite({ content: fixture.content, base: fixture.base, now: fixture.now, env: fixture.siteUrl ? { SITE_URL: fixture.siteUrl } : {} });
    if (build.code !== 0) throw new Error(`The example conference did not build (${name}):\n${build.output}`);
    const server = await serveStatic(build.outDir, fixture.base);
    closers.push(server.close);
    project.provide(name, { distDir: build.outDir, siteUrl: server.url, base: fixture.base });
    outputs[name] = build.output;
  }
  project.provide('buildOutput', outputs as Record<FixtureName, string>);
  return async () => {
    for (const close of closers) await close();
  };
}
