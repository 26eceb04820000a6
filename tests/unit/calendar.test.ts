import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, sessionEvent, sessionUid, type EventOptions } from '../../src/lib/calendar.ts';
import type { ProgrammeSession } from '../../src/lib/programme-data.ts';

/** The example conference's night hackathon: 00:30 EDT (UTC−4) to 03:00 EST (UTC−5), 3.5 hours, as the content file says. */
const hackathon: ProgrammeSession = {
  id: '2025-11-02-night-hackathon',
  uid: '2025-11-02-night-hackathon@example.org',
  url: 'https://example.org/en/programme/2025-11-02-night-hackathon/',
  calendarUrl: 'https://example.org/en/programme/2025-11-02-night-hackathon.ics',
  language: 'en',
  title: 'Night hackathon',
  summary: 'Code; data, and coffee\nall night \\ long',
  day: '2025-11-02',
  start: '2025-11-02T00:30:00-04:00',
  end: '2025-11-02T03:00:00-05:00',
  status: 'scheduled',
  provisional: false,
  format: { id: 'hackathon', label: 'Hackathon' },
  theme: null,
  audiences: [{ id: 'developers', label: 'Developers' }],
  speakers: [],
  moderators: [],
  stream: null,
  recording: null,
  resources: [],
  spokenLanguage: null,
  interpretation: [],
};

const options: EventOptions = {
  stamp: new Date('2025-10-01T12:34:56.789Z'),
  location: 'Online',
  labels: {
    cancelledTitle: (title) => `Cancelled: ${title}`,
    cancelledNotice: 'This session has been cancelled.',
    provisionalNotice: 'Provisional.',
    people: (part, names) => `${part === 'speakers' ? 'Speakers' : 'Moderators'}: ${names.join(' & ')}`,
  },
};

// RFC 7986 NAME and the common X-WR-CALNAME are TEXT; ical.js leaves them raw unless told.
for (const name of ['name', 'x-wr-calname']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('sessionEvent and buildCalendar', () => {
  const text = buildCalendar({ name: 'Summit: Sunday, 2 November; night', language: 'en', events: [sessionEvent(hackathon, options)] });
  const { calendar, events } = parse(text);
  const event = events[0]!;

  it('writes the session instants in UTC, with its true length across the end of daylight saving', () => {
    expect(text).toContain('DTSTART:20251102T043000Z\r\n');
    expect(text).toContain('DTEND:20251102T080000Z\r\n');
    const parsed = new ICAL.Event(event);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2025-11-02T04:30:00.000Z');
    expect(parsed.endDate.toJSDate().getTime() - parsed.startDate.toJSDate().getTime()).toBe(3.5 * 3_600_000);
    expect(text).not.toMatch(/TZID/);
  });

  it('stamps the event in UTC, to the second', () => {
    expect(text).toContain('DTSTAMP:20251001T123456Z\r\n');
  });

  it('carries the UID, the session URL and the location', () => {
    expect(event.getFirstPropertyValue('uid')).toBe(hackathon.uid);
    expect(event.getFirstPropertyValue('url')).toBe(hackathon.url);
    expect(event.getFirstPropertyValue('location')).toBe('Online');
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('names the speakers and moderators in the description, after the summary', () => {
    const panel = { ...hackathon, speakers: [{ name: 'Ada Placeholder' }, { name: 'Mina Sample' }], moderators: [{ name: 'Tomás Ejemplo' }] };
    const [described] = parse(buildCalendar({ name: 'Summit', language: 'en', events: [sessionEvent(panel, options)] })).events;
    expect(described!.getFirstPropertyValue('description')).toBe(
      `${hackathon.summary}\n\nSpeakers: Ada Placeholder & Mina Sample\n\nModerators: Tomás Ejemplo\n\n${hackathon.url}`,
    );
  });

  it('escapes text, so commas, semicolons, backslashes and line breaks read back unchanged', () => {
    expect(event.getFirstPropertyValue('description')).toBe(`${hackathon.summary}\n\n${hackathon.url}`);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Summit: Sunday, 2 November; night');
    expect(calendar.getFirstPropertyValue('name')).toBe('Summit: Sunday, 2 November; night');
  });

  it('ends every line, the last one too, with CRLF', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('lines longer than 75 octets', () => {
  const title = 'Séance plénière : «\u00a0l’intelligence artificielle au service des parlements\u00a0» — 議会とAI 🏛️ '.repeat(3);
  const text = buildCalendar({ name: title, language: 'fr', events: [sessionEvent({ ...hackathon, title }, options)] });

  it('are folded at 75 octets without splitting a character', () => {
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });

  it('unfold back to the original text', () => {
    expect(parse(text).events[0]!.getFirstPropertyValue('summary')).toBe(title);
  });
});

describe('status', () => {
  it('keeps a cancelled session as CANCELLED, with a newer SEQUENCE and a title that says so', () => {
    const event = parse(buildCalendar({ name: 'x', language: 'en', events: [sessionEvent({ ...hackathon, status: 'cancelled' }, options)] })).events[0]!;
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('summary')).toBe('Cancelled: Night hackathon');
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(event.getFirstPropertyValue('description')).toMatch(/^This session has been cancelled\./);
  });

  it('marks a provisional session TENTATIVE', () => {
    const event = parse(buildCalendar({ name: 'x', language: 'en', events: [sessionEvent({ ...hackathon, provisional: true }, options)] })).events[0]!;
    expect(event.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });
});

describe('sessionUid', () => {
  it('is the session id at the site address, with or without a base path', () => {
    expect(sessionUid('opening', 'https://example.org/')).toBe('opening@example.org');
    expect(sessionUid('opening', 'https://example.org/wepc2021/')).toBe('opening@example.org/wepc2021');
  });

  it('does not depend on the language of the page', () => {
    expect(sessionUid('opening', 'https://example.org/')).toBe(sessionUid('opening', 'https://example.org'));
  });
});
