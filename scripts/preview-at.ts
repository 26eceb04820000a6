/**
 * `npm run preview:at -- 2021-06-17T15:00+02:00`: builds the site as it looks at that moment
 * (registration open or closed, the sessions live now and next) into its own folder,
 * dist-preview-at/ (never dist/, which may hold the site to publish), and serves it on
 * http://localhost:4321/. Unlike a plain SITE_NOW build, the page scripts keep that moment
 * too instead of the computer's clock (PREVIEW_NOW, see src/lib/clock.ts). Other arguments
 * go to `astro preview`, e.g. `-- 2021-06-17T15:00+02:00 --port 4400`. Ctrl+C stops the server.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveNow } from '../src/lib/clock.ts';

const [moment, ...previewArgs] = process.argv.slice(2);
try {
  if (!moment) throw new Error('give the moment to preview');
  resolveNow(moment);
} catch (error) {
  console.error(`${(error as Error).message.replace(/^SITE_NOW: /, '')}\nUsage: npm run preview:at -- 2021-06-17T15:00+02:00   (a date, a time and its UTC offset)`);
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
/** The preview's own folder: a failed build leaves the previous preview there (scripts/build.ts), and dist/ is never touched. */
const outDir = 'dist-preview-at';
const env = { ...process.env, PREVIEW_NOW: moment };

/** Runs a command, passing on Ctrl+C and termination so that nothing is left running; resolves with its exit code. */
function run(args: string[]): Promise<number> {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return new Promise((done) =>
    child.on('exit', (code, signal) => {
      for (const [name, handler] of handlers) process.off(name, handler);
      done(code ?? (signal ? 130 : 1));
    }),
  );
}

const built = await run([`${root}scripts/build.ts`, '--outDir', outDir]);
if (built !== 0) process.exit(built);
console.log(`\nThe site as at ${moment}, built in ${outDir}/: open the address below; stop with Ctrl+C.\n`);
process.exitCode = await run([`${root}node_modules/astro/bin/astro.mjs`, 'preview', '--outDir', outDir, ...previewArgs]);
