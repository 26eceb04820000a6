/**
 * Field types shared by the content schemas. Every error names what was found and what
 * is expected, because editors read these messages, not the code.
 */
import { z } from 'astro/zod';
import { isValidDay, isValidTime, isValidTimeZone } from '../lib/time.ts';
import { isSlug } from '../lib/urls.ts';

/** Renders a found value for an error message. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  return JSON.stringify(value);
}

/** An error callback: "expected <what>, found <value>". */
export const expected =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    `expected ${what}, found ${shown(issue.input)}`;

/**
 * The fields of one content file. Whole-file mistakes get messages of their own: an empty file,
 * and a field the file does not have (often a misspelt one, or an Astro `slug`, which would
 * otherwise rename the entry).
 */
export function fileObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return `unexpected field ${issue.keys.map((key) => `"${key}"`).join(', ')}; expected only: ${fields}`;
      if (issue.input === undefined || issue.input === null) return `expected the fields ${fields}, found an empty file`;
      return undefined;
    },
  });
}

/** The id of another entry (its file or folder name): lowercase letters, digits and hyphens. */
export const entryId = (collection: string) =>
  z
    .string({ error: expected(`the id of a file in the ${collection}/ folder of the content (its name without extension)`) })
    .refine(isSlug, { error: expected(`the id of a file in the ${collection}/ folder: lowercase letters, digits and hyphens`) })
    // Read by the CMS configuration (src/cms/), which offers a choice among that folder's entries.
    .meta({ references: collection });

/** A conference day. YAML turns an unquoted 2021-06-16 into a date, so both forms are accepted. */
export const day = z
  .union([z.string(), z.date()], { error: expected('a day written YYYY-MM-DD, e.g. 2021-06-16') })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(isValidDay, { error: expected('a real day written YYYY-MM-DD, e.g. 2021-06-16') });

/** A wall-clock time in the conference's time zone. */
export const time = z
  .string({ error: expected('a time in quotes, 24-hour HH:MM, e.g. "14:00"') })
  .refine(isValidTime, { error: expected('a 24-hour time HH:MM, e.g. "14:00"') });

const instantExpected = expected('a date-time with its UTC offset, e.g. "2021-06-04T23:59:00+02:00"');
/** An instant with its zone. YAML turns unquoted ISO date-times into dates, so both forms are accepted. */
export const instant = z
  // The text form carries the message too: a wrongly written text fails there, not in the union.
  .union([z.iso.datetime({ offset: true, error: instantExpected }), z.date()], { error: instantExpected })
  .transform((value) => (value instanceof Date ? value : new Date(value)));

/** An IANA time zone such as Europe/Paris. */
export const timeZone = z
  .string({ error: expected('an IANA time zone name, e.g. "Europe/Paris"') })
  .refine(isValidTimeZone, { error: expected('an IANA time zone name, e.g. "Europe/Paris"') });

/** A language code as used in URLs: `en`, `fr`, `pt-br`. */
export const localeCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, { error: expected('a lowercase language code such as "en", "fr" or "pt-br"') });

/** One text per language, e.g. `{ en: Library, fr: Bibliothèque }`. Missing languages fall back visibly. */
export const localizedText = z.record(localeCode, z.string({ error: expected('a text') }).min(1, { error: expected('a non-empty text') }), {
  error: expected('one text per language, e.g. "en: …" and "fr: …" on separate indented lines'),
});

/** A web address starting with https://: visitors are never sent to an unencrypted page. */
export const webUrl = z.url({ protocol: /^https$/, error: expected('a web address starting with https://') });

/** A language, e.g. "en" or "pt-BR": the language of a session, or of its interpretation. */
export const languageTag = z
  .string({ error: expected('a language code such as "en" or "fr"') })
  .refine((value) => /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(value) && Intl.getCanonicalLocales(value).length === 1, {
    error: expected('a language code such as "en" or "fr"'),
  });

/** A labelled link (an outcome: a report, a declaration), to a web page. */
export const labelledLink = z.strictObject({
  /** What it is, per language, e.g. "Conference report". */
  label: localizedText,
  /** Its web address. */
  url: webUrl,
});

/**
 * Material of a session (slides, a document): a label per language, and either a web address
 * or a file in the content folder, e.g. `files/slides.pdf`, which the site publishes.
 */
export const linkedMaterial = z
  .strictObject({
    /** What it is, per language, e.g. "Slides". */
    label: localizedText,
    /** A web address, or… */
    url: webUrl.optional(),
    /** …a file under content/, e.g. "files/opening-slides.pdf" (lowercase letters, digits, hyphens). */
    file: z
      .string()
      .regex(/^files\/[a-z0-9][a-z0-9-]*\.[a-z0-9]+$/, { error: expected('a file in the files/ folder of the content, e.g. "files/slides.pdf"') })
      .optional(),
  })
  .refine((material) => (material.url === undefined) !== (material.file === undefined), {
    error: (issue) => `expected either a url or a file (one of them), found ${JSON.stringify(Object.keys(issue.input as object).filter((key) => key !== 'label'))}`,
  });
