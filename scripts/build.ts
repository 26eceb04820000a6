/**
 * `npm run build`: builds the site next to dist/ and puts it in place of dist/ only when the
 * whole build (pages, calendars, search index) succeeded. A failed build leaves the previous
 * dist/ exactly as it was, never a half-written one that CI could publish.
 *
 * Arguments are passed to `astro build`; `--outDir <folder>` names the final folder (default
 * dist). Plain `astro build` (`npm run astro build`) still works and writes in place.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const [, chosen] = outDirFlag >= 0 ? args.splice(outDirFlag, 2) : [];
const target = resolve(root, chosen ?? 'dist');
// Siblings of the target, so the swap is two renames on one file system.
const next = `${target}-next`;
const previous = `${target}-previous`;

await rm(next, { recursive: true, force: true });
const build = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', next, ...args], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) {
  await rm(next, { recursive: true, force: true });
  console.error(`\nThe build failed; ${target} was left as it was.`);
  process.exit(build.status ?? 1);
}

await rm(previous, { recursive: true, force: true });
if (existsSync(target)) await rename(target, previous);
await rename(next, target);
await rm(previous, { recursive: true, force: true });
console.log(`The site is in ${target}.`);
