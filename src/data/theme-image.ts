/**
 * The hero picture of `theme:` handed to Astro's image pipeline. conference.yaml names it by its
 * path in the content folder, which is also its path from conference.yaml itself, so the
 * collection's image() helper resolves it and pages receive an image astro:assets can resize
 * (src/data/theme.ts, HomeView). The file is looked for first, so a missing one is reported with
 * its field instead of as an import that fails later in the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentFolder } from '../lib/content-reader.ts';
import type { Theme } from '../schemas/theme.ts';

/** A transform for the conference collection's schema, given the collection's `image` helper. */
export function withHeroImage(image: () => z.ZodType) {
  return async <C extends { theme?: Theme | undefined }>(conference: C, ctx: z.core.$RefinementCtx<C>): Promise<C> => {
    const hero = conference.theme?.hero;
    if (!hero) return conference;
    const folder = contentFolder();
    if (!existsSync(join(folder, hero.file))) {
      ctx.addIssue({ code: 'custom', path: ['theme', 'hero', 'file'], input: hero.file, message: `expected a picture at ${folder}/${hero.file}, found none (paths are relative to the content folder)` });
      return conference;
    }
    // image() gives a marked path that Astro replaces with the resized image's metadata when the entry is read.
    const file = (await image().parseAsync(hero.file)) as string;
    return { ...conference, theme: { ...conference.theme!, hero: { ...hero, file } } };
  };
}
