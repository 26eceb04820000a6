import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { asHeading, formatDay, formatTimeRange, isFormatLocale } from '../../src/lib/format.ts';
import { conferenceSchema } from '../../src/schemas/conference.ts';

const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
// 12:00 and 13:30 UTC are 14:00 and 15:30 in Geneva in June (CEST, UTC+2).
const start = new Date('2021-06-16T12:00:00Z');
const end = new Date('2021-06-16T13:30:00Z');

describe('formatTimeRange', () => {
  it.each(['en-GB', 'fr', 'es', 'ar-u-nu-latn'])('gives the two ends on the zone’s clock and the separator %s writes between them', (locale) => {
    const range = formatTimeRange(start, end, locale, 'Europe/Zurich');
    expect([range.start, range.end]).toEqual(['14:00', '15:30']);
    const written = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Zurich', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatRange(start, end);
    expect(`${range.start}${range.separator}${range.end}`).toBe(written);
  });

  it('writes the digits the locale asks for', () => {
    const latin = formatTimeRange(start, end, 'ar-u-nu-latn', 'Europe/Zurich');
    const arabicIndic = formatTimeRange(start, end, 'ar-u-nu-arab', 'Europe/Zurich');
    expect(`${latin.start}${latin.end}`).not.toMatch(ARABIC_INDIC_DIGIT);
    expect(arabicIndic.start).toMatch(ARABIC_INDIC_DIGIT);
    expect(arabicIndic.end).toMatch(ARABIC_INDIC_DIGIT);
  });
});

describe('isFormatLocale', () => {
  it('accepts BCP 47 tags with regions and Unicode extensions', () => {
    for (const tag of ['ar', 'en-GB', 'ar-u-nu-latn', 'pt-BR']) expect(isFormatLocale(tag), tag).toBe(true);
  });

  it('rejects what Intl rejects', () => {
    for (const tag of ['en_GB', 'not a locale', '', 'ar--latn']) expect(isFormatLocale(tag), tag).toBe(false);
  });
});

describe('conference.yaml locales: formatLocale', () => {
  const conference = yaml.load(readFileSync('examples/open-data-summit/content/conference.yaml', 'utf8')) as { locales: Record<string, unknown>[] };
  const withArabic = (formatLocale: string) => ({ ...conference, locales: [...conference.locales.filter((l) => l['code'] !== 'ar'), { code: 'ar', label: 'العربية', formatLocale }] });

  it('is optional and takes a locale of the same language', () => {
    expect(conferenceSchema.safeParse(withArabic('ar-u-nu-latn')).success).toBe(true);
    expect(conferenceSchema.safeParse({ ...conference, locales: conference.locales.map(({ formatLocale: _, ...rest }) => rest) }).success).toBe(true);
  });

  it('names the field and what is wrong', () => {
    const otherLanguage = conferenceSchema.safeParse(withArabic('en-GB'));
    expect(otherLanguage.success).toBe(false);
    expect(otherLanguage.error!.issues[0]!.path).toEqual(['locales', conference.locales.length - 1, 'formatLocale']);
    expect(otherLanguage.error!.issues[0]!.message).toMatch(/language "ar".*"en-GB"/);
    const invalid = conferenceSchema.safeParse(withArabic('ar_latn'));
    expect(invalid.error!.issues[0]!.message).toMatch(/BCP 47.*"ar_latn"/);
  });
});

describe('formatDay', () => {
  it('writes the weekday unless asked not to, and never shifts the day with the zone', () => {
    expect(formatDay('2021-06-16', 'en-GB')).toBe('Wednesday, 16 June 2021');
    expect(formatDay('2021-04-23', 'fr', { weekday: false })).toBe('23 avril 2021');
  });
});

describe('asHeading', () => {
  it('starts a French or Spanish day heading with a capital, as those languages write a heading', () => {
    expect(asHeading(formatDay('2021-06-16', 'fr'), 'fr')).toBe('Mercredi 16 juin 2021');
    expect(asHeading(formatDay('2021-06-16', 'es'), 'es')).toMatch(/^Miércoles/);
  });

  it('leaves English as written and Arabic, which has no capitals, unchanged', () => {
    expect(asHeading(formatDay('2021-06-16', 'en-GB'), 'en-GB')).toBe(formatDay('2021-06-16', 'en-GB'));
    expect(asHeading(formatDay('2021-06-16', 'ar-u-nu-latn'), 'ar-u-nu-latn')).toBe(formatDay('2021-06-16', 'ar-u-nu-latn'));
  });

  it('uses the language’s own capitals (Turkish dotted İ)', () => {
    expect(asHeading('istanbul', 'tr')).toBe('İstanbul');
  });
});
