/**
 * WCAG 2.2 contrast between two sRGB colours written as "#rrggbb" or "#rgb"
 * (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), to check a theme's colours at build time.
 */

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** True for a colour written "#rgb" or "#rrggbb". */
export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

function channels(hex: string): [number, number, number] {
  if (!isHexColour(hex)) throw new Error(`expected a colour such as "#1a5fb4", found "${hex}"`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1);
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16) / 255) as [number, number, number];
}

/** Relative luminance, 0 for black to 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, from 1 (the same) to 21 (black on white); order does not matter. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The ratio as people write it, rounded down so a shown "4.5:1" never hides 4.49: e.g. "4.48:1". */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 100) / 100}:1`;
}
