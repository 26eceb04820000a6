/**
 * The content gate keeps what it found in each MDX text in the build's cache folder
 * (src/lib/remembered-check.ts), so a rebuild on a host that keeps that folder compiles only the
 * texts that changed; under `npm run build`, a content folder that passed with the same code is
 * not checked at all. A text that changed into a mistake must still stop the rebuild.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { filesIn } from '../helpers/dist.ts';
import { exampleAtRoot } from '../helpers/fixtures.ts';

/** Builds wait their turn behind every other test's builds. */
const buildTimeout = 300_000;

it('remembers every MDX text it checked in the cache folder, answers a rebuild from it, and still stops a rebuild on a text that changed into a mistake', async () => {
  const content = await copyContent(exampleAtRoot.content);
  const cache = join(await mkdtemp(join(tmpdir(), 'conference-gate-cache-')), 'cache');
  const build = () => buildSite({ content: content.dir, now: exampleAtRoot.now, env: { ASTRO_CACHE_DIR: cache } });

  const first = await build();
  expect(first.code, first.output.slice(-3000)).toBe(0);
  const kept = JSON.parse(readFileSync(join(cache, 'content-gate.json'), 'utf8')) as Record<string, unknown[]>;
  expect(Object.keys(kept)).toHaveLength(filesIn(content.dir).filter((file) => file.endsWith('.mdx')).length);
  expect(Object.values(kept).every((found) => found.length === 0)).toBe(true);

  // The rebuild answers unchanged texts from what was kept: a result planted there is what it reports.
  const planted = { field: '(text)', found: 'a result the test planted', expected: 'the kept result to be used' };
  writeFileSync(join(cache, 'content-gate.json'), JSON.stringify(Object.fromEntries(Object.keys(kept).map((key) => [key, [planted]]))));
  const answered = await build();
  expect(answered.code).not.toBe(0);
  expect(answered.output).toContain('a result the test planted');

  await content.edit('sessions/2025-11-01-keynote/index.es.mdx', (text) => `${text}\nUn { suelto.\n`);
  const second = await build();
  expect(second.code).not.toBe(0);
  expect(second.output).toContain('sessions/2025-11-01-keynote/index.es.mdx');
  expect(second.output).toMatch(/found a "\{", which MDX reads as the start of code/);
}, buildTimeout);

it('under npm run build, does not check again a content folder that passed with the same code, and checks it again once a file changed', async () => {
  const content = await copyContent(exampleAtRoot.content);
  const work = await mkdtemp(join(tmpdir(), 'conference-gate-passed-'));
  const build = () => buildSite({ content: content.dir, now: exampleAtRoot.now, outDir: join(work, 'dist'), env: { ASTRO_CACHE_DIR: join(work, 'cache') } });

  const first = await build();
  expect(first.code, first.output.slice(-3000)).toBe(0);
  // Were the folder checked again, the result planted in the kept MDX results would stop the build.
  const kept = JSON.parse(readFileSync(join(work, 'cache', 'content-gate.json'), 'utf8')) as Record<string, unknown[]>;
  const planted = { field: '(text)', found: 'a result the test planted', expected: 'the check to be skipped' };
  writeFileSync(join(work, 'cache', 'content-gate.json'), JSON.stringify(Object.fromEntries(Object.keys(kept).map((key) => [key, [planted]]))));
  const unchanged = await build();
  expect(unchanged.code, unchanged.output.slice(-3000)).toBe(0);
  expect(unchanged.output).toContain('not checked again');

  await content.edit('sessions/2025-11-01-keynote/index.es.mdx', (text) => `${text}\nUn { suelto.\n`);
  const changed = await build();
  expect(changed.code).not.toBe(0);
  expect(changed.output).toMatch(/found a "\{", which MDX reads as the start of code/);
}, buildTimeout);
