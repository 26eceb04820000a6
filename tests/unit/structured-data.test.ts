import { describe, expect, it } from 'vitest';
import type { ProgrammeConference, ProgrammeSession } from '../../src/lib/programme-data.ts';
import { conferenceJsonLd, jsonLdText, sessionJsonLd } from '../../src/lib/structured-data.ts';

const online: ProgrammeConference = {
  name: 'Example Conference',
  shortName: 'Example',
  url: 'https://example.org/en/',
  startDate: '2021-06-16',
  endDate: '2021-06-18',
  start: '2021-06-16T14:00:00+02:00',
  end: '2021-06-18T18:00:00+02:00',
  timeZone: 'Europe/Zurich',
  timeZoneName: 'Geneva time',
  attendance: 'online',
  venue: null,
  organiser: { name: 'Example Union', url: 'https://example.org' },
  calendarUrl: 'https://example.org/en/programme.ics',
  outcomes: [],
};
const venue = { name: 'Centre', address: '1 Street, City' };

const session: ProgrammeSession = {
  id: 'opening',
  uid: 'opening@example.org',
  url: 'https://example.org/en/programme/opening/',
  calendarUrl: 'https://example.org/en/programme/opening.ics',
  language: 'en',
  title: 'Opening </script><script>alert(1)</script>',
  summary: 'The opening.',
  day: '2021-06-16',
  start: '2021-06-16T14:00:00+02:00',
  end: '2021-06-16T14:30:00+02:00',
  status: 'scheduled',
  provisional: false,
  format: { id: 'opening', label: 'Opening' },
  theme: null,
  audiences: [],
  speakers: [{ id: 'a-speaker', name: 'A Speaker', role: null, url: 'https://example.org/en/speakers/a-speaker/' }],
  moderators: [],
  stream: null,
  recording: null,
  resources: [],
  spokenLanguage: null,
  interpretation: [],
};

describe('conferenceJsonLd', () => {
  it('describes an online event with a virtual location, organiser, times with offset and language', () => {
    const data = conferenceJsonLd(online, 'Three days online.', 'fr');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Example Conference',
      startDate: '2021-06-16T14:00:00+02:00',
      endDate: '2021-06-18T18:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://example.org/en/' },
      organizer: { '@type': 'Organization', name: 'Example Union', url: 'https://example.org' },
      inLanguage: 'fr',
    });
    expect(data).not.toHaveProperty('subjectOf');
  });

  it('lists its outcomes as works about it', () => {
    const data = conferenceJsonLd({ ...online, outcomes: [{ label: 'Report', url: 'https://example.org/report' }] }, '', 'en');
    expect(data.subjectOf).toEqual([{ '@type': 'CreativeWork', name: 'Report', url: 'https://example.org/report' }]);
  });

  it('describes an in-person event at its place', () => {
    const data = conferenceJsonLd({ ...online, attendance: 'in-person', venue }, '', 'en');
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(data.location).toEqual({ '@type': 'Place', name: 'Centre', address: '1 Street, City' });
  });

  it('describes a hybrid event at both', () => {
    const data = conferenceJsonLd({ ...online, attendance: 'hybrid', venue }, '', 'en');
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(data.location).toEqual([
      { '@type': 'Place', name: 'Centre', address: '1 Street, City' },
      { '@type': 'VirtualLocation', url: 'https://example.org/en/' },
    ]);
  });
});

describe('sessionJsonLd', () => {
  it('is part of the conference and scheduled', () => {
    const data = sessionJsonLd(session, online);
    expect(data.superEvent).toMatchObject({ '@type': 'Event', '@id': conferenceJsonLd(online, '', 'en')['@id'], name: 'Example Conference' });
    expect(data.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(data.location).toEqual({ '@type': 'VirtualLocation', url: session.url });
    expect(data.performer).toEqual([{ '@type': 'Person', name: 'A Speaker', url: 'https://example.org/en/speakers/a-speaker/' }]);
    expect(data).not.toHaveProperty('recordedIn');
    expect(data).not.toHaveProperty('workFeatured');
  });

  it('points to its stream, its recording and its documents, in the language spoken', () => {
    const data = sessionJsonLd(
      { ...session, stream: 'https://stream.example.org/a', recording: 'https://video.example.org/a', resources: [{ label: 'Slides', url: 'https://example.org/files/a.pdf' }], spokenLanguage: 'es' },
      online,
    );
    expect(data.location).toEqual({ '@type': 'VirtualLocation', url: 'https://stream.example.org/a' });
    expect(data.recordedIn).toEqual({ '@type': 'VideoObject', name: session.title, url: 'https://video.example.org/a' });
    expect(data.workFeatured).toEqual([{ '@type': 'CreativeWork', name: 'Slides', url: 'https://example.org/files/a.pdf' }]);
    expect(data.inLanguage).toBe('es');
  });

  it('says when it is cancelled', () => {
    expect(sessionJsonLd({ ...session, status: 'cancelled' }, online).eventStatus).toBe('https://schema.org/EventCancelled');
  });
});

describe('jsonLdText', () => {
  it('cannot close the script element, and reads back as the same data', () => {
    const data = sessionJsonLd(session, online);
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
