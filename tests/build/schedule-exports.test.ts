/**
 * The built schedule.xml and schedule.json: valid in every language, at the root for the
 * default language, and saying the same instants as programme.json and the calendar files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { contentFolder, factsFile, readFrontmatter } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';

interface JsonEvent {
  guid: string;
  id: number;
  date: string;
  end: string;
  title: string;
  room: string;
  url: string;
}

const jsonEvents = (json: { schedule: { conference: { days: { rooms: Record<string, JsonEvent[]> }[] } } }) =>
  json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());

describe('schedule exports of the example conference', () => {
  const content = contentFolder(exampleContent);
  const locales = content.conference.locales.map((locale) => locale.code);
  const dist = inject('example').distDir;

  it('put the default language’s files at the root', () => {
    const defaultLocale = content.conference.defaultLocale;
    for (const file of ['schedule.xml', 'schedule.json']) expect(readFileSync(join(dist, file), 'utf8')).toBe(readFileSync(join(dist, defaultLocale, file), 'utf8'));
  });

  it('hold every session once, at the instants of programme.json and the calendar', () => {
    for (const locale of locales) {
      const programme = JSON.parse(readFileSync(join(dist, locale, 'programme.json'), 'utf8'));
      const events = jsonEvents(JSON.parse(readFileSync(join(dist, locale, 'schedule.json'), 'utf8')));
      expect(events.map((event) => event.url).sort()).toEqual(programme.sessions.map((s: { url: string }) => s.url).sort());
      const calendarPath = new URL(programme.conference.calendarUrl).pathname;
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dist, calendarPath), 'utf8')));
      const calendarStarts = new Map(
        calendar.getAllSubcomponents('vevent').map((event) => [event.getFirstPropertyValue('url')?.toString(), event.getFirstPropertyValue('dtstart')!.toString()]),
      );
      for (const session of programme.sessions) {
        const event = events.find((candidate) => candidate.url === session.url)!;
        expect([event.date, event.end]).toEqual([session.start, session.end]);
        expect(Date.parse(event.date)).toBe(Date.parse(String(calendarStarts.get(session.url))));
      }
    }
  });

  it('name every event’s room, and keep guids and ids across languages', () => {
    const byLanguage = locales.map((locale) => jsonEvents(JSON.parse(readFileSync(join(dist, locale, 'schedule.json'), 'utf8'))));
    for (const events of byLanguage) expect(events.every((event) => event.room.length > 0)).toBe(true);
    // The example has parallel sessions in several rooms: each keeps its own.
    expect(new Set(byLanguage[0]!.map((event) => event.room)).size).toBeGreaterThan(1);
    const ids = (events: JsonEvent[]) => events.map((event) => `${event.guid} ${event.id}`).sort();
    for (const events of byLanguage) expect(ids(events)).toEqual(ids(byLanguage[0]!));
  });

  it('carry the recording, resources, people with biographies and the spoken language', () => {
    const keynote = (locale: string) =>
      jsonEvents(JSON.parse(readFileSync(join(dist, locale, 'schedule.json'), 'utf8'))).find((event) => event.url.includes('2025-11-01-keynote'))! as JsonEvent & {
        links: { title: string; url: string; type?: string }[];
        persons: { name: string; biography: string | null }[];
        language: string;
      };
    const facts = readFrontmatter<{
      recording: string;
      resources: { label: Record<string, string>; url?: string; file?: string }[];
      speakers: string[];
      moderators: string[];
      language: string;
    }>(join(content.dir, factsFile(content.conference, '2025-11-01-keynote')));
    for (const locale of locales) {
      const event = keynote(locale);
      expect(event.language).toBe(facts.language);
      expect(event.links).toContainEqual({ title: uiStrings(locale).sessionLife.recording, url: facts.recording, type: 'media' });
      for (const resource of facts.resources) {
        const link = event.links.find((candidate) => candidate.title === (resource.label[locale] ?? resource.label[content.conference.defaultLocale]))!;
        expect(link.url).toMatch(resource.url ? new RegExp(`^${resource.url}$`) : new RegExp(`^https?://[^/]+/${resource.file}$`));
        if (resource.file) expect(existsSync(join(dist, resource.file))).toBe(true);
      }
      expect(event.persons).toHaveLength(facts.speakers.length + facts.moderators.length);
      // Biographies as plain text, where the person has one in this language.
      expect(event.persons.some((person) => (person.biography ?? '').length > 20)).toBe(true);
      expect(JSON.stringify(event.persons)).not.toMatch(/[*_#]{2}|<\w/);
    }
    const xml = readFileSync(join(dist, 'en/schedule.xml'), 'utf8');
    expect(xml).toContain(`<recording><license></license><optout>false</optout><url>${facts.recording}</url></recording>`);
  });
});

// Validity, at the root and under a base path, is the schedule gate's (tests/gates/schedule.ts, run by quality-gates.test.ts).
