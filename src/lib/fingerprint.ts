/** Fingerprints of code, so that what a cache keeps is used only with the code that made it. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Paths from the folder of the module at `moduleUrl` (its `import.meta.url`), for the files a
 * fingerprint reads; not `new URL(path, import.meta.url)`, which Vite turns into asset imports.
 */
export function besideModule(moduleUrl: string): (path: string) => string {
  const folder = dirname(fileURLToPath(moduleUrl));
  return (path) => join(folder, path);
}

/** A fingerprint of `files` and of the versions `lockFile` (package-lock.json) gives `packages`. */
export function fingerprintOf(files: readonly string[], lockFile: string, packages: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { packages: Record<string, { version?: string }> };
  for (const name of packages) hash.update(`${name}@${lock.packages[`node_modules/${name}`]?.version}`);
  return hash.digest('hex');
}
