import { describe, expect, it } from 'vitest';
import { memoised } from '../../src/lib/memo.ts';

describe('memoised', () => {
  it('makes a value once per key and returns the stored one afterwards', () => {
    const cache = new Map<string, number>();
    let made = 0;
    const make = () => ++made;
    expect(memoised(cache, 'a', make)).toBe(1);
    expect(memoised(cache, 'a', make)).toBe(1);
    expect(memoised(cache, 'b', make)).toBe(2);
    expect(made).toBe(2);
  });

  it('keeps a stored undefined instead of making it again', () => {
    const cache = new Map<string, undefined>();
    let made = 0;
    memoised(cache, 'x', () => void made++);
    memoised(cache, 'x', () => void made++);
    expect(made).toBe(1);
  });
});
