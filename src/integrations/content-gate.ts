/**
 * Check and build read content through the same rules: before Astro loads a single
 * collection, the build runs `npm run check` on the content folder (src/lib/content-reader.ts,
 * with the MDX compile of src/integrations/mdx-body.ts) and stops with its message when
 * anything is wrong. So a file the site does not read, a file that is not UTF-8 or an
 * impossible date stops the build exactly as it stops the check, with the same words and no
 * stack trace. `astro dev` starts only on content that passes, for the same reason: Astro's
 * own loading would stop on the first mistake with a stack trace. (For mistakes made while the
 * dev server runs, `npm run check` gives the full list.) What it found in each MDX text is kept
 * in the cache folder, so a rebuild compiles only the texts that changed (src/lib/remembered-check.ts).
 * And under `npm run build`, which gives the code's digest, a content folder that passed with the
 * same code is not checked again (a second at 1,500 sessions instead of four).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, contentFolder } from '../lib/content-reader.ts';
import { besideModule, fingerprintOf } from '../lib/fingerprint.ts';
import { folderDigest } from '../lib/folder-digest.ts';
import { formatProblems } from '../lib/integrity.ts';
import { CODE_DIGEST } from '../lib/kept-build.ts';
import { rememberedCheck, type RememberedResults } from '../lib/remembered-check.ts';
import { checkMdxBody } from './mdx-body.ts';

/** The MDX check's code and the parser's version: a result is remembered only for them (src/lib/remembered-check.ts). */
function mdxCheckFingerprint(): string {
  const from = besideModule(import.meta.url);
  return fingerprintOf([from('mdx-body.ts'), from('safe-mdx.ts'), from('../lib/mdx-safety.ts')], from('../../package-lock.json'), ['satteri']);
}

/** What was checked: the content folder's files with the code's digest, or nothing without one (a plain `astro build` or `astro dev`). */
async function checkedDigest(dir: string): Promise<string | undefined> {
  const code = process.env[CODE_DIGEST];
  if (!code) return undefined;
  return createHash('sha256').update(`${code}\u0000${await folderDigest(dir)}`).digest('hex');
}

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** The results kept in the cache folder by the last build, if it left any that can be read. */
function readResults(file: string): RememberedResults {
  try {
    const kept: unknown = JSON.parse(readText(file) ?? '{}');
    return kept && typeof kept === 'object' && !Array.isArray(kept) ? (kept as RememberedResults) : {};
  } catch {
    return {};
  }
}

export function contentGate(): AstroIntegration {
  return {
    name: 'conference-site:content-gate',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const dir = contentFolder();
        const passed = fileURLToPath(new URL('content-gate-passed.txt', config.cacheDir));
        const digest = await checkedDigest(dir);
        if (digest && readText(passed) === digest) {
          logger.info('The content is as it was when it last passed this check with this code: not checked again.');
          return;
        }
        // On a host that keeps the cache folder, texts already checked are not compiled again.
        const kept = fileURLToPath(new URL('content-gate.json', config.cacheDir));
        const remembered = rememberedCheck(checkMdxBody, mdxCheckFingerprint(), readResults(kept));
        const problems = await checkContent(dir, dir, remembered.check);
        mkdirSync(dirname(kept), { recursive: true });
        writeFileSync(kept, JSON.stringify(remembered.results()));
        if (problems.length === 0) {
          if (digest) writeFileSync(passed, digest);
          return;
        }
        logger.error(`${formatProblems(problems)}\n\nWhat each message means and how to fix it: docs/editing.md, "When something is wrong".`);
        // An editor's mistake, not a program error: no stack trace, only the message above.
        process.exit(1);
      },
    },
  };
}
