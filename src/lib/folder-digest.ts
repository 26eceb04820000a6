/** A digest of a folder's files, to notice any change to what a build reads from it. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { inBatches } from './batches.ts';

const readTogether = 64;

/** Every file under `dir`, by its path from `dir` with `/`. */
export async function filesUnder(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every file under `dir` (its path from `dir`, with `/`, and its bytes) except those `leaveOut` names, in a stable order. */
export async function folderDigest(dir: string, leaveOut: (path: string) => boolean = () => false): Promise<string> {
  const paths = (await filesUnder(dir)).filter((path) => !leaveOut(path)).sort();
  const hash = createHash('sha256');
  // Files read side by side (one at a time waits on the disk for each of thousands), hashed in
  // order; batches also keep a folder of large photos and documents out of memory at once.
  await inBatches(paths, readTogether, (path) => readFile(join(dir, path)), (bytes, path) => {
    hash.update(`${path}\u0000`);
    hash.update(bytes);
    hash.update('\u0000');
  });
  return hash.digest('hex');
}
