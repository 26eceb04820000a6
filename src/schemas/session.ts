/**
 * A session lives in its own folder, `content/sessions/<id>/`, one `index.<lang>.mdx` per
 * language (an entry folder, src/schemas/entry-folder.ts):
 * - the default language's file holds, in its front matter, the facts that are the same in
 *   every language (sessionFacts);
 * - every language's file holds its title, summary and keywords (sessionTexts), and the
 *   description below the front matter.
 */
import { z } from 'astro/zod';
import { entryFolder } from './entry-folder.ts';
import { day, entryId, expected, languageTag, linkedMaterial, time, webUrl } from './fields.ts';

const sessionFacts = {
  /** The day it takes place, YYYY-MM-DD, in the conference's time zone. */
  day,
  /** Start time on the conference's clock, in quotes, e.g. "14:00". */
  start: time,
  /** End time on the conference's clock, in quotes, e.g. "15:30". */
  end: time,
  /** The kind of session: the id of a file in content/formats/. */
  format: entryId('formats'),
  /** Who it is for: ids of files in content/audiences/ (at least one). */
  audiences: z.array(entryId('audiences'), { error: expected('a list of audience ids, e.g. [ict, library-research]') }).min(1, {
    error: expected('at least one audience id'),
  }),
  /** Optional: the programme theme, the id of a file in content/themes/. */
  theme: entryId('themes').optional(),
  /** Optional: where it takes place, the id of a file in content/rooms/; sessions in different rooms can run at the same time. */
  room: entryId('rooms').optional(),
  /** Optional: people speaking, ids of files in content/speakers/. */
  speakers: z.array(entryId('speakers')).default([]),
  /** Optional: people moderating, ids of files in content/speakers/. */
  moderators: z.array(entryId('speakers')).default([]),
  /** true while the time or content is not confirmed; the page then says it is provisional. */
  provisional: z.boolean({ error: expected('true or false') }).default(false),
  /** scheduled (default) or cancelled: a cancelled session stays listed, marked as cancelled. */
  status: z.enum(['scheduled', 'cancelled'], { error: expected('scheduled or cancelled') }).default('scheduled'),
  /** Optional: a public page where the session is streamed live; "Watch live" links to it from 15 minutes before the start. */
  stream: webUrl.optional(),
  /** Optional, once published: the web address of the session's recording. */
  recording: webUrl.optional(),
  /** Optional: slides and documents, each with a label per language and a web address or a file under content/. */
  resources: z.array(linkedMaterial, { error: expected('a list of resources, each with a label and a url or a file') }).default([]),
  /** Optional: the language spoken, e.g. "en". Leave it out when not known. */
  language: languageTag.optional(),
  /** Optional: the languages of simultaneous interpretation, e.g. [fr, es]. */
  interpretation: z.array(languageTag, { error: expected('a list of language codes, e.g. [fr, es]') }).default([]),
};

/** Longest session title: titles appear in lists, browser tabs, calendars and search results. */
export const maxTitleLength = 150;

const sessionTexts = {
  /** The session title in this language, at most 150 characters. */
  title: z
    .string({ error: expected('a title in quotes') })
    .min(1)
    .max(maxTitleLength, { error: (issue) => `expected a title of at most ${maxTitleLength} characters, found ${String(issue.input).length}` }),
  /** One or two sentences shown in the programme list. */
  summary: z.string({ error: expected('a one- or two-sentence summary') }).min(1),
  /** Optional: extra words the site search should find this session by (never shown), e.g. [AI, chatbots]. */
  keywords: z.array(z.string().min(1), { error: expected('a list of words, e.g. [AI, chatbots]') }).optional(),
};

export const sessionFolder = entryFolder(sessionFacts, sessionTexts);

/** The facts of a session, from its default language's file. */
export type SessionData = z.output<typeof sessionFolder.facts>;
