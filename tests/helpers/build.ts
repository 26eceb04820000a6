/**
 * Builds a site in a child process, the way `npm run build` does, into a fresh folder.
 * Each build gets its own output and cache folders, so builds can run side by side.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Content folder, absolute or relative to the project (default: content/). */
  content?: string;
  /** Base path, e.g. /wepc2021/. */
  base?: string;
  /** The build's "now", e.g. 2021-05-01T00:00:00Z. */
  now?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /**
   * Build the way `npm run build` does (scripts/build.ts) into this folder, which is replaced
   * only when the build succeeds. Without it, `astro build` writes a fresh temporary folder.
   */
  outDir?: string;
}

export interface BuildResult {
  outDir: string;
  code: number | null;
  output: string;
}

/**
 * Astro writes generated types to the project's .astro/ folder during every build, so two
 * builds of different content at once would overwrite each other's: builds take turns.
 */
const lockDir = join(projectRoot, 'node_modules/.cache/conference-build.lock');

export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(join(lockDir, '..'), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch {
      const age = Date.now() - (await stat(lockDir).then((s) => s.mtimeMs, () => Date.now()));
      if (age > 5 * 60_000) await rm(lockDir, { recursive: true, force: true }); // left by a killed run
      await new Promise((wait) => setTimeout(wait, 200));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  return withBuildLock(() => runBuild(options));
}

async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const work = await mkdtemp(join(tmpdir(), 'conference-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const env: Record<string, string> = {
    ...inheritedEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ...(options.content ? { CONFERENCE_CONTENT: options.content } : {}),
    ...(options.base ? { BASE_PATH: options.base } : {}),
    ...(options.now ? { SITE_NOW: options.now } : {}),
    ...options.env,
  };
  const command = options.outDir ? [join(projectRoot, 'scripts/build.ts')] : [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const child = spawn(process.execPath, [...command, '--outDir', outDir], {
    cwd: projectRoot,
    env,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { outDir, code, output: stripAnsi(output) };
}

/**
 * The test runner's environment without what Vitest adds to it (BASE_URL=/, MODE=test, DEV=1…):
 * Astro would read those as the build's own, and BASE_URL would override BASE_PATH.
 */
function inheritedEnv(): Record<string, string> {
  const vitestOnly = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !vitestOnly.has(entry[0]) && !entry[0].startsWith('VITEST')),
  );
}

function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
