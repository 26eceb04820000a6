/** Texts written per language: `content/letter/index.<lang>.mdx` and `content/home/index.<lang>.mdx`. */
import { z } from 'astro/zod';
import { day, expected, fileObject } from './fields.ts';

export const letterSchema = fileObject({
  /** Page title, e.g. "Invitation letter". */
  title: z.string().min(1),
  /** Where it was written, e.g. "Paris". */
  place: z.string().min(1),
  /** Date of the letter, YYYY-MM-DD. */
  date: day,
  /** Line addressing the recipients, above the date. */
  recipients: z.string().optional(),
  /** Opening salutation, e.g. "Dear Speaker,". */
  salutation: z.string().min(1),
  /** Optional closing formula, shown above the signature. */
  closing: z.string().optional(),
  /** Name of the person signing. */
  signatory: z.string().min(1),
  /** Their title, e.g. "Secretary General". */
  signatoryTitle: z.string().min(1),
});

export const homeSchema = fileObject({
  /** Main heading of the home page. */
  title: z.string({ error: expected('a heading in quotes') }).min(1),
  /** One or two sentences saying what the event is; also the page description for search engines. */
  lead: z.string({ error: expected('one or two sentences') }).min(1).max(300, { error: expected('at most 300 characters') }),
});
