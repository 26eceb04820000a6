/**
 * `npm run preview:at -- 2021-06-17T15:00+02:00`: builds the site as it looks at that moment
 * (registration open or closed, the sessions live now and next) into dist/ and serves it on
 * http://localhost:4321/. Unlike a plain SITE_NOW build, the page scripts keep that moment
 * too instead of the computer's clock (PREVIEW_NOW, see src/lib/clock.ts).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveNow } from '../src/lib/clock.ts';

const moment = process.argv[2];
try {
  if (!moment) throw new Error('give the moment to preview');
  resolveNow(moment);
} catch (error) {
  console.error(`${(error as Error).message.replace(/^SITE_NOW: /, '')}\nUsage: npm run preview:at -- 2021-06-17T15:00+02:00   (a date, a time and its UTC offset)`);
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = (command: string) =>
  spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, command], { cwd: root, stdio: 'inherit', env: { ...process.env, PREVIEW_NOW: moment } });

const build = astro('build');
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`\nThe site as at ${moment}: open the address below; stop with Ctrl+C.\n`);
astro('preview');
