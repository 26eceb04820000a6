/**
 * `theme:` in `content/conference.yaml`: the conference's visual identity (docs/editing.md,
 * "Visual identity"). Colours are checked here for WCAG AA contrast against every background
 * they are drawn on, in the light and the dark scheme, so a failing colour stops the build
 * (and `npm run check`) with the field, the contrast found and the contrast needed.
 */
import { z } from 'astro/zod';
import { contrastRatio, formatRatio, isHexColour } from '../lib/contrast.ts';
import { schemeColours, type SchemeName } from '../lib/theme-colours.ts';
import { expected, localizedText } from './fields.ts';

const colour = z.string({ error: expected('a colour written "#rrggbb", e.g. "#1a5fb4"') }).refine(isHexColour, { error: expected('a colour written "#rrggbb", e.g. "#1a5fb4"') });

/** A file in the content folder, by its path there, e.g. "theme/logo.svg". */
const contentFile = (kinds: readonly string[]) =>
  z
    .string({ error: expected(`the path of a ${kinds.join(' or ')} file in the content folder, e.g. "theme/logo.${kinds[0]}"`) })
    .refine((path) => !path.startsWith('/') && !path.split('/').includes('..') && kinds.some((kind) => path.toLowerCase().endsWith(`.${kind}`)), {
      error: expected(`the path of a ${kinds.join(' or ')} file inside the content folder, e.g. "theme/logo.${kinds[0]}"`),
    });

const schemeSchema = z.strictObject({
  /** Links, buttons and headings' marks: drawn as text, so at least 4.5:1 against the page and panel backgrounds and against the button label. */
  primary: colour,
  /** The band at the top of the header, focus rings and current-page marks: at least 3:1 against the page and panel backgrounds. */
  accent: colour,
});

export const themeSchema = z
  .strictObject({
    /** The mark shown in the header of every page, on the root and 404 pages and on social images. */
    logo: z.strictObject({
      /** The logo, SVG or PNG, by its path in the content folder, e.g. "theme/logo.svg". */
      file: contentFile(['svg', 'png']),
      /** Optional: a variant drawn for dark backgrounds, used in the visitor's dark scheme. */
      dark: contentFile(['svg', 'png']).optional(),
      /** What the logo says, per language, read out by screen readers, e.g. "Centre for Innovation in Parliament". */
      alt: localizedText,
    }),
    /** Colours on light backgrounds (the default scheme). */
    light: schemeSchema,
    /** Colours on dark backgrounds (the visitor's dark scheme). */
    dark: schemeSchema,
    /** Optional: a picture on the home page, after its first screen on a phone, e.g. the venue; resized by the image pipeline. */
    hero: z
      .strictObject({
        /** The picture, JPEG, PNG or WebP, by its path in the content folder; at least 1600 pixels wide looks sharp everywhere. */
        file: contentFile(['jpg', 'jpeg', 'png', 'webp']),
        /** What the picture shows, per language, for people who cannot see it. */
        alt: localizedText,
      })
      .optional(),
    /** Optional: the browser-tab icon, SVG or PNG (square); default: the logo. */
    favicon: contentFile(['svg', 'png']).optional(),
  })
  .superRefine((theme, ctx) => {
    for (const scheme of ['light', 'dark'] as const satisfies readonly SchemeName[]) {
      for (const problem of contrastProblems(scheme, theme[scheme])) {
        ctx.addIssue({ code: 'custom', path: [scheme, problem.field], input: theme[scheme][problem.field], message: problem.message });
      }
    }
  });

export type Theme = z.output<typeof themeSchema>;

/** Every pair a colour is drawn in that falls short of WCAG AA, in words an editor can act on. */
export function contrastProblems(scheme: SchemeName, colours: { primary: string; accent: string }): { field: 'primary' | 'accent'; message: string }[] {
  if (!isHexColour(colours.primary) || !isHexColour(colours.accent)) return [];
  const { page, panel, buttonLabel } = schemeColours[scheme];
  const pairs = [
    { field: 'primary', against: page, what: `the ${scheme} page background`, needed: 4.5 },
    { field: 'primary', against: panel, what: `the ${scheme} panel background`, needed: 4.5 },
    { field: 'primary', against: buttonLabel, what: `the button label colour`, needed: 4.5 },
    { field: 'accent', against: page, what: `the ${scheme} page background`, needed: 3 },
    { field: 'accent', against: panel, what: `the ${scheme} panel background`, needed: 3 },
  ] as const;
  return pairs.flatMap(({ field, against, what, needed }) => {
    const found = contrastRatio(colours[field], against);
    return found >= needed
      ? []
      : [{ field, message: `contrast ${formatRatio(found)} found between ${colours[field]} and ${what} ${against}, needs at least ${needed}:1 (WCAG AA); choose a ${scheme === 'light' ? 'darker' : 'lighter'} colour` }];
  });
}
