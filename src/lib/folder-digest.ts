/** A digest of a folder's files, to notice any change to what a build reads from it. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (its path from `dir`, with `/`, and its bytes) except those `leaveOut` names, in a stable order. */
export async function folderDigest(dir: string, leaveOut: (path: string) => boolean = () => false): Promise<string> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = found
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !leaveOut(path))
    .sort();
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(`${path}\u0000`);
    hash.update(await readFile(join(dir, path)));
    hash.update('\u0000');
  }
  return hash.digest('hex');
}
