/**
 * What other systems read from the built site: schema.org JSON-LD, programme.json, the
 * sitemap with its language alternates, and Open Graph / Twitter tags. Expectations come
 * from the content files. The example conference (hybrid, New York) is built at the root and
 * under a base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers/build.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { htmlPages, type Page } from '../helpers/dist.ts';
import { exampleContent } from '../helpers/fixtures.ts';
import { wallClockInstant, yamlDay } from '../helpers/wall-time.ts';

const builds = {
  example: { dist: inject('example').distDir, base: inject('example').base, content: exampleContent },
  exampleUnderBase: { dist: inject('exampleUnderBase').distDir, base: inject('exampleUnderBase').base, content: exampleContent },
};

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const schema = (name: string) => `https://schema.org/${name}`;
/** schema.org's attendance modes, as the conference file's `attendance` names them. */
const attendanceModes: Record<string, string> = {
  online: schema('OnlineEventAttendanceMode'),
  'in-person': schema('OfflineEventAttendanceMode'),
  hybrid: schema('MixedEventAttendanceMode'),
};
const locationTypes: Record<string, string[]> = { online: ['VirtualLocation'], 'in-person': ['Place'], hybrid: ['Place', 'VirtualLocation'] };

type Json = Record<string, any>;

function jsonLd(page: Page): Json[] {
  return page.$('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse(page.$(el).html()!) as Json)
    .get();
}

describe.each(['example', 'exampleUnderBase'] as const)('the %s build', (which) => {
  const content = contentFolder(builds[which].content);
  const conference = content.conference as Json;
  const locales = content.conference.locales.map((l) => l.code);
  const inLocale = (texts: Record<string, string>, locale: string) => texts[locale] ?? texts[conference.defaultLocale as string]!;
  const facts = (id: string) => content.sessionFacts(id) as ReturnType<typeof content.sessionFacts> & { status?: string };
  const startOf = (id: string) => wallClockInstant(yamlDay(facts(id).day), facts(id).start, conference.timeZone as string);
  const endOf = (id: string) => wallClockInstant(yamlDay(facts(id).day), facts(id).end, conference.timeZone as string);
  let pages: Page[];
  let dist: string;
  let origin: string;

  beforeAll(() => {
    dist = builds[which].dist;
    pages = htmlPages(dist);
    origin = new URL(pages.map((page) => page.$('link[rel="canonical"]').attr('href')).find(Boolean)!).origin;
  });

  /** The page at an absolute URL of the site, or undefined. */
  const pageAt = (url: string) => {
    const path = new URL(url).pathname;
    expect(path.startsWith(builds[which].base), url).toBe(true);
    return pages.find((page) => page.path === `/${path.slice(builds[which].base.length)}`);
  };

  describe('JSON-LD', () => {
    it('parses on every page and cannot end its script early', () => {
      for (const page of pages) {
        for (const data of jsonLd(page)) expect(data['@context'], page.path).toBe('https://schema.org');
        expect(page.$('script[type="application/ld+json"]').html() ?? '', page.path).not.toContain('<');
      }
    });

    it.each(locales)('describes the conference on the home page in %s', (locale) => {
      const home = pages.find((page) => page.path === `/${locale}/`)!;
      const [data, ...others] = jsonLd(home);
      expect(others).toHaveLength(0);
      expect(data).toMatchObject({ '@type': 'Event', name: inLocale(conference.name, locale), inLanguage: locale });
      expect(data!.eventAttendanceMode).toBe(attendanceModes[conference.attendance]);
      const locations = [data!.location].flat();
      expect(locations.map((l: Json) => l['@type'])).toEqual(locationTypes[conference.attendance]);
      if (conference.venue) expect(locations.find((l: Json) => l['@type'] === 'Place')!.name).toBe(inLocale(conference.venue.name, locale));
      for (const l of locations.filter((l: Json) => l['@type'] === 'VirtualLocation')) expect(l.url).toMatch(/^https?:\/\//);
      expect(data!.organizer).toMatchObject({ '@type': 'Organization', name: inLocale(conference.organiser.name, locale), url: conference.organiser.url });
      expect(data!.startDate).toMatch(ISO_WITH_OFFSET);
      expect(data!.endDate).toMatch(ISO_WITH_OFFSET);
      const starts = content.sessionIds.map((id) => startOf(id).getTime());
      const ends = content.sessionIds.map((id) => endOf(id).getTime());
      expect(new Date(data!.startDate).getTime()).toBe(Math.min(...starts));
      expect(new Date(data!.endDate).getTime()).toBe(Math.max(...ends));
    });

    it('describes each session on its page, as part of the conference, cancelled when it is', () => {
      for (const locale of locales) {
        const conferenceId = jsonLd(pages.find((page) => page.path === `/${locale}/`)!)[0]!['@id'];
        for (const id of content.sessionIds) {
          const page = pages.find((p) => p.$('html').attr('lang') === locale && p.path.endsWith(`/${id}/`))!;
          const [data, ...others] = jsonLd(page);
          expect(others, page.path).toHaveLength(0);
          expect(data).toMatchObject({ '@type': 'Event', name: page.$('h1').text().trim(), url: page.$('link[rel="canonical"]').attr('href') });
          expect(data!.startDate).toMatch(ISO_WITH_OFFSET);
          expect(new Date(data!.startDate).getTime(), page.path).toBe(startOf(id).getTime());
          expect(new Date(data!.endDate).getTime(), page.path).toBe(endOf(id).getTime());
          expect(data!.eventStatus).toBe(schema(facts(id).status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'));
          expect(data!.eventAttendanceMode).toBe(attendanceModes[conference.attendance]);
          expect(data!.superEvent).toMatchObject({ '@type': 'Event', '@id': conferenceId, name: inLocale(conference.name, locale) });
          expect(data!.organizer.name).toBe(inLocale(conference.organiser.name, locale));
          // The language the session is held in when the content states it, else that of the text shown.
          const spoken = (facts(id) as { language?: string }).language;
          expect(data!.inLanguage).toBe(spoken ?? page.$('article').attr('lang') ?? locale);
        }
      }
    });
  });

  describe('programme.json', () => {
    it.each(locales)('lists every session in %s with ISO times with offset, audiences and working URLs', (locale) => {
      const data = JSON.parse(readFileSync(join(dist, locale, 'programme.json'), 'utf8')) as Json;
      expect(data.language).toBe(locale);
      expect(data.conference.timeZone).toBe(conference.timeZone);
      expect(data.conference.attendance).toBe(conference.attendance);
      expect(pageAt(data.conference.url)?.path).toBe(`/${locale}/`);
      expect(data.sessions.map((s: Json) => s.id).sort()).toEqual([...content.sessionIds].sort());
      for (const session of data.sessions as Json[]) {
        const yaml = facts(session.id);
        expect(session.start).toMatch(ISO_WITH_OFFSET);
        expect(session.end).toMatch(ISO_WITH_OFFSET);
        expect(new Date(session.start).getTime(), session.id).toBe(startOf(session.id).getTime());
        expect(new Date(session.end).getTime(), session.id).toBe(endOf(session.id).getTime());
        expect(session.start.slice(0, 10)).toBe(yamlDay(yaml.day)); // written on the conference clock
        expect(session.day).toBe(yamlDay(yaml.day));
        expect(session.audiences.map((a: Json) => a.id)).toEqual(yaml.audiences);
        for (const audience of session.audiences) expect(audience.label).toBeTruthy();
        expect(session.format.id).toBe(yaml.format);
        expect(session.status).toBe(yaml.status ?? 'scheduled');
        const text = content.sessionText(session.id, locale);
        if (text) expect(session.title).toBe(text.title);
        const page = pageAt(session.url);
        expect(page?.$('h1').text().trim(), session.url).toBe(session.title);
        expect(existsSync(join(dist, new URL(session.calendarUrl).pathname.slice(builds[which].base.length))), session.calendarUrl).toBe(true);
      }
      for (const audience of data.audiences as Json[]) {
        expect(pageAt(audience.url), audience.url).toBeDefined();
        expect(existsSync(join(dist, new URL(audience.calendarUrl).pathname.slice(builds[which].base.length)))).toBe(true);
      }
    });

    it('has every session field documented in docs/programme-data.md', () => {
      const doc = readFileSync(join(projectRoot, 'docs/programme-data.md'), 'utf8');
      const data = JSON.parse(readFileSync(join(dist, locales[0]!, 'programme.json'), 'utf8')) as Json;
      const keys = new Set([...Object.keys(data), ...Object.keys(data.conference), ...Object.keys(data.sessions[0]), ...Object.keys(data.audiences[0]), ...Object.keys(data.days[0])]);
      for (const key of keys) expect(doc, key).toContain(`\`${key}\``);
    });
  });

  describe('sitemap', () => {
    it('lists every indexable page once, each with its version in every language and x-default', () => {
      const $ = load(readFileSync(join(dist, 'sitemap.xml'), 'utf8'), { xml: true });
      const entries = $('url')
        .map((_, url) => ({
          loc: $(url).find('loc').text(),
          alternates: $(url).find('xhtml\\:link').map((_, link) => ({ hreflang: link.attribs.hreflang!, href: link.attribs.href! })).get(),
        }))
        .get();
      const indexable = pages.filter((page) => page.$('link[rel="canonical"]').length > 0 && page.$('meta[name="robots"][content*="noindex"]').length === 0);
      expect(entries.map((e) => e.loc).sort()).toEqual(indexable.map((page) => page.$('link[rel="canonical"]').attr('href')!).sort());
      const locs = new Set(entries.map((e) => e.loc));
      for (const entry of entries) {
        expect(entry.alternates.map((a) => a.hreflang).sort(), entry.loc).toEqual([...locales, 'x-default'].sort());
        for (const alternate of entry.alternates) expect(locs.has(alternate.href), alternate.href).toBe(true);
        // The same alternates as the page itself announces.
        const page = pageAt(entry.loc)!;
        const onPage = page.$('link[rel="alternate"][hreflang]').map((_, link) => `${link.attribs.hreflang} ${link.attribs.href}`).get().sort();
        expect(entry.alternates.map((a) => `${a.hreflang} ${a.href}`).sort()).toEqual(onPage);
      }
    });

    it('is announced in robots.txt', () => {
      const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
      expect(robots).toContain(`Sitemap: ${origin}${builds[which].base}sitemap.xml`);
    });
  });

  describe('sharing', () => {
    it('gives every page Open Graph and Twitter tags in its language', () => {
      for (const page of pages.filter((p) => p.$('link[rel="canonical"]').length > 0)) {
        const meta = (key: string) => page.$(`meta[property="${key}"], meta[name="${key}"]`);
        const lang = page.$('html').attr('lang')!;
        const description = page.$('meta[name="description"]').attr('content');
        expect(description, page.path).toBeTruthy();
        expect(meta('og:title').attr('content'), page.path).toBeTruthy();
        expect(page.$('title').text()).toContain(meta('og:title').attr('content'));
        expect(meta('og:description').attr('content')).toBe(description);
        expect(meta('og:url').attr('content')).toBe(page.$('link[rel="canonical"]').attr('href'));
        const language = (code: string) => code.split(/[-_]/)[0]!.toLowerCase();
        expect(meta('og:locale').attr('content'), page.path).toMatch(new RegExp(`^${language(lang)}_[A-Z]{2}$`));
        const alternates = meta('og:locale:alternate').map((_, el) => language(el.attribs.content!)).get();
        expect(alternates.sort()).toEqual(locales.filter((l) => l !== lang).map(language).sort());
        expect(meta('og:site_name').attr('content')).toBe(inLocale(conference.shortName, lang));
        expect(meta('twitter:card').attr('content')).toMatch(/^summary/);
        expect(meta('twitter:title').attr('content')).toBe(meta('og:title').attr('content'));
        expect(meta('twitter:description').attr('content')).toBe(description);
      }
    });
  });
});
