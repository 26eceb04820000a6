/**
 * `npm run build` (scripts/build.ts) writes the search index itself, once its `astro build` child
 * has exited, so Pagefind never runs beside Astro's memory (docs/performance.md). The index must
 * be the very one a plain `astro build` writes at its end, and a Pagefind that fails there must
 * still fail the build and leave the previous site as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { exampleAtRoot } from '../helpers/fixtures.ts';

/** Builds wait their turn behind every other test's builds. */
const buildTimeout = 300_000;
/** The example conference built by a plain `astro build`, with the same content, base and clock. */
const { distDir: plainDist } = inject('example');
const locales = contentFolder(exampleAtRoot.content).conference.locales.map((l) => l.code);
const { content, base, now } = exampleAtRoot;

/** An empty folder `dist` in a new temporary folder, holding one file from "the last good build". */
async function previousSite(marker: string): Promise<string> {
  const outDir = join(await mkdtemp(join(tmpdir(), 'conference-search-after-')), 'dist');
  await mkdir(outDir);
  await writeFile(join(outDir, marker), 'the last good build');
  return outDir;
}

/** Every file under `folder`, by path, with its bytes. */
function filesIn(folder: string): Map<string, Buffer> {
  const paths = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(paths.map((entry) => [join(entry.parentPath, entry.name).slice(folder.length), readFileSync(join(entry.parentPath, entry.name))]));
}

describe('npm run build', () => {
  let outDir: string;
  let build: BuildResult;

  beforeAll(async () => {
    outDir = await previousSite('previous-build.txt');
    build = await buildSite({ content, base, now, outDir });
  }, buildTimeout);

  it('indexes the site once, after astro build has finished', () => {
    expect(build.code, build.output).toBe(0);
    const indexed = build.output.split('\n').filter((line) => line.includes('Search index written'));
    expect(indexed).toHaveLength(1);
    expect(build.output.indexOf(indexed[0]!)).toBeGreaterThan(build.output.lastIndexOf('Complete!'));
  });

  it('writes one index per language of the site', () => {
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual([...locales].sort());
    for (const locale of locales) expect(entry.languages[locale]!.page_count, locale).toBeGreaterThan(0);
  });

  it('writes the same index, file for file, as a plain astro build', () => {
    const written = filesIn(join(outDir, 'pagefind'));
    const plain = filesIn(join(plainDist, 'pagefind'));
    expect([...written.keys()].sort()).toEqual([...plain.keys()].sort());
    for (const [path, bytes] of written) expect(bytes.equals(plain.get(path)!), path).toBe(true);
  });
});

describe('npm run build, when Pagefind dies while indexing', () => {
  const marker = 'previous-build.txt';
  let outDir: string;
  let build: BuildResult;

  beforeAll(async () => {
    outDir = await previousSite(marker);
    // A Pagefind that reads its first request, then is killed, as the system does when memory runs out.
    const dying = join(dirname(outDir), 'pagefind-killed.sh');
    await writeFile(dying, '#!/bin/sh\nhead -c 8 > /dev/null\nkill -9 $$\n');
    await chmod(dying, 0o755);
    build = await buildSite({ content, base, now, outDir, env: { PAGEFIND_EXTENDED_BINARY_PATH: dying, PAGEFIND_BINARY_PATH: dying } });
  }, buildTimeout);

  it('fails after astro build, saying that the search index could not be written', () => {
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain('Complete!');
    expect(build.output).toMatch(/The search index could not be written: Pagefind stopped before the index was written.*\n.*was left as it was/);
  });

  it('leaves the previous site as it was, and nothing beside it', async () => {
    expect(await readdir(outDir)).toEqual([marker]);
    expect(readFileSync(join(outDir, marker), 'utf8')).toBe('the last good build');
    expect((await readdir(dirname(outDir))).sort()).toEqual(['dist', 'pagefind-killed.sh']);
  });
});
