/**
 * The content gate's MDX check, remembered between builds (src/lib/remembered-check.ts): a text
 * is compiled again whenever its file, its text or the checker changed, and only then.
 */
import { describe, expect, it } from 'vitest';
import type { MdxBodyCheck } from '../../src/lib/content-reader.ts';
import { rememberedCheck } from '../../src/lib/remembered-check.ts';

/** A stand-in for the MDX compile that finds a problem in any "{", and counts its calls. */
function counting(): { check: MdxBodyCheck; calls: string[] } {
  const calls: string[] = [];
  const check: MdxBodyCheck = (text, file) => {
    calls.push(file);
    return text.includes('{') ? [{ field: '(text)', found: 'a "{"', expected: '\\{' }] : [];
  };
  return { check, calls };
}

describe('a remembered MDX check', () => {
  it('gives the checker’s results, problems included, and compiles each text once per build', () => {
    const inner = counting();
    const remembered = rememberedCheck(inner.check, 'checker-1');
    expect(remembered.check('Plain text.', 'a.mdx')).toEqual([]);
    expect(remembered.check('A { brace.', 'b.mdx')).toEqual(inner.check('A { brace.', 'b.mdx'));
    expect(remembered.check('Plain text.', 'a.mdx')).toEqual([]);
    expect(inner.calls).toEqual(['a.mdx', 'b.mdx', 'b.mdx']);
  });

  it('answers the next build from what the last one kept, for the same checker, file and text', () => {
    const first = rememberedCheck(counting().check, 'checker-1');
    first.check('Plain text.', 'a.mdx');
    first.check('A { brace.', 'b.mdx');
    const kept = JSON.parse(JSON.stringify(first.results()));

    const inner = counting();
    const next = rememberedCheck(inner.check, 'checker-1', kept);
    expect(next.check('A { brace.', 'b.mdx')).toEqual(first.check('A { brace.', 'b.mdx'));
    expect(next.check('Plain text.', 'a.mdx')).toEqual([]);
    expect(inner.calls).toEqual([]);
    // A changed text, the same text in another file, and another checker are compiled again.
    next.check('Plain text, edited.', 'a.mdx');
    next.check('Plain text.', 'c.mdx');
    rememberedCheck(inner.check, 'checker-2', kept).check('Plain text.', 'a.mdx');
    expect(inner.calls).toEqual(['a.mdx', 'c.mdx', 'a.mdx']);
  });

  it('keeps for the next build only the texts of this one', () => {
    const first = rememberedCheck(counting().check, 'checker-1');
    first.check('One.', 'a.mdx');
    first.check('Two.', 'b.mdx');
    const next = rememberedCheck(counting().check, 'checker-1', first.results());
    next.check('One.', 'a.mdx');
    expect(Object.keys(next.results())).toHaveLength(1);
  });
});
