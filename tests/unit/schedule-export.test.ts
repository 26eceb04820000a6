import { describe, expect, it } from 'vitest';
import {
  acronymFrom,
  hoursMinutes,
  scheduleDocument,
  scheduleGuid,
  scheduleJson,
  scheduleXml,
  stableNumericIds,
  uuidV5,
  type ScheduleInput,
  type ScheduleSession,
} from '../../src/lib/schedule-export.ts';
import { v5 as referenceV5 } from 'uuid';
import { scheduleJsonErrors, scheduleXmlErrors } from '../helpers/schedule-schemas.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

function session(id: string, day: string, start: string, end: string, extra: Partial<ScheduleSession> = {}): ScheduleSession {
  return {
    id,
    day,
    start,
    end,
    room: { id: 'hall-a', name: 'Hall A', order: 1 },
    title: `Title of ${id}`,
    type: 'Talk',
    track: 'Open data',
    language: 'en',
    abstract: 'Short.',
    description: 'Longer.',
    url: `https://example.org/en/programme/${id}/`,
    persons: [],
    links: [],
    recording: null,
    ...extra,
  };
}

/** Two days, two rooms, a session across the end of daylight-saving time (New York), a short id and characters XML must escape. */
const input: ScheduleInput = {
  siteRoot: 'https://example.org/',
  title: 'Open Data Summit <2025> & friends',
  acronym: 'ods2025',
  timeZone: 'America/New_York',
  start: '2025-11-01T09:00:00-04:00',
  end: '2025-11-02T10:00:00-05:00',
  url: 'https://example.org/en/',
  tracks: [{ name: 'Open data', slug: 'open-data' }],
  sessions: [
    session('keynote', '2025-11-01', '2025-11-01T09:00:00-04:00', '2025-11-01T10:00:00-04:00', {
      persons: [{ id: 'ada-lovelace', name: 'Ada Lovelace', biography: 'Mathematician.' }],
      links: [{ title: 'Slides', url: 'https://example.org/slides.pdf', type: 'slides' }],
      recording: { url: 'https://example.org/video/keynote', title: 'Watch the recording' },
    }),
    session('ws', '2025-11-01', '2025-11-01T09:30:00-04:00', '2025-11-01T11:15:00-04:00', {
      room: { id: 'room-b', name: 'Room "B" & co', order: 0 },
      title: 'Workshop <hands-on>',
      track: null,
    }),
    session('night-hackathon', '2025-11-02', '2025-11-02T00:30:00-04:00', '2025-11-02T03:00:00-05:00'),
    session('closing', '2025-11-02', '2025-11-02T09:00:00-05:00', '2025-11-02T10:00:00-05:00'),
  ],
};

const document = scheduleDocument(input);
const json = JSON.parse(scheduleJson(document, 'https://example.org/en/schedule.json'));
const xml = scheduleXml(document, 'https://example.org/en/schedule.xml');
const events = document.days.flatMap((day) => day.rooms.flatMap((room) => room.events));

describe('schedule files (C3VOC schedule.xml and schedule.json)', () => {
  it('are valid against the XML Schema and the JSON Schema', async () => {
    expect(await scheduleXmlErrors(xml)).toEqual([]);
    expect(scheduleJsonErrors(json)).toEqual([]);
  });

  it('the validators do refuse what breaks the rules', async () => {
    expect(await scheduleXmlErrors(xml.replace('<start>09:00</start>', '<start>9h</start>'))).not.toEqual([]);
    expect(await scheduleXmlErrors(xml.replace(/ guid="[^"]+" id=/, ' id='))).not.toEqual([]);
    const broken = structuredClone(json);
    delete broken.schedule.conference.days[0].rooms['Hall A'][0].room;
    expect(scheduleJsonErrors(broken)).not.toEqual([]);
  });

  it('hold each session once, in the room given, grouped by day with day boundaries and offsets', () => {
    expect(events.map((event) => event.id).sort()).toEqual(['closing', 'keynote', 'night-hackathon', 'ws']);
    expect(document.days.map((day) => [day.index, day.date, day.start, day.end])).toEqual([
      [1, '2025-11-01', '2025-11-01T09:00:00-04:00', '2025-11-01T11:15:00-04:00'],
      [2, '2025-11-02', '2025-11-02T00:30:00-04:00', '2025-11-02T10:00:00-05:00'],
    ]);
    // Rooms in column order (`order`), not in order of first use.
    expect(document.days[0]!.rooms.map((room) => room.name)).toEqual(['Room "B" & co', 'Hall A']);
    expect(document.conference.rooms.map((room) => room.name)).toEqual(['Room "B" & co', 'Hall A']);
    const jsonDay = json.schedule.conference.days[0];
    expect(Object.keys(jsonDay.rooms)).toEqual(['Room "B" & co', 'Hall A']);
    expect(jsonDay.rooms['Room "B" & co'][0].room).toBe('Room "B" & co');
  });

  it('give local HH:MM starts and elapsed HH:MM durations, also across a daylight-saving change', () => {
    const hackathon = events.find((event) => event.id === 'night-hackathon')!;
    expect([hackathon.localStart, hackathon.duration]).toEqual(['00:30', '03:30']);
    const workshop = events.find((event) => event.id === 'ws')!;
    expect([workshop.localStart, workshop.duration]).toEqual(['09:30', '01:45']);
    for (const event of json.schedule.conference.days.flatMap((day: { rooms: Record<string, unknown[]> }) => Object.values(day.rooms).flat())) {
      expect(event.date).toMatch(withOffset);
      expect(event.start).toMatch(/^\d{2}:\d{2}$/);
      expect(event.duration).toMatch(/^\d{2}:\d{2}$/);
    }
    expect(xml).toContain('<date>2025-11-02T00:30:00-04:00</date><start>00:30</start><duration>03:30</duration>');
    expect(document.conference.timeslotDuration).toBe('00:15');
  });

  it('name events with UUIDv5 guids and integer ids that stay the same and differ between sessions', () => {
    expect(events.every((event) => uuid.test(event.guid))).toBe(true);
    expect(new Set(events.map((event) => event.guid)).size).toBe(events.length);
    expect(new Set(events.map((event) => event.numericId)).size).toBe(events.length);
    const again = scheduleDocument({ ...input, sessions: [...input.sessions].reverse() });
    const ids = (doc: typeof document) => new Map(doc.days.flatMap((d) => d.rooms.flatMap((r) => r.events)).map((e) => [e.id, [e.guid, e.numericId]]));
    expect(ids(again)).toEqual(ids(document));
    expect(scheduleGuid('https://other.example/', 'session', 'keynote')).not.toBe(scheduleGuid('https://example.org/', 'session', 'keynote'));
    expect(events.every((event) => Number.isInteger(event.numericId) && event.numericId >= 1 && event.numericId < 2 ** 31)).toBe(true);
  });

  it('give slugs that meet both C3VOC patterns, even for a very short session id', () => {
    for (const event of events) {
      expect(event.slug).toMatch(/^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/);
      expect(event.slug).toMatch(/^[a-z0-9_-]+[a-z0-9]$/);
    }
    expect(events.find((event) => event.id === 'ws')!.slug).toBe('ods2025-session-ws');
  });

  it('carry people, links and the recording', () => {
    const keynote = json.schedule.conference.days[0].rooms['Hall A'][0];
    expect(keynote.persons).toEqual([{ name: 'Ada Lovelace', guid: scheduleGuid('https://example.org/', 'person', 'ada-lovelace'), biography: 'Mathematician.' }]);
    expect(keynote.links).toContainEqual({ title: 'Slides', url: 'https://example.org/slides.pdf', type: 'slides' });
    expect(keynote.links).toContainEqual({ title: 'Watch the recording', url: 'https://example.org/video/keynote', type: 'media' });
    expect(xml).toMatch(/<persons><person guid="[0-9a-f-]{36}">Ada Lovelace<\/person><\/persons>/);
    expect(xml).toContain('<recording><license></license><optout>false</optout><url>https://example.org/video/keynote</url></recording>');
    expect(xml).toContain('<link href="https://example.org/slides.pdf" type="slides">Slides</link>');
  });

  it('escape markup in text and attributes', () => {
    expect(xml).toContain('<title>Open Data Summit &lt;2025&gt; &amp; friends</title>');
    expect(xml).toContain('<room name="Room &quot;B&quot; &amp; co"');
    expect(xml).toContain('<title>Workshop &lt;hands-on&gt;</title>');
  });

  it('change version when an event changes, and only then', () => {
    expect(scheduleDocument(input).version).toBe(document.version);
    const moved = { ...input, sessions: input.sessions.map((s) => (s.id === 'closing' ? { ...s, start: '2025-11-02T09:15:00-05:00' } : s)) };
    expect(scheduleDocument(moved).version).not.toBe(document.version);
  });
});

describe('schedule helpers', () => {
  it('make the same UUIDv5 as the uuid package', () => {
    const urlNamespace = Buffer.from(referenceV5.URL.replace(/-/g, ''), 'hex');
    for (const name of ['https://example.org/', 'session:2021-06-16-opening', 'débat-ü-🙂', '']) {
      expect(uuidV5(name, urlNamespace)).toBe(referenceV5(name, referenceV5.URL));
    }
    const site = referenceV5('https://example.org/', referenceV5.URL);
    expect(scheduleGuid('https://example.org/', 'session', 'keynote')).toBe(referenceV5('session:keynote', site));
  });

  it('make an acronym from initials and numbers, padded when short', () => {
    expect(acronymFrom('World e-Parliament Conference 2021', '2021')).toBe('wepc2021');
    expect(acronymFrom('Été Numérique', '2024')).toBe('en2024');
    expect(acronymFrom('ODS', '2025')).toBe('o2025');
  });

  it('write minutes as HH:MM without wrapping at a day', () => {
    expect(hoursMinutes(5)).toBe('00:05');
    expect(hoursMinutes(210)).toBe('03:30');
    expect(hoursMinutes(1500)).toBe('25:00');
  });

  it('give numeric ids that do not depend on the other ids, except to avoid a collision', () => {
    const alone = stableNumericIds(['a-session']).get('a-session');
    const among = stableNumericIds(['z', 'a-session', 'm']).get('a-session');
    expect(among).toBe(alone);
  });
});
