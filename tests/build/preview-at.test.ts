/**
 * `npm run preview:at` builds into its own folder, never into dist/ (which may hold the site to
 * publish), serves the site as at the moment given, and stops the server when it is stopped.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, withBuildLock } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';

/** What dist/ holds now, to tell whether anything touched it. */
const distState = () => {
  const dist = join(projectRoot, 'dist');
  return existsSync(dist) ? readdirSync(dist, { recursive: true }).map((name) => `${name}:${statSync(join(dist, String(name))).mtimeMs}`).sort() : 'no dist/';
};

describe('npm run preview:at', () => {
  it('serves the site as at a moment from its own folder, leaves dist/ alone, and stops with the server', async () => {
    const content = await copyContent('examples/open-data-summit/content');
    const moment = '2025-11-01T09:30:00-04:00';
    const before = distState();
    await withBuildLock(async () => {
      const child = spawn(process.execPath, ['scripts/preview-at.ts', moment, '--port', '4467'], {
        cwd: projectRoot,
        env: { ...process.env, CONFERENCE_CONTENT: content.dir, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      let output = '';
      const exited = new Promise<number | null>((done) => child.on('exit', done));
      const url = await new Promise<string>((found, failed) => {
        const read = (chunk: Buffer) => {
          output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
          const match = /Local\s+(http:\/\/localhost:\d+\/)/.exec(output);
          if (match) found(match[1]!);
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        void exited.then(() => failed(new Error(`preview:at stopped before serving:\n${output}`)));
      });
      try {
        const html = await (await fetch(`${url}en/`)).text();
        expect(html).toContain(`data-preview-now="${new Date(moment).toISOString()}"`);
        expect(output).toContain('dist-preview-at');
      } finally {
        child.kill('SIGINT');
      }
      expect(await exited).not.toBeNull();
      await expect(fetch(`${url}en/`)).rejects.toThrow();
    });
    expect(existsSync(join(projectRoot, 'dist-preview-at/en/index.html'))).toBe(true);
    expect(distState()).toEqual(before);
  }, 300_000);
});
