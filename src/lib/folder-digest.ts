/** A digest of a folder's files, to notice any change to what a build reads from it. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const readTogether = 64;

/** Every file under `dir` (its path from `dir`, with `/`, and its bytes) except those `leaveOut` names, in a stable order. */
export async function folderDigest(dir: string, leaveOut: (path: string) => boolean = () => false): Promise<string> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = found
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !leaveOut(path))
    .sort();
  const hash = createHash('sha256');
  // A batch of files read side by side (one at a time waits on the disk for each of thousands),
  // hashed in order; batches keep a folder of large photos and documents out of memory at once.
  for (let start = 0; start < paths.length; start += readTogether) {
    const batch = paths.slice(start, start + readTogether);
    const contents = await Promise.all(batch.map((path) => readFile(join(dir, path))));
    batch.forEach((path, index) => {
      hash.update(`${path}\u0000`);
      hash.update(contents[index]!);
      hash.update('\u0000');
    });
  }
  return hash.digest('hex');
}
