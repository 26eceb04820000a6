import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { selectionCalendar, type SelectionCalendarData } from '../../src/lib/selection-calendar.ts';

const session = (id: string, extra: Partial<SelectionCalendarData['sessions'][number]> = {}) => ({
  id,
  uid: `${id}@example.org`,
  url: `https://example.org/en/programme/${id}/`,
  title: `Title of ${id}`,
  summary: `Summary of ${id}`,
  start: '2021-06-16T14:00:00+02:00',
  end: '2021-06-16T15:00:00+02:00',
  status: 'scheduled' as const,
  provisional: false,
  speakers: [],
  moderators: [],
  ...extra,
});

// As the page embeds it: plain JSON, read back by the script.
const data: SelectionCalendarData = JSON.parse(
  JSON.stringify({
    name: 'Conference: My programme',
    language: 'en',
    stamp: '2021-06-01T08:00:00.000Z',
    location: 'Online',
    labels: {
      cancelledTitle: 'Cancelled: {title}',
      cancelledNotice: 'This session has been cancelled.',
      provisionalNotice: 'Provisional.',
      speakers: 'Speakers: {names}',
      moderators: 'Moderators: {names}',
      listLocale: 'en',
    },
    sessions: [session('a', { speakers: [{ name: 'Ada' }, { name: 'Mina' }] }), session('b', { status: 'cancelled' }), session('c', { provisional: true })],
  } satisfies SelectionCalendarData),
);

const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));

describe('selectionCalendar', () => {
  it('holds exactly the chosen sessions, in programme order', () => {
    expect(events(selectionCalendar(data, ['c', 'b'])).map((event) => event.uid)).toEqual(['b@example.org', 'c@example.org']);
    expect(events(selectionCalendar(data, []))).toEqual([]);
  });

  it('lists the speakers as the page’s language does', () => {
    const [withSpeakers] = events(selectionCalendar(data, ['a']));
    expect(withSpeakers!.description).toBe('Summary of a\n\nSpeakers: Ada and Mina\n\nhttps://example.org/en/programme/a/');
  });

  it('applies the build’s rules from the embedded texts: cancelled titles, notices, stamp and location', () => {
    const [cancelled, provisional] = events(selectionCalendar(data, ['b', 'c']));
    expect(cancelled!.summary).toBe('Cancelled: Title of b');
    expect(cancelled!.description).toBe('This session has been cancelled.\n\nSummary of b\n\nhttps://example.org/en/programme/b/');
    expect(cancelled!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(provisional!.description.startsWith('Provisional.\n\n')).toBe(true);
    expect(provisional!.location).toBe('Online');
    expect(String(provisional!.component.getFirstPropertyValue('dtstamp'))).toBe('2021-06-01T08:00:00Z');
  });
});
