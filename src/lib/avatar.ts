/**
 * The picture shown for a person without a photo: their initials on a coloured disc, drawn as
 * inline SVG by the page itself, so it costs no request and no other host ever sees a visitor.
 */

/** Made once: a build draws thousands of discs, and an `Intl.Segmenter` is slow to build. */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The Arabic article written onto a family name ("الحسن"): the name's own first letter is the
 * one after it, or every such name would show the same alif.
 */
const ARABIC_ARTICLE = /^ال(?=\p{L}{2})/u;

/** Up to two initials: of the first and the last word of the name, whatever the script. */
export function initials(name: string): string {
  const words = name.trim().split(/[\s\-‐]+/u).filter((word) => /\p{L}/u.test(word));
  const picked = words.length > 1 ? [words[0]!, words.at(-1)!] : words.slice(0, 1);
  return picked
    .map((word) => segmenter.segment(word.replace(/^[^\p{L}]+/u, '').replace(ARABIC_ARTICLE, '')).containing(0)?.segment ?? '')
    .join('')
    .toLocaleUpperCase();
}

/**
 * Background colours for the discs: each dark enough for white initials to reach a contrast of
 * at least 4.5:1 (WCAG AA), and different enough to tell people apart in a list.
 */
export const avatarColours = ['#1f5f8b', '#7a3b8f', '#2e6b3a', '#8a4b08', '#a1283f', '#3d4f9a', '#4b5563', '#00695c'] as const;

/** The same colour for a person on every page and in every build: picked from their id. */
export function avatarColour(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return avatarColours[hash % avatarColours.length]!;
}
