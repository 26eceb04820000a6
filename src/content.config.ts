/**
 * The content model. Each collection reads one part of the content folder; the schemas,
 * with a comment on every field, are in src/schemas/. Cross-references between
 * collections (a session's audiences, format, theme, speakers) are checked when the
 * site is assembled, in src/data/site.ts, because Astro's reference() does not check them.
 */
import type { ImageMetadata } from 'astro';
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { conferenceFile, entryFolderFiles, filesIn, languageFiles, speakerFolders } from './data/loaders.ts';
import { withHeroImage } from './data/theme-image.ts';
import { dictionaryFiles } from './i18n/loader.ts';
import { conferenceSchema } from './schemas/conference.ts';
import { homeSchema, letterSchema } from './schemas/pages.ts';
import { sessionFolder } from './schemas/session.ts';
import { roomSchema } from './schemas/room.ts';
import { speakerSchema } from './schemas/speaker.ts';
import { taxonomySchema } from './schemas/taxonomy.ts';

export const collections = {
  /** content/conference.yaml; its hero picture goes through the image pipeline (src/data/theme-image.ts). */
  conference: defineCollection({ loader: conferenceFile(), schema: ({ image }) => conferenceSchema.transform(withHeroImage(image)) }),
  /** content/home/index.<lang>.mdx: the home page introduction. */
  home: defineCollection({ loader: languageFiles('home'), schema: homeSchema }),
  /** content/letter/index.<lang>.mdx: the invitation letter. */
  letter: defineCollection({ loader: languageFiles('letter', { optional: true }), schema: letterSchema }),
  /**
   * content/sessions/<id>/index.<lang>.mdx: title, summary and description per language; the
   * default language's file also holds the facts (when, what kind, for whom), which
   * src/data/site.ts takes from it with assembleEntryFolders.
   */
  sessions: defineCollection({ loader: entryFolderFiles('sessions'), schema: sessionFolder.file }),
  /** content/audiences/<id>.yaml */
  audiences: defineCollection({ loader: filesIn('audiences', 'yaml'), schema: taxonomySchema }),
  /** content/formats/<id>.yaml */
  formats: defineCollection({ loader: filesIn('formats', 'yaml'), schema: taxonomySchema }),
  /** content/themes/<id>.yaml */
  themes: defineCollection({ loader: filesIn('themes', 'yaml', { optional: true }), schema: taxonomySchema }),
  /** content/rooms/<id>.yaml: optional rooms, stages or channels. */
  rooms: defineCollection({ loader: filesIn('rooms', 'yaml', { optional: true }), schema: roomSchema }),
  /** content/speakers/<id>/index.<lang>.mdx: a person's name, photo and links, role and biography per language. */
  speakers: defineCollection({
    loader: speakerFolders(),
    // The photo's name is checked, then it becomes an image the pages can resize (astro:assets);
    // image() is typed by its output, so its string input is stated here.
    schema: ({ image }) => speakerSchema.extend({ photo: speakerSchema.shape.photo.unwrap().pipe(image() as unknown as z.ZodType<ImageMetadata, string>).optional() }),
  }),
  /** content/i18n/<lang>.yaml: the conference's own interface strings (src/i18n/loader.ts). */
  i18n: defineCollection({ loader: dictionaryFiles() }),
};
