/**
 * `npm run build`: builds the site next to dist/ and puts it in place of dist/ only when the
 * whole build (pages, calendars, search index) succeeded. A failed build leaves the previous
 * dist/ exactly as it was, never a half-written one that CI could publish.
 *
 * The search index is written here, once the `astro build` child has exited and its memory is
 * free, with the same `indexSite` a plain `astro build` runs at its end (src/integrations/pagefind.ts):
 * a large programme's peak memory is then Astro's or Pagefind's, not both at once.
 *
 * Arguments are passed to `astro build`; `--outDir <folder>` names the final folder (default
 * dist). Plain `astro build` (`npm run astro build`) still works, writes in place and indexes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_AFTER_BUILD, indexSite } from '../src/integrations/pagefind.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const [, chosen] = outDirFlag >= 0 ? args.splice(outDirFlag, 2) : [];
const target = resolve(root, chosen ?? 'dist');
// Siblings of the target, so the swap is two renames on one file system.
const next = `${target}-next`;
const previous = `${target}-previous`;

/** Removes the unfinished build and stops, leaving the target as it was. */
async function fail(reason: string, code: number): Promise<never> {
  await rm(next, { recursive: true, force: true });
  console.error(`\n${reason}; ${target} was left as it was.`);
  process.exit(code);
}

await rm(next, { recursive: true, force: true });
const build = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', next, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, [INDEX_AFTER_BUILD]: '1' },
});
if (build.status !== 0) await fail('The build failed', build.status ?? 1);

try {
  await indexSite(next, (message) => console.log(message));
} catch (error) {
  await fail(`The search index could not be written: ${error instanceof Error ? error.message : String(error)}\nThe build failed`, 1);
}

await rm(previous, { recursive: true, force: true });
if (existsSync(target)) await rename(target, previous);
await rename(next, target);
await rm(previous, { recursive: true, force: true });
console.log(`The site is in ${target}.`);
