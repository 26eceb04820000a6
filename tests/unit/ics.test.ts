import ical, { escape, ICalEventStatus } from 'ical-generator';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sessionEvent, type EventOptions } from '../../src/lib/calendar.ts';
import { icsText, type PlainCalendar } from '../../src/lib/ics.ts';
import type { ProgrammeSession } from '../../src/lib/programme-data.ts';

// RFC 7986 NAME and the common X-WR-CALNAME are TEXT; ical.js leaves them raw unless told.
for (const name of ['name', 'x-wr-calname']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

const base: ProgrammeSession = {
  id: '2021-06-16-opening',
  uid: '2021-06-16-opening@example.org/wepc',
  url: 'https://example.org/wepc/fr/programme/2021-06-16-opening/',
  calendarUrl: 'https://example.org/wepc/fr/programme/2021-06-16-opening.ics',
  language: 'fr',
  title: 'Ouverture',
  summary: 'Mots de bienvenue; ordre du jour, \\ et\nquestions',
  day: '2021-06-16',
  start: '2021-06-16T14:00:00+02:00',
  end: '2021-06-16T14:30:00+02:00',
  status: 'scheduled',
  provisional: false,
  format: { id: 'opening', label: 'Ouverture' },
  theme: null,
  audiences: [],
  speakers: [],
  moderators: [],
  stream: null,
  recording: null,
  resources: [],
  spokenLanguage: null,
  interpretation: [],
};
const long = 'Séance plénière : «\u00a0l’intelligence artificielle au service des parlements\u00a0» — 議会とAI 🏛️ '.repeat(2);
const sessions: ProgrammeSession[] = [
  base,
  { ...base, id: 'b', uid: 'b@example.org/wepc', title: long, provisional: true, start: '2021-06-17T23:30:00+02:00', end: '2021-06-18T01:00:00+02:00' },
  { ...base, id: 'c', uid: 'c@example.org/wepc', status: 'cancelled', provisional: true },
];
const options: EventOptions = {
  stamp: new Date('2021-06-01T08:00:00.250Z'),
  location: 'En ligne, partout',
  labels: { cancelledTitle: (title) => `Annulée : ${title}`, cancelledNotice: 'Séance annulée.', provisionalNotice: 'Provisoire.', people: (part, names) => `${part} : ${names.join(', ')}` },
};
const calendar = { name: 'Conférence 2021 : mon programme, 3 séances', language: 'fr', refreshInterval: 'P1D', events: sessions.map((s) => sessionEvent(s, options)) };
const written = icsText(calendar);

/** The same calendar written by ical-generator, a maintained library, as the reference. */
function withIcalGenerator({ name, language, events }: PlainCalendar): string {
  // ical-generator writes NAME and X-WR-CALNAME as given, so the text is escaped here.
  return ical({ prodId: { company: 'conference-site', product: 'programme', language }, name: escape(name, false), ttl: 24 * 60 * 60, events: events.map((event) => ({ ...event, status: ICalEventStatus[event.status] })) }).toString();
}

/** Properties as ical.js reads them (name, parameters, type, values), in a stable order. */
const properties = (component: ICAL.Component) => component.getAllProperties().map((p) => p.toJSON()).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

/** The calendar's own properties and each event's. */
function readEvents(text: string) {
  const parsed = new ICAL.Component(ICAL.parse(text));
  return {
    name: parsed.getFirstPropertyValue('name'),
    calendar: properties(parsed),
    events: parsed.getAllSubcomponents('vevent').map(properties),
  };
}

describe('icsText', () => {
  it('writes the same calendar as ical-generator', () => {
    const fromLibrary = readEvents(withIcalGenerator(calendar));
    const fromPage = readEvents(written);
    expect(fromPage.name).toBe(calendar.name);
    expect(fromPage.calendar).toEqual(fromLibrary.calendar);
    expect(fromPage.events).toHaveLength(sessions.length);
    expect(fromPage.events).toEqual(fromLibrary.events);
  });

  it('reads back the texts unchanged and the instants in UTC', () => {
    const events = new ICAL.Component(ICAL.parse(written)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.uid)).toEqual(sessions.map((s) => s.uid));
    expect(events[0]!.description).toBe(`${base.summary}\n\n${base.url}`);
    expect(events[1]!.summary).toBe(long);
    expect(events[1]!.endDate.toJSDate().toISOString()).toBe('2021-06-17T23:00:00.000Z');
    expect(events[2]!.summary).toBe(`Annulée : ${base.title}`);
    expect(written).toContain('DTSTAMP:20210601T080000Z\r\n');
    expect(written).toContain('STATUS:CANCELLED\r\n');
    // ical.js forgives unescaped commas in a single TEXT value; RFC 5545 does not.
    expect(written).toContain('LOCATION:En ligne\\, partout\r\n');
  });

  it('folds lines at 75 octets without splitting a character, and ends every line with CRLF', () => {
    expect(written.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(written.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = written.split('\r\n');
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(lines.join('\n')).not.toContain('\uFFFD');
    expect(written.replace(/\r\n /g, '')).toContain(`SUMMARY:${long}`);
  });
});
