/**
 * A speaker or moderator lives in its own folder, `content/speakers/<id>/`, and sessions name
 * them by that id. One file per language, `index.<lang>.mdx`, whose text is the biography:
 * - the default language's file (conference.yaml `defaultLocale`) also holds what is the same
 *   in every language: the name, the photo and the links;
 * - every file holds that language's role and affiliation.
 * A photo sits beside the files, e.g. `photo.jpg`; without one the site draws the person's initials.
 */
import { z } from 'astro/zod';
import { expected, fileObject, webUrl } from './fields.ts';

/** Image files a photo may be: what the site's image pipeline reads. */
export const photoExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

export const speakerSchema = fileObject({
  /** The name as the person wants it published (default language's file only). */
  name: z.string({ error: expected('a name in quotes') }).min(1).optional(),
  /** Optional, default language's file only: a photo beside this file, e.g. "photo.jpg", published with the person's consent; without one the site shows their initials. */
  photo: z
    .string({ error: expected('the file name of a photo beside this file, e.g. "photo.jpg"') })
    .regex(new RegExp(`^[a-z0-9][a-z0-9-]*\\.(${photoExtensions.join('|')})$`), {
      error: expected(`a photo file name in lowercase, ending in ${photoExtensions.map((e) => `.${e}`).join(', ')}, e.g. "photo.jpg"`),
    })
    .optional(),
  /** Optional, default language's file only: the person's own website. */
  website: webUrl.optional(),
  /** Optional, default language's file only: profiles elsewhere (social networks, ORCID…), each a web address; shown by the site's name. */
  profiles: z.array(webUrl, { error: expected('a list of web addresses, e.g. ["https://…"]') }).optional(),
  /** Optional: the person's role or position in this language, e.g. "Director of Information Technology". */
  role: z.string({ error: expected('a role in quotes') }).min(1).optional(),
  /** Optional: the organisation they belong to, in this language, e.g. "National Assembly of Examplia". */
  affiliation: z.string({ error: expected('an organisation in quotes') }).min(1).optional(),
});

/** Fields that are the same in every language, so only the default language's file may have them. */
export const languageNeutralSpeakerFields = ['name', 'photo', 'website', 'profiles'] as const;

export type SpeakerData = z.output<typeof speakerSchema>;
