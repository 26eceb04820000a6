/** The example conference as built, read from disk: every page kind in every language, links and alternates. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { filesIn, htmlPages, readPage } from '../helpers/dist.ts';
import { exampleContent } from '../helpers/fixtures.ts';

const dist = inject('example').distDir;
const content = contentFolder(exampleContent);
const locales = content.conference.locales.map((l) => l.code);

/** The file a site path is served from. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, join(clean, 'index.html')];
  return candidates.map((candidate) => join(dist, candidate)).find((file) => existsSync(file));
}

describe.each(locales)('pages in %s', (locale) => {
  const routes = uiStrings(locale).routes;
  const expected = [
    `${locale}/`,
    `${locale}/${routes.letter}/`,
    `${locale}/${routes.programme}/`,
    ...content.sessionIds.map((id) => `${locale}/${routes.programme}/${id}/`),
    `${locale}/${routes.audiences}/`,
    ...content.audienceIds.map((id) => `${locale}/${routes.audiences}/${id}/`),
    `${locale}/${routes.registration}/`,
  ];

  it.each(expected)('/%s exists with lang, dir, one h1 and a main landmark', (path) => {
    const { $ } = readPage(dist, `${path}index.html`);
    expect($('html').attr('lang')).toBe(locale);
    expect($('html').attr('dir')).toMatch(/^(ltr|rtl)$/);
    expect($('h1')).toHaveLength(1);
    expect($('main#main')).toHaveLength(1);
    expect($('a.skip-link').attr('href')).toBe('#main');
  });

  it('shows every session in the programme, with its title in this language and a link to its page', () => {
    const { $ } = readPage(dist, `${locale}/${routes.programme}/index.html`);
    for (const id of content.sessionIds) {
      const title = content.sessionText(id, locale)?.title;
      const link = $(`a[href="/${locale}/${routes.programme}/${id}/"]`).first();
      expect(link.length, id).toBe(1);
      if (title) expect(link.text().trim()).toBe(title.trim());
    }
  });

  it('groups the programme by conference day, in order, with the zone stated', () => {
    const { $ } = readPage(dist, `${locale}/${routes.programme}/index.html`);
    const days = $('[data-programme-day]')
      .map((_, el) => $(el).attr('data-programme-day'))
      .get();
    const expectedDays = [...new Set(content.sessionIds.map((id) => new Date(content.sessionFacts(id).day).toISOString().slice(0, 10)))].sort();
    expect(days).toEqual(expectedDays);
    for (const day of days) {
      const sessions = $(`[data-programme-day="${day}"] [data-session]`).map((_, el) => $(el).attr('data-session')).get();
      expect(sessions.every((id) => id.startsWith(day))).toBe(true); // ids are prefixed with their day in this content
      const starts = $(`[data-programme-day="${day}"] .session-item__time time:first-child`).map((_, el) => $(el).attr('datetime')).get();
      expect([...starts].sort()).toEqual(starts);
    }
    const zoneName = (content.conference['timeZoneName'] as Record<string, string>)[locale]!;
    for (const day of days) expect($(`[data-programme-day="${day}"]`).text(), day).toContain(zoneName);
  });

  it('lists on each audience page exactly the sessions for that audience', () => {
    for (const audience of content.audienceIds) {
      const { $ } = readPage(dist, `${locale}/${routes.audiences}/${audience}/index.html`);
      const listed = $('[data-session]').map((_, el) => $(el).attr('data-session')).get().sort();
      const expectedIds = content.sessionIds.filter((id) => content.sessionFacts(id).audiences.includes(audience)).sort();
      expect(listed).toEqual(expectedIds);
    }
  });

  it('gives each session page its details, audiences and previous/next links', () => {
    const ordered = [...content.sessionIds].sort((a, b) => {
      const fa = content.sessionFacts(a), fb = content.sessionFacts(b);
      return `${new Date(fa.day).toISOString()}${fa.start}${fa.end}${a}`.localeCompare(`${new Date(fb.day).toISOString()}${fb.start}${fb.end}${b}`);
    });
    ordered.forEach((id, index) => {
      const { $ } = readPage(dist, `${locale}/${routes.programme}/${id}/index.html`);
      const facts = content.sessionFacts(id);
      for (const audience of facts.audiences) expect($(`.session-facts a[href="/${locale}/${routes.audiences}/${audience}/"]`)).toHaveLength(1);
      expect($('.session-facts time').first().attr('datetime')).toMatch(new RegExp(`T${facts.start}:00[+-]\\d\\d:\\d\\d$`));
      const previous = ordered[index - 1];
      const next = ordered[index + 1];
      expect($('a[rel="prev"]').attr('href')).toBe(previous ? `/${locale}/${routes.programme}/${previous}/` : undefined);
      expect($('a[rel="next"]').attr('href')).toBe(next ? `/${locale}/${routes.programme}/${next}/` : undefined);
    });
  });

  it('links the registration page out to the form, safely, with the deadline in full', () => {
    const { $ } = readPage(dist, `${locale}/${routes.registration}/index.html`);
    const link = $(`a[href="${content.conference.registration.url}"]`);
    expect(link).toHaveLength(1);
    expect(link.attr('rel')).toContain('noopener');
    expect(link.attr('target')).toBe('_blank');
    expect($('[data-registration] time').first().attr('datetime')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });
});

describe('every page', () => {
  const pages = htmlPages(dist);

  it('has no leaked undefined, NaN or [object Object]', () => {
    for (const page of pages) {
      const text = page.$('body').text() + page.$('head').html();
      expect(text, page.path).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
      page.$('[href],[src],[datetime],[lang],[content]').each((_, el) => {
        for (const value of Object.values(el.attribs)) expect(value, page.path).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
      });
    }
  });

  it('links only to files that exist', () => {
    for (const page of pages) {
      page.$('a[href], link[href], script[src], img[src]').each((_, el) => {
        const target = el.attribs.href ?? el.attribs.src!;
        if (/^(https?:|mailto:)/.test(target) || target.startsWith('#')) return;
        expect(fileFor(target), `${page.path} → ${target}`).toBeDefined();
      });
    }
  });

  it('has a switcher and hreflang alternates that point to the same page in every language', () => {
    for (const page of pages.filter((p) => locales.some((l) => p.path.startsWith(`/${l}/`)))) {
      const alternates = page.$('link[rel="alternate"][hreflang]').map((_, el) => ({ lang: el.attribs.hreflang!, href: el.attribs.href! })).get();
      expect(alternates.map((a) => a.lang).sort(), page.path).toEqual([...locales, 'x-default'].sort());
      for (const alternate of alternates) expect(fileFor(new URL(alternate.href).pathname), `${page.path} → ${alternate.href}`).toBeDefined();
      const canonical = page.$('link[rel="canonical"]').attr('href')!;
      expect(new URL(canonical).pathname).toBe(page.path);
      const switcher = page.$('.language-switcher a').map((_, el) => el.attribs.href).get();
      expect(switcher.sort()).toEqual(alternates.filter((a) => a.lang !== 'x-default').map((a) => new URL(a.href).pathname).sort());
      // The same page: every alternate has the same page kind (same number of path segments).
      const depth = page.path.split('/').length;
      for (const href of switcher) expect(href.split('/').length).toBe(depth);
    }
  });

  it('has a root that lets visitors choose a language, and a 404 page', () => {
    const root = readPage(dist, 'index.html');
    for (const locale of locales) expect(root.$(`a[href="/${locale}/"][hreflang="${locale}"]`)).toHaveLength(1);
    expect(filesIn(dist)).toContain('404.html');
  });
});
