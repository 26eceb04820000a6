/**
 * The one build warning the configuration drops (astro.config.mjs): the bundler's note on the
 * directive Astro writes for every MDX file. Any other warning, including the same kind for
 * another directive, still reaches the output.
 */
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

type Warning = { code: string; message: string };
const onwarn = (config.vite?.build?.rolldownOptions as { onwarn: (warning: Warning, warn: (warning: Warning) => void) => void }).onwarn;
const shown = (warning: Warning) => {
  const passed: Warning[] = [];
  onwarn(warning, (w) => passed.push(w));
  return passed;
};

describe('build warnings', () => {
  it('drops the note on "use astro:head-inject", which nothing reads after bundling', () => {
    const note = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "content/home/en.mdx?astroPropagatedAssets" may not be preserved when bundling.' };
    expect(shown(note)).toEqual([]);
  });

  it('shows every other warning', () => {
    const others = [
      { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved when bundling.' },
      { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: src/a.ts -> src/b.ts -> src/a.ts' },
      { code: 'UNRESOLVED_IMPORT', message: '"use astro:head-inject" could not be resolved' },
    ];
    for (const warning of others) expect(shown(warning)).toEqual([warning]);
  });
});
