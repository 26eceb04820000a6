/**
 * The social preview card (Open Graph / Twitter, 1200×630) as pieces a renderer composes:
 * the background as SVG, the texts as Pango markup (Pango shapes Arabic and lays out mixed
 * right-to-left text, src/data/social-images.ts), and where each piece goes on either side.
 */

export const CARD = { width: 1200, height: 630, margin: 80, logo: 104 } as const;

export interface CardColours {
  page: string;
  text: string;
  muted: string;
  primary: string;
  accent: string;
}

/** The card without its texts and logo: the page colour and the identity's two bands. */
export function cardBackground(colours: CardColours): string {
  const { width, height } = CARD;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${colours.page}"/><rect y="${height - 36}" width="${width}" height="36" fill="${colours.primary}"/><rect y="${height - 48}" width="${width}" height="12" fill="${colours.accent}"/></svg>`;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** A text as Pango markup in one family, colour and size (in pixels at 72 dpi). */
export function pangoText(text: string, { family, colour, size }: { family: string; colour: string; size: number }): string {
  const escaped = text.replace(/[&<>"']/g, (character) => escapes[character]!);
  return `<span font_family="${family}" foreground="${colour}" size="${Math.round(size * 1024)}">${escaped}</span>`;
}

/** Where a piece `width` pixels wide starts, from `inset` pixels inside the edge a line starts on. */
export function startOf(width: number, inset: number, dir: 'ltr' | 'rtl'): number {
  return dir === 'rtl' ? CARD.width - inset - width : inset;
}
