/**
 * Every calendar file of the example conference's two builds (tests/helpers/fixtures.ts: one at
 * the root, one under a base path for another host, each at its own build time), read by an
 * independent parser (ical.js) and as raw text: RFC 5545 framing, required properties, and times
 * checked against the content files themselves (session facts + the conference zone), not against
 * the site's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { filesIn, readPage } from '../helpers/dist.ts';
import { exampleAtRoot, exampleContent, exampleUnderBase } from '../helpers/fixtures.ts';
import { wallClockInstant, yamlDay } from '../helpers/wall-time.ts';

// RFC 7986 NAME and the common X-WR-CALNAME are TEXT; ical.js leaves them raw unless told.
for (const name of ['name', 'x-wr-calname']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

const builds = {
  example: { ...exampleAtRoot, dist: inject('example').distDir, siteUrl: 'http://localhost:4321' },
  exampleUnderBase: { ...exampleUnderBase, dist: inject('exampleUnderBase').distDir },
};
const content = contentFolder(exampleContent);

interface ParsedEvent {
  uid: string;
  start: Date;
  end: Date;
  stamp: string;
  summary: string;
  url: string;
  status: string;
}

interface CalendarFile {
  /** Path in the dist folder, e.g. `en/programme.ics`. */
  file: string;
  locale: string;
  text: string;
  name: string;
  events: ParsedEvent[];
}

function readCalendars(dist: string): CalendarFile[] {
  return filesIn(dist)
    .filter((file) => file.endsWith('.ics'))
    .map((file) => {
      const text = readFileSync(join(dist, file), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
        const event = new ICAL.Event(vevent);
        return {
          uid: String(vevent.getFirstPropertyValue('uid')),
          start: event.startDate.toJSDate(),
          end: event.endDate.toJSDate(),
          stamp: vevent.getFirstProperty('dtstamp')!.toICALString(),
          summary: String(vevent.getFirstPropertyValue('summary')),
          url: String(vevent.getFirstPropertyValue('url')),
          status: String(vevent.getFirstPropertyValue('status')),
        };
      });
      return { file, locale: file.split('/')[0]!, text, name: String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''), events };
    });
}

describe.each(['example', 'exampleUnderBase'] as const)('calendar files of the %s build', (which) => {
  const { timeZone } = content.conference;
  const locales = content.conference.locales.map((l) => l.code);
  const facts = new Map(content.sessionIds.map((id) => [id, content.sessionFacts(id) as ReturnType<typeof content.sessionFacts> & { status?: string }]));
  const days = [...new Set([...facts.values()].map((f) => yamlDay(f.day)))].sort();
  const calendars = readCalendars(builds[which].dist);

  it('has a file for the programme, each day, each session and each audience, in every language', () => {
    const expected = locales.flatMap((locale) => {
      const { programme, audiences } = uiStrings(locale).routes;
      return [
        `${locale}/${programme}.ics`,
        ...days.map((day) => `${locale}/${programme}/${day}.ics`),
        ...content.sessionIds.map((id) => `${locale}/${programme}/${id}.ics`),
        ...content.audienceIds.map((id) => `${locale}/${audiences}/${id}.ics`),
      ];
    });
    expect(calendars.map((c) => c.file).sort()).toEqual(expected.sort());
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    for (const { file, text } of calendars) {
      expect(text.endsWith('\r\n'), file).toBe(true);
      const lines = text.slice(0, -2).split('\r\n');
      for (const line of lines) {
        expect(line, `${file}: bare CR or LF`).not.toMatch(/[\r\n]/);
        expect(Buffer.byteLength(line, 'utf8'), `${file}: ${line}`).toBeLessThanOrEqual(75);
      }
    }
  });

  it('has the required properties, UTC stamps, and a VTIMEZONE for every TZID', () => {
    for (const { file, text, name, events } of calendars) {
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstPropertyValue('version'), file).toBe('2.0');
      expect(calendar.getFirstPropertyValue('prodid'), file).toBeTruthy();
      expect(name, file).not.toBe('');
      const zones = new Set(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')));
      for (const vevent of calendar.getAllSubcomponents('vevent')) {
        for (const property of ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'url', 'status']) {
          expect(vevent.hasProperty(property), `${file}: ${property}`).toBe(true);
        }
        for (const property of ['dtstart', 'dtend']) {
          const tzid = vevent.getFirstProperty(property)!.getParameter('tzid');
          if (tzid) expect(zones.has(tzid), `${file}: ${property} TZID=${tzid} has no VTIMEZONE`).toBe(true);
          else expect(vevent.getFirstProperty(property)!.toICALString(), `${file}: floating ${property}`).toMatch(/Z$/);
        }
      }
      for (const event of events) expect(event.stamp, file).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    }
  });

  it('starts and ends each event at the instants the content file gives, in the conference zone', () => {
    for (const { file, events } of calendars) {
      for (const event of events) {
        const id = event.uid.split('@')[0]!;
        const session = facts.get(id);
        expect(session, `${file}: UID ${event.uid}`).toBeDefined();
        const day = yamlDay(session!.day);
        expect(event.start.toISOString(), `${file}: ${id}`).toBe(wallClockInstant(day, session!.start, timeZone).toISOString());
        expect(event.end.toISOString(), `${file}: ${id}`).toBe(wallClockInstant(day, session!.end, timeZone).toISOString());
      }
    }
  });

  it('holds the right sessions in each file, each under the same UID in every file and language', () => {
    const uids = new Map<string, Set<string>>();
    for (const { file, locale, events } of calendars) {
      const { programme, audiences } = uiStrings(locale).routes;
      const ids = events.map((event) => event.uid.split('@')[0]!).sort();
      const stem = file.slice(locale.length + 1, -'.ics'.length);
      const [section, name] = stem.split('/');
      const expected =
        stem === programme
          ? content.sessionIds
          : section === audiences
            ? content.sessionIds.filter((id) => facts.get(id)!.audiences.includes(name!))
            : days.includes(name!)
              ? content.sessionIds.filter((id) => yamlDay(facts.get(id)!.day) === name)
              : [name!];
      expect(ids, file).toEqual([...expected].sort());
      for (const event of events) uids.set(event.uid.split('@')[0]!, (uids.get(event.uid.split('@')[0]!) ?? new Set()).add(event.uid));
    }
    for (const [id, set] of uids) expect([...set], id).toHaveLength(1);
  });

  it('links each event to its session page in the file’s language, titled as on that page', () => {
    const base = builds[which].base;
    for (const { file, locale, events } of calendars) {
      for (const event of events) {
        const path = new URL(event.url).pathname;
        expect(path.startsWith(`${base}${locale}/`), `${file}: ${event.url}`).toBe(true);
        const page = join(path.slice(base.length), 'index.html');
        expect(existsSync(join(builds[which].dist, page)), `${file}: ${event.url}`).toBe(true);
        const { $ } = readPage(builds[which].dist, page);
        expect($('html').attr('lang')).toBe(locale);
        const title = $('h1').text().trim();
        const id = event.uid.split('@')[0]!;
        if (facts.get(id)!.status === 'cancelled') expect(event.summary).toContain(title);
        else expect(event.summary, file).toBe(title);
      }
    }
  });

  it('marks cancelled sessions CANCELLED instead of dropping them', () => {
    for (const { file, events } of calendars) {
      for (const event of events) {
        const cancelled = facts.get(event.uid.split('@')[0]!)!.status === 'cancelled';
        expect(event.status === 'CANCELLED', `${file}: ${event.uid}`).toBe(cancelled);
      }
    }
  });

  it('names each calendar in its own language', () => {
    for (const { file, locale, name } of calendars) {
      const shortName = (content.conference.shortName as Record<string, string>)[locale];
      if (shortName) expect(name, file).toContain(shortName);
    }
  });
});

describe('the example conference’s night hackathon, across the end of daylight saving', () => {
  it('runs 04:30Z to 08:00Z (00:30 EDT to 03:00 EST), three and a half hours, in every language', () => {
    const events = readCalendars(builds.example.dist).flatMap((c) => c.events.filter((e) => e.uid.startsWith('2025-11-02-night-hackathon@')));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.start.toISOString()).toBe('2025-11-02T04:30:00.000Z');
      expect(event.end.toISOString()).toBe('2025-11-02T08:00:00.000Z');
    }
  });
});

describe('two builds, at different times and for different addresses', () => {
  it('stamp each event with their own build time, in UTC, and name each session by its id and the site’s address', () => {
    const stamp = (iso: string) => `DTSTAMP:${iso.replace(/[-:]/g, '').replace(/\.\d+/, '')}`;
    for (const build of Object.values(builds)) {
      const site = new URL(build.base, build.siteUrl);
      for (const { file, events } of readCalendars(build.dist)) {
        for (const event of events) {
          expect(event.stamp, file).toBe(stamp(build.now));
          expect(event.uid, file).toMatch(new RegExp(`^[a-z0-9-]+@${`${site.host}${site.pathname.replace(/\/$/, '')}`.replace(/[./]/g, '\\$&')}$`));
        }
      }
    }
  });
});
