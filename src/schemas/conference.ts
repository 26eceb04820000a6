/**
 * `content/conference.yaml`: the event itself. One file per site; everything the pages
 * say about dates, place, registration and languages comes from here.
 */
import { z } from 'astro/zod';
import { isFormatLocale } from '../lib/format.ts';
import { themeSchema } from './theme.ts';
import { day, expected, fileObject, instant, labelledLink, localeCode, localizedText, timeZone, webUrl } from './fields.ts';

export const localeSchema = z.strictObject({
  /** Language code used in URLs, e.g. "fr". */
  code: localeCode,
  /** The language's own name, shown in the language switcher, e.g. "Français". */
  label: z.string().min(1),
  /** Optional: "rtl" or "ltr"; worked out from the language when left out. */
  dir: z.enum(['ltr', 'rtl']).optional(),
  /** Optional: the locale dates, times and numbers are written in, e.g. "en-GB" or "ar-u-nu-latn" (Latin digits); default: code. */
  formatLocale: z.string().refine(isFormatLocale, { error: expected('a BCP 47 locale such as "en-GB" or "ar-u-nu-latn"') }).optional(),
});

export const conferenceSchema = fileObject({
    /** Full name per language. */
    name: localizedText,
    /** Short name per language, for the header and browser tabs. */
    shortName: localizedText,
    /** Optional: short id for event apps (schedule.xml), lowercase letters, digits, underscores, e.g. "wepc2021"; default: initials of shortName. */
    acronym: z.string().regex(/^[a-z0-9_]{4,}$/, { error: expected('at least 4 lowercase letters, digits or underscores, e.g. "wepc2021"') }).optional(),
    /** Edition number, e.g. 9 for the ninth conference. */
    edition: z.number({ error: expected('a whole number, e.g. 9') }).int().positive().optional(),
    /** First day, YYYY-MM-DD, in the conference's time zone. */
    startDate: day,
    /** Last day, YYYY-MM-DD (same as startDate for a one-day event). */
    endDate: day,
    /** IANA time zone all programme times are written in, e.g. Europe/Paris. */
    timeZone,
    /** How that zone is named to visitors, per language, e.g. "Paris time". */
    timeZoneName: localizedText,
    /** online, hybrid or in-person. */
    attendance: z.enum(['online', 'hybrid', 'in-person'], { error: expected('one of online, hybrid, in-person') }),
    /** Venue name and address per language; required unless the event is online. */
    venue: z.strictObject({ name: localizedText, address: localizedText }).optional(),
    /** Who organises it. */
    organiser: z.strictObject({
      /** Organisation name per language. */
      name: localizedText,
      /** Optional unit inside the organisation, per language. */
      unit: localizedText.optional(),
      /** The organisation's website. */
      url: webUrl,
    }),
    /** How to register. */
    registration: z.strictObject({
      /** The external registration page (opens in a new tab). */
      url: webUrl,
      /** Language of that page, so other-language visitors are told, e.g. "fr". */
      urlLanguage: localeCode.optional(),
      /** Last moment to register, with its UTC offset, e.g. "2021-06-04T23:59:00+02:00". */
      deadline: instant,
      /** Who registers, per language, e.g. "Parliaments register their delegations". */
      note: localizedText.optional(),
    }),
    /** Who to write to with questions. */
    contact: z.strictObject({
      /** Contact person's name as published (optional). */
      name: z.string().min(1).optional(),
      /** Contact e-mail address. */
      email: z.email({ error: expected('an e-mail address') }),
    }),
    /** Optional: where recordings are published after the event. */
    recordingsUrl: webUrl.optional(),
    /** Optional: what the conference produced (a report, a declaration), each a label per language and a web address; the home page lists them once the event is over. */
    outcomes: z.array(labelledLink, { error: expected('a list of outcomes, each with a label and a url') }).default([]),
    /** The site's languages, in switcher order. */
    locales: z.array(localeSchema).min(1, { error: expected('at least one language') }),
    /** The language used when a text is missing in another, and for the site root. */
    defaultLocale: localeCode,
    /** Optional: the visual identity (logo, colours, hero picture), see src/schemas/theme.ts; a neutral one when left out. */
    theme: themeSchema.optional(),
  })
  .superRefine((conference, ctx) => {
    const codes = conference.locales.map((locale) => locale.code);
    if (!codes.includes(conference.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLocale'], input: conference.defaultLocale, message: `expected one of the codes listed in locales (${codes.join(', ')}), found "${conference.defaultLocale}"` });
    }
    conference.locales.forEach((locale, index) => {
      const format = locale.formatLocale;
      if (format && isFormatLocale(format) && new Intl.Locale(format).language !== new Intl.Locale(locale.code).language) {
        ctx.addIssue({ code: 'custom', path: ['locales', index, 'formatLocale'], input: format, message: `expected a locale of the language "${locale.code}", e.g. "${locale.code}-…", found "${format}"` });
      }
    });
    const duplicate = codes.find((code, index) => codes.indexOf(code) !== index);
    if (duplicate) ctx.addIssue({ code: 'custom', path: ['locales'], message: `expected each language once, found "${duplicate}" twice` });
    if (conference.endDate < conference.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `expected a day on or after startDate ${conference.startDate}, found ${conference.endDate}` });
    }
    if (conference.attendance !== 'online' && !conference.venue) {
      ctx.addIssue({ code: 'custom', path: ['venue'], message: `expected a venue because attendance is "${conference.attendance}", found nothing` });
    }
  });

export type Conference = z.output<typeof conferenceSchema>;
