/**
 * The example conference's languages (English, Spanish and right-to-left Arabic) in the built
 * site: every page kind the English site has exists in each language, with the right `lang` and
 * `dir`; text falls back to another language only where a translation is missing, and says so;
 * dates, times and counts use the digits the language is configured for.
 */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { filesIn, readPage } from '../helpers/dist.ts';
import { exampleContent } from '../helpers/fixtures.ts';

const dist = inject('example').distDir;
const content = contentFolder(exampleContent);
const locales = content.conference.locales as { code: string; formatLocale?: string }[];
const codes = locales.map((locale) => locale.code);
/** This test's own list of right-to-left languages, independent of the site's. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;
const peopleIds = readdirSync(join(content.dir, 'speakers'));
const files = filesIn(dist);
const englishPages = files.filter((file) => file.startsWith('en/') && file.endsWith('index.html'));
const englishSections = Object.fromEntries(Object.entries(uiStrings('en').routes).map(([key, segment]) => [segment, key]));

/** An English page's file in another language: the section segment translated, ids kept. */
function translated(file: string, locale: string): string {
  const [, section, ...rest] = file.split('/');
  if (section === 'index.html') return `${locale}/index.html`;
  const key = englishSections[section!] as keyof ReturnType<typeof uiStrings>['routes'] | undefined;
  if (!key) throw new Error(`${file}: "${section}" is not a section of src/i18n/ui/en.json routes`);
  return [locale, uiStrings(locale).routes[key], ...rest].join('/');
}

it('has a right-to-left language and a missing translation to test', () => {
  expect(codes.some((code) => RIGHT_TO_LEFT.has(code))).toBe(true);
  expect(codes.some((code) => content.sessionIds.some((id) => !content.sessionText(id, code)))).toBe(true);
  expect(englishPages.length).toBeGreaterThan(content.sessionIds.length + content.audienceIds.length);
});

describe.each(codes)('%s', (locale) => {
  const pages = englishPages.map((file) => translated(file, locale));
  const dir = RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';

  it(`has every page kind of the English site, each with lang="${locale}" and dir="${dir}"`, () => {
    const missing = pages.filter((file) => !files.includes(file));
    expect(missing).toEqual([]);
    for (const file of pages) {
      const { $ } = readPage(dist, file);
      expect([$('html').attr('lang'), $('html').attr('dir')], file).toEqual([locale, dir]);
    }
  });

  it('has as many calendar, data and other files as the English site', () => {
    const byExtension = (prefix: string) => {
      const counts: Record<string, number> = {};
      for (const file of files.filter((f) => f.startsWith(`${prefix}/`))) counts[extname(file)] = (counts[extname(file)] ?? 0) + 1;
      return counts;
    };
    expect(byExtension(locale)).toEqual(byExtension('en'));
  });

  it('shows text in another language only where a translation is missing, and says so there', () => {
    const { routes } = uiStrings(locale);
    const missing = content.sessionIds.filter((id) => !content.sessionText(id, locale));
    const missingPeople = peopleIds.filter((id) => !existsSync(join(content.dir, 'speakers', id, `index.${locale}.mdx`)));
    const withNotice = pages.filter((file) => readPage(dist, file).$('[data-fallback]').length > 0);
    expect(withNotice.sort()).toEqual(
      [...missing.map((id) => `${locale}/${routes.programme}/${id}/index.html`), ...missingPeople.map((id) => `${locale}/${routes.speakers}/${id}/index.html`)].sort(),
    );
    // Where a text is missing, the default language's text stands in, marked with its own lang.
    const standIn = missing.length + missingPeople.length > 0 ? content.conference.defaultLocale : undefined;
    for (const file of pages) {
      const { $ } = readPage(dist, file);
      const foreign = $('body [lang]')
        .not('.language-switcher [lang]')
        .filter((_, element) => element.attribs['lang'] !== locale && element.attribs['lang'] !== standIn)
        .map((_, element) => `<${element.tagName} lang="${element.attribs['lang']}">${$(element).text().trim().slice(0, 40)}`)
        .get();
      expect(foreign, file).toEqual([]);
    }
  });

  it('writes days with the configured format locale', () => {
    const formatLocale = locales.find((l) => l.code === locale)!.formatLocale ?? locale;
    const { $ } = readPage(dist, `${locale}/${uiStrings(locale).routes.programme}/index.html`);
    const headings = $('[data-programme-day]')
      .map((_, day) => [[$(day).attr('data-programme-day')!, $(day).find('h2').first().text()]])
      .get() as unknown as [string, string][];
    expect(headings.length).toBeGreaterThan(0);
    const expected = new Intl.DateTimeFormat(formatLocale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    // A heading starts with a capital letter where the script has cases ("Sábado", not "sábado").
    const asHeading = (text: string) => text.charAt(0).toLocaleUpperCase(formatLocale) + text.slice(1);
    for (const [day, heading] of headings) expect(heading).toBe(asHeading(expected.format(new Date(`${day}T00:00:00Z`))));
  });
});

describe('Arabic pages', () => {
  const arabicPages = englishPages.map((file) => translated(file, 'ar'));

  it('use Latin digits everywhere, as docs/i18n.md decides', () => {
    expect(locales.find((l) => l.code === 'ar')!.formatLocale).toMatch(/-u-(.+-)?nu-latn\b/);
    for (const file of arabicPages) {
      const { $ } = readPage(dist, file);
      $('script, style').remove();
      expect($('body').text(), file).not.toMatch(ARABIC_INDIC_DIGITS);
      expect($('title').text() + ($('meta[name="description"]').attr('content') ?? ''), file).not.toMatch(ARABIC_INDIC_DIGITS);
    }
    const programme = readPage(dist, `ar/${uiStrings('ar').routes.programme}/index.html`).$;
    expect(programme('.session-item__time time').first().text()).toMatch(/^\d\d:\d\d$/);
  });
});
