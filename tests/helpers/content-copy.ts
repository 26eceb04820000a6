/**
 * A throw-away copy of a content folder, for tests that break or extend content: a fixture such
 * as the example conference (tests/helpers/fixtures.ts), never the live content/, which the
 * generator tests do not depend on.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build.ts';

export async function copyContent(source: string): Promise<{ dir: string; edit: (file: string, change: (text: string) => string) => Promise<void> }> {
  const dir = join(await mkdtemp(join(tmpdir(), 'conference-content-')), 'content');
  await cp(join(projectRoot, source), dir, { recursive: true });
  return {
    dir,
    edit: async (file, change) => {
      const path = join(dir, file);
      await writeFile(path, change(await readFile(path, 'utf8')));
    },
  };
}
