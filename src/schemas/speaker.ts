/** `content/speakers/<id>.yaml`: a speaker or moderator, referenced from sessions by id. */
import { z } from 'astro/zod';
import { fileObject, localizedText, webUrl } from './fields.ts';

export const speakerSchema = fileObject({
  /** Name as the person wants it published. */
  name: z.string().min(1),
  /** Role and organisation per language, e.g. "Director, National Library". */
  role: localizedText.optional(),
  /** Optional profile page. */
  url: webUrl.optional(),
});
