/**
 * Before the generator tests: build the example conference twice (see fixtures.ts), each once
 * for the whole run, and serve both on localhost. Test files read them with
 * `inject('example')` and `inject('exampleUnderBase')`.
 */
import type { TestProject } from 'vitest/node';
import type { BuiltSite } from '../gates/site.ts';
import { buildSite } from './build.ts';
import { exampleAtRoot, exampleUnderBase } from './fixtures.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    example: BuiltSite;
    exampleUnderBase: BuiltSite;
    /** What each build printed, for the test that a clean build warns of nothing. */
    buildOutput: Record<'example' | 'exampleUnderBase', string>;
  }
}

export default async function setup(project: TestProject) {
  const closers: (() => Promise<void>)[] = [];
  const outputs: Record<string, string> = {};
  for (const [name, fixture] of [
    ['example', { ...exampleAtRoot, env: {} }],
    ['exampleUnderBase', { ...exampleUnderBase, env: { SITE_URL: exampleUnderBase.siteUrl } }],
  ] as const) {
    const build = await buildSite({ content: fixture.content, base: fixture.base, now: fixture.now, env: fixture.env });
    if (build.code !== 0) throw new Error(`The example conference did not build (${name}):\n${build.output}`);
    const server = await serveStatic(build.outDir, fixture.base);
    closers.push(server.close);
    project.provide(name, { distDir: build.outDir, siteUrl: server.url, base: fixture.base });
    outputs[name] = build.output;
  }
  project.provide('buildOutput', outputs as Record<'example' | 'exampleUnderBase', string>);
  return async () => {
    for (const close of closers) await close();
  };
}
