/**
 * schema.org Event descriptions (JSON-LD) of the conference and of each session, from the
 * same records as programme.json. Attendance, location and organiser come from the
 * conference file, so an online, hybrid or in-person event is each described correctly.
 */
import type { Attendance, ProgrammeConference, ProgrammeSession } from './programme-data.ts';

type JsonLd = Record<string, unknown>;

const SCHEMA = 'https://schema.org';

const attendanceModes: Record<Attendance, string> = {
  online: `${SCHEMA}/OnlineEventAttendanceMode`,
  'in-person': `${SCHEMA}/OfflineEventAttendanceMode`,
  hybrid: `${SCHEMA}/MixedEventAttendanceMode`,
};

/** Where to attend: a web page online, the venue in person, both for a hybrid event. */
function location(conference: ProgrammeConference, onlineUrl: string): JsonLd | JsonLd[] {
  const virtual = { '@type': 'VirtualLocation', url: onlineUrl };
  const place = conference.venue && { '@type': 'Place', name: conference.venue.name, address: conference.venue.address };
  if (conference.attendance === 'online' || !place) return virtual;
  return conference.attendance === 'hybrid' ? [place, virtual] : place;
}

const organizer = (conference: ProgrammeConference) => ({ '@type': 'Organization', name: conference.organiser.name, url: conference.organiser.url });

/** The id the conference event is known by, so sessions can point to it. */
const conferenceId = (conference: ProgrammeConference) => `${conference.url}#event`;

/** Labelled links as schema.org creative works. */
const works = (links: readonly { label: string; url: string }[]) => links.map((link) => ({ '@type': 'CreativeWork', name: link.label, url: link.url }));

/** The conference, for its home page in `language`. */
export function conferenceJsonLd(conference: ProgrammeConference, description: string, language: string): JsonLd {
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    '@id': conferenceId(conference),
    name: conference.name,
    description,
    url: conference.url,
    startDate: conference.start,
    endDate: conference.end,
    eventStatus: `${SCHEMA}/EventScheduled`,
    eventAttendanceMode: attendanceModes[conference.attendance],
    location: location(conference, conference.url),
    organizer: organizer(conference),
    inLanguage: language,
    // Its outcomes (a report, a declaration) are works about it.
    ...(conference.outcomes.length > 0 ? { subjectOf: works(conference.outcomes) } : {}),
  };
}

/** One session, part of the conference (`superEvent`), for its own page. */
export function sessionJsonLd(session: ProgrammeSession, conference: ProgrammeConference): JsonLd {
  const people = [...session.speakers, ...session.moderators];
  const online = session.stream ?? session.url;
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    '@id': `${session.url}#event`,
    name: session.title,
    description: session.summary,
    url: session.url,
    startDate: session.start,
    endDate: session.end,
    eventStatus: `${SCHEMA}/${session.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: attendanceModes[conference.attendance],
    location: location(conference, online),
    organizer: organizer(conference),
    // The language of the performance when it is stated, else that of this description.
    inLanguage: session.spokenLanguage ?? session.language,
    ...(people.length > 0 ? { performer: people.map((person) => ({ '@type': 'Person', name: person.name, url: person.url })) } : {}),
    ...(session.recording ? { recordedIn: { '@type': 'VideoObject', name: session.title, url: session.recording } } : {}),
    ...(session.resources.length > 0 ? { workFeatured: works(session.resources) } : {}),
    superEvent: { '@type': 'Event', '@id': conferenceId(conference), name: conference.name, url: conference.url, startDate: conference.start, endDate: conference.end },
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`. `<` is written as `\u003c`,
 * which JSON reads back as the same character, so no text can close the script element.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
