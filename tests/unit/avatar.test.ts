import { describe, expect, it } from 'vitest';
import { avatarColour, avatarColours, initials } from '../../src/lib/avatar.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

describe('initials', () => {
  it('takes the first letter of the first and last names', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('María José de la Fuente')).toBe('MF');
    expect(initials('  Björn  ')).toBe('B');
  });

  it('keeps whole letters of other scripts and skips punctuation', () => {
    expect(initials('ليلى حداد')).toBe('لح');
    expect(initials('"Dr." Émile Zola')).toBe('DZ');
    expect(initials('Jean-Luc Picard')).toBe('JP');
  });

  it('takes an Arabic family name’s own first letter, after its article', () => {
    expect(initials('أحمد الحسن')).toBe('أح');
    expect(initials('عبد الله')).toBe('عل');
    expect(initials('الحسن')).toBe('ح');
  });

  it('gives nothing for a name without letters', () => {
    expect(initials('— 42')).toBe('');
  });
});

describe('avatarColour', () => {
  it('is stable for an id and spread over the palette', () => {
    expect(avatarColour('ada-lovelace')).toBe(avatarColour('ada-lovelace'));
    const used = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].map(avatarColour));
    expect(used.size).toBeGreaterThan(3);
  });

  it('has white initials readable on every colour (contrast ≥ 4.5:1)', () => {
    for (const colour of avatarColours) expect((1 + 0.05) / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
