/**
 * A clean build of valid content prints no warning, so the one an editor must act on is not lost
 * among harmless ones (docs/quality.md). The example conference has no themes, no interface
 * strings of its own and a code block, each of which once made Astro warn.
 */
import { describe, expect, inject, it } from 'vitest';

const outputs = inject('buildOutput');

describe('the build output', () => {
  it.each(Object.keys(outputs) as (keyof typeof outputs)[])('of the %s build has no warning line', (name) => {
    const output = outputs[name];
    expect(output).toMatch(/\[build\] Complete!/);
    expect(output.split('\n').filter((line) => /\bwarn(ing)?\b/i.test(line))).toEqual([]);
  });
});
