/**
 * `npm run build`: builds the site next to dist/ and puts it in place of dist/ only when the
 * whole build (pages, calendars, search index) succeeded. A failed build leaves the previous
 * dist/ exactly as it was, never a half-written one that CI could publish.
 *
 * The search index is written here, once the `astro build` child has exited and its memory is
 * free, with the same `indexSite` a plain `astro build` runs at its end (src/integrations/pagefind.ts):
 * a large programme's peak memory is then Astro's or Pagefind's, not both at once.
 *
 * A rebuild renders only the pages that changed (src/lib/kept-build.ts): the `astro build` child
 * leaves out the pages the build kept in the cache folder has unchanged, and this script fills
 * them in from it before indexing, then keeps the new build for the next one.
 *
 * Arguments are passed to `astro build`; `--outDir <folder>` names the final folder (default
 * dist). Plain `astro build` (`npm run astro build`) still works, writes in place, renders every
 * page and indexes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_AFTER_BUILD, indexSite } from '../src/integrations/pagefind.ts';
import { CODE_DIGEST, KEPT_BUILD, PAGE_KEYS, cacheFolder, codeDigest, completeSite, copyUnchangedPages, keepBuild, readKeptBuild, readRouteKeys, type RouteKeys } from '../src/lib/kept-build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const [, chosen] = outDirFlag >= 0 ? args.splice(outDirFlag, 2) : [];
const target = resolve(root, chosen ?? 'dist');
// Siblings of the target, so the swap is two renames on one file system.
const next = `${target}-next`;
const previous = `${target}-previous`;
const keysFolder = `${next}-keys`;
const keptDir = join(resolve(root, cacheFolder()), 'kept-build');

/** Removes the unfinished build and stops, leaving the target as it was. */
async function fail(reason: string, code: number): Promise<never> {
  await rm(next, { recursive: true, force: true });
  await rm(keysFolder, { recursive: true, force: true });
  console.error(`\n${reason}; ${target} was left as it was.`);
  process.exit(code);
}

await rm(next, { recursive: true, force: true });
await rm(keysFolder, { recursive: true, force: true });
await mkdir(keysFolder, { recursive: true });
const build = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', next, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, [INDEX_AFTER_BUILD]: '1', [PAGE_KEYS]: keysFolder, [KEPT_BUILD]: keptDir, [CODE_DIGEST]: await codeDigest(root) },
});
if (build.status !== 0) await fail('The build failed', build.status ?? 1);

// Read once, after the child has used it and before this build replaces it.
const kept = readKeptBuild(keptDir);
let keys: RouteKeys;
let copied: ReadonlySet<string>;
try {
  const started = performance.now();
  keys = await readRouteKeys(keysFolder);
  copied = await copyUnchangedPages(next, keys, kept);
  const total = Object.keys(keys.keys).length;
  console.log(`Pages: ${total - copied.size} rendered, ${copied.size} unchanged and copied from the last build (${Math.round(performance.now() - started)} ms).`);
} catch (error) {
  await fail(`The unchanged pages could not be copied from the last build: ${error instanceof Error ? error.message : String(error)}\nDelete ${keptDir} and build again`, 1);
}
await rm(keysFolder, { recursive: true, force: true });

/** The site's photos and the kept build, done while Pagefind indexes (it reads only the pages, which are all there). */
async function completeAndKeep(): Promise<void> {
  const manifest = await completeSite(next, keys!, copied!, kept);
  try {
    const started = performance.now();
    await keepBuild(next, keptDir, manifest, copied!, kept?.manifest);
    console.log(`Kept for the next build in ${keptDir} (${Math.round(performance.now() - started)} ms).`);
  } catch (error) {
    // The site is built; only the next build's head start is lost.
    console.warn(`The build could not be kept for the next one, which will render every page: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const indexing = indexSite(next, (message) => console.log(message)).catch((error: unknown) => {
  throw new Error(`The search index could not be written: ${error instanceof Error ? error.message : String(error)}`);
});
try {
  await Promise.all([indexing, completeAndKeep()]);
} catch (error) {
  await fail(`${error instanceof Error ? error.message : String(error)}\nThe build failed`, 1);
}

await rm(previous, { recursive: true, force: true });
if (existsSync(target)) await rename(target, previous);
await rename(next, target);
await rm(previous, { recursive: true, force: true });
console.log(`The site is in ${target}.`);
