/**
 * The content gate compiles every MDX text on every build (src/integrations/content-gate.ts),
 * even on a host that keeps Astro's cache folder and so does not compile unchanged texts again.
 * A remembered check gives back the result of a text checked before, by the same checker, instead
 * of compiling it again: the result depends only on the checker's code, the file and its text.
 */
import { createHash } from 'node:crypto';
import type { MdxBodyCheck } from './content-reader.ts';

type Found = ReturnType<MdxBodyCheck>;

/** What a remembered check keeps between builds: each result, by the digest of checker, file and text. */
export type RememberedResults = Record<string, Found>;

export interface RememberedCheck {
  check: MdxBodyCheck;
  /** The results of this run's texts, to keep for the next (texts no longer there are left out). */
  results: () => RememberedResults;
}

/** `check`, answering from `earlier` what the checker with `fingerprint` has already found for the same file and text. */
export function rememberedCheck(check: MdxBodyCheck, fingerprint: string, earlier: RememberedResults = {}): RememberedCheck {
  const now: RememberedResults = {};
  return {
    check: (text, file) => {
      const key = createHash('sha256').update(`${fingerprint}\u0000${file}\u0000${text}`).digest('hex');
      now[key] ??= earlier[key] ?? check(text, file);
      return now[key];
    },
    results: () => now,
  };
}
