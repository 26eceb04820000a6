import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, isHexColour, relativeLuminance } from '../../src/lib/contrast.ts';

describe('contrast', () => {
  it('gives the luminance of black, white and a mid grey as WCAG defines it', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBe(1);
    // sRGB 0x80 = 128/255 → ((0.502 + 0.055) / 1.055) ^ 2.4 ≈ 0.2159
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('gives 21:1 for black on white and 1:1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#1a5fb4', '#1a5fb4')).toBe(1);
  });

  it('puts #767676 just above and #777777 just below 4.5:1 on white, the AA threshold', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('reads three-digit colours as their six-digit form', () => {
    expect(contrastRatio('#abc', '#fff')).toBe(contrastRatio('#aabbcc', '#ffffff'));
  });

  it('accepts only #rgb and #rrggbb', () => {
    expect(isHexColour('#1A5FB4')).toBe(true);
    expect(isHexColour('#abc')).toBe(true);
    expect(isHexColour('blue')).toBe(false);
    expect(isHexColour('#abcd')).toBe(false);
    expect(() => relativeLuminance('rgb(0,0,0)')).toThrow(/expected a colour/);
  });

  it('rounds a shown ratio down, so a failing 4.499 never reads as 4.5', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21:1');
  });
});
