/**
 * The programme in the C3VOC formats that event apps read (Giggity, EventFahrplan, the
 * congress app, engelsystem, info-beamer): `schedule.json` and frab's `schedule.xml`.
 * Written from the rules of the C3VOC validator (docs/programme-data.md). Pure: the site
 * model's records go in (src/data/schedule.ts), text comes out.
 */
import { createHash } from 'node:crypto';

/** What one event says: the site's records, with times as ISO 8601 with the conference offset. */
export interface ScheduleSession {
  /** The session id (a slug). */
  id: string;
  /** Conference day, YYYY-MM-DD. */
  day: string;
  /** ISO 8601 instants with the conference zone's offset, e.g. 2021-06-16T14:00:00+02:00. */
  start: string;
  end: string;
  /** The room's id (for its guid), its name in the file's language and its column position. */
  room: { id: string; name: string; order: number };
  title: string;
  /** The format's label. */
  type: string;
  /** The theme's label, or null. */
  track: string | null;
  language: string;
  abstract: string;
  /** Plain text. */
  description: string;
  url: string;
  persons: SchedulePerson[];
  links: ScheduleLink[];
  /** Where the recording is, when there is one; `title` names its link in the file's language. */
  recording: { url: string; title: string; license?: string } | null;
}

export interface SchedulePerson {
  /** The speaker's id, for a stable guid. */
  id: string;
  name: string;
  biography: string | null;
}

/** The C3VOC reference kinds a link may have. */
export const linkTypes = ['slides', 'paper', 'web', 'blog', 'article', 'media', 'related', 'activitypub'] as const;

export interface ScheduleLink {
  title: string;
  url: string;
  type?: (typeof linkTypes)[number];
}

export interface ScheduleInput {
  /** The site's absolute root URL: the namespace of every guid, so ids stay the same from build to build. */
  siteRoot: string;
  title: string;
  acronym: string;
  /** IANA zone of the programme. */
  timeZone: string;
  /** ISO 8601 with offset, or YYYY-MM-DD when there are no sessions. */
  start: string;
  end: string;
  /** Home page of the conference. */
  url: string;
  /** Every theme's label and id, in order. */
  tracks: { name: string; slug: string }[];
  /** In programme order (start, then end, then id). */
  sessions: ScheduleSession[];
}

/** One event, with everything both files write. */
export interface ScheduleEvent extends ScheduleSession {
  numericId: number;
  guid: string;
  slug: string;
  /** Local HH:MM on the conference's clock. */
  localStart: string;
  /** Elapsed HH:MM (across a daylight-saving change too). */
  duration: string;
  persons: (SchedulePerson & { guid: string })[];
}

export interface ScheduleDay {
  /** 1, 2, 3… */
  index: number;
  date: string;
  /** The first start and the last end of the day, with offsets. */
  start: string;
  end: string;
  /** Rooms in column order, each with its events in programme order. */
  rooms: { name: string; events: ScheduleEvent[] }[];
}

export interface ScheduleDocument {
  /** Changes whenever any event changes, so apps know to reload. */
  version: string;
  conference: {
    title: string;
    acronym: string;
    start: string;
    end: string;
    /** Number of days that have sessions. */
    daysCount: number;
    /** The largest step all starts and durations fall on, HH:MM. */
    timeslotDuration: string;
    /** The zone name when it is one C3VOC accepts (Area/Place or UTC). */
    timeZoneName: string | null;
    url: string;
    tracks: { name: string; slug: string }[];
    rooms: { name: string; guid: string }[];
  };
  days: ScheduleDay[];
}

/** C3VOC acronyms: lowercase letters, digits and underscores, at least four (valid in both the XML and the JSON schema). */
export const acronymPattern = /^[a-z0-9_]{4,}$/;

/**
 * An acronym from a conference's short name: initials of words, numbers whole, e.g.
 * "Global Data Forum 2030" → "gdf2030". Padded with the year when short.
 */
export function acronymFrom(shortName: string, year: string): string {
  const words = shortName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const acronym = words.map((word) => (/^\d+$/.test(word) ? word : word[0])).join('');
  return acronym.length >= 4 ? acronym : `${acronym}${year}`.padEnd(4, '_');
}

/** RFC 4122's namespace for URLs, as bytes. */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/**
 * A name-based UUID, version 5 (RFC 9562 §5.5): SHA-1 of the namespace and the name, with the
 * version and variant bits set. Written here because builds make thousands of them and the
 * `uuid` package is several times slower; tests check it against that package.
 */
export function uuidV5(name: string, namespace: Buffer): string {
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const namespaces = new Map<string, Buffer>();

/** A UUIDv5 from the site and an id: the same in every build and language while the site keeps its address. */
export function scheduleGuid(siteRoot: string, kind: 'session' | 'person' | 'room', id: string): string {
  let namespace = namespaces.get(siteRoot);
  if (!namespace) {
    namespace = Buffer.from(uuidV5(siteRoot, URL_NAMESPACE).replace(/-/g, ''), 'hex');
    namespaces.set(siteRoot, namespace);
  }
  return uuidV5(`${kind}:${id}`, namespace);
}

/**
 * Positive 31-bit integers derived from each id (apps store them as Java ints). The rare
 * collision goes to the next free number, in id order, so the result never depends on input order.
 */
export function stableNumericIds(ids: readonly string[]): Map<string, number> {
  const taken = new Set<number>();
  const result = new Map<string, number>();
  for (const id of [...ids].sort()) {
    let number = (createHash('sha256').update(id).digest().readUInt32BE(0) & 0x7fffffff) || 1;
    while (taken.has(number)) number = (number % 0x7fffffff) + 1;
    taken.add(number);
    result.set(id, number);
  }
  return result;
}

/** Minutes as HH:MM, hours not wrapped at 24. */
export function hoursMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const minutesBetween = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / 60000);
const wallMinutes = (iso: string) => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Event slug: acronym, then the session id (longer when the id is very short, to meet the C3VOC pattern). */
function eventSlug(acronym: string, id: string): string {
  return id.length >= 4 ? `${acronym}-${id}` : `${acronym}-session-${id}`;
}

/** The whole schedule, computed once; both writers read it. */
export function scheduleDocument(input: ScheduleInput): ScheduleDocument {
  const numericIds = stableNumericIds(input.sessions.map((session) => session.id));
  let step = 60;
  // The version is a hash of everything an event says, fed field by field (no copy of the whole file).
  const version = createHash('sha256').update(input.title);
  const days = new Map<string, ScheduleDay>();
  const rooms = new Map<string, string>();
  const roomOrder = new Map<string, number>();
  for (const session of input.sessions) {
    const minutes = minutesBetween(session.start, session.end);
    step = gcd(gcd(step, minutes), wallMinutes(session.start));
    version.update(
      [
        session.id, session.start, session.end, session.room.name, session.title, session.type, session.track ?? '', session.language, session.abstract,
        session.description, session.url, session.recording?.url ?? '',
        ...session.persons.flatMap((person) => [person.name, person.biography ?? '']),
        ...session.links.flatMap((link) => [link.title, link.url]),
      ].join('\u0000'),
    );
    const event: ScheduleEvent = {
      ...session,
      numericId: numericIds.get(session.id)!,
      guid: scheduleGuid(input.siteRoot, 'session', session.id),
      slug: eventSlug(input.acronym, session.id),
      localStart: session.start.slice(11, 16),
      duration: hoursMinutes(minutes),
      persons: session.persons.map((person) => ({ ...person, guid: scheduleGuid(input.siteRoot, 'person', person.id) })),
    };
    if (!rooms.has(session.room.name)) {
      rooms.set(session.room.name, scheduleGuid(input.siteRoot, 'room', session.room.id));
      roomOrder.set(session.room.name, session.room.order);
    }
    let day = days.get(session.day);
    if (!day) {
      day = { index: days.size + 1, date: session.day, start: session.start, end: session.end, rooms: [] };
      days.set(session.day, day);
    }
    if (Date.parse(session.end) > Date.parse(day.end)) day.end = session.end;
    let room = day.rooms.find((candidate) => candidate.name === session.room.name);
    if (!room) {
      room = { name: session.room.name, events: [] };
      day.rooms.push(room);
    }
    room.events.push(event);
  }
  const dayList = [...days.values()];
  const byRoomOrder = (a: { name: string }, b: { name: string }) => roomOrder.get(a.name)! - roomOrder.get(b.name)! || a.name.localeCompare(b.name);
  for (const day of dayList) day.rooms.sort(byRoomOrder);
  return {
    version: version.digest('hex').slice(0, 12),
    conference: {
      title: input.title,
      acronym: input.acronym,
      start: input.start,
      end: input.end,
      daysCount: dayList.length,
      timeslotDuration: hoursMinutes(step),
      timeZoneName: /^([A-Z][a-z]+\/[A-Z][A-Za-z_]+|UTC)$/.test(input.timeZone) ? input.timeZone : null,
      url: input.url,
      tracks: input.tracks,
      rooms: [...rooms].map(([name, guid]) => ({ name, guid })).sort(byRoomOrder),
    },
    days: dayList,
  };
}

const generator = { name: 'conference-site' } as const;

function jsonEvent(event: ScheduleEvent) {
  const links = [...event.links, ...(event.recording ? [{ title: event.recording.title, url: event.recording.url, type: 'media' as const }] : [])];
  return {
    guid: event.guid,
    id: event.numericId,
    date: event.start,
    start: event.localStart,
    end: event.end,
    duration: event.duration,
    room: event.room.name,
    slug: event.slug,
    url: event.url,
    title: event.title,
    subtitle: null,
    track: event.track,
    type: event.type,
    language: event.language,
    abstract: event.abstract,
    description: event.description,
    ...(event.recording?.license ? { recording_license: event.recording.license } : {}),
    persons: event.persons.map((person) => ({ name: person.name, guid: person.guid, biography: person.biography })),
    links: links.map((link) => ({ title: link.title, url: link.url, ...(link.type ? { type: link.type } : {}) })),
  };
}

/** `schedule.json`, C3VOC's JSON form, to be published at `fileUrl`. */
export function scheduleJson(document: ScheduleDocument, fileUrl: string): string {
  const { conference } = document;
  const json = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator,
    schedule: {
      url: fileUrl,
      version: document.version,
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        start: conference.start,
        end: conference.end,
        daysCount: conference.daysCount,
        timeslot_duration: conference.timeslotDuration,
        ...(conference.timeZoneName ? { time_zone_name: conference.timeZoneName } : {}),
        url: conference.url,
        tracks: conference.tracks,
        rooms: conference.rooms,
        days: document.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(day.rooms.map((room) => [room.name, room.events.map(jsonEvent)])),
        })),
      },
    },
  };
  return `${JSON.stringify(json, null, 1)}\n`;
}

/** Text and attribute values, with the characters XML 1.0 cannot hold removed. */
const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(value: string): string {
  return value.replace(/[&<>"]|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, (character) => xmlEntities[character] ?? '');
}

const element = (name: string, value: string, attributes = '') => `<${name}${attributes}>${escapeXml(value)}</${name}>`;
const attribute = (name: string, value: string | number) => ` ${name}="${escapeXml(String(value))}"`;

function xmlEvent(event: ScheduleEvent): string {
  const lines = [
    element('date', event.start),
    element('start', event.localStart),
    element('duration', event.duration),
    element('room', event.room.name),
    element('slug', event.slug),
    element('url', event.url),
    element('title', event.title),
    element('subtitle', ''),
    element('track', event.track ?? ''),
    element('type', event.type),
    element('language', event.language),
    element('abstract', event.abstract),
    element('description', event.description),
    event.recording
      ? `<recording>${element('license', event.recording.license ?? '')}${element('optout', 'false')}${element('url', event.recording.url)}</recording>`
      : '',
    `<persons>${event.persons.map((person) => element('person', person.name, attribute('guid', person.guid))).join('')}</persons>`,
    `<links>${event.links.map((link) => element('link', link.title, attribute('href', link.url) + (link.type ? attribute('type', link.type) : ''))).join('')}</links>`,
  ];
  return `<event${attribute('guid', event.guid)}${attribute('id', event.numericId)}>${lines.filter(Boolean).join('')}</event>`;
}

/** `schedule.xml`, frab's format as the C3VOC XSD describes it, to be published at `fileUrl`. */
export function scheduleXml(document: ScheduleDocument, fileUrl: string): string {
  const { conference } = document;
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    `<generator${attribute('name', generator.name)}/>`,
    element('url', fileUrl),
    element('version', document.version),
    '<conference>',
    element('acronym', conference.acronym),
    element('title', conference.title),
    element('start', conference.start),
    element('end', conference.end),
    element('days', String(conference.daysCount)),
    element('timeslot_duration', conference.timeslotDuration),
    conference.timeZoneName ? element('time_zone_name', conference.timeZoneName) : '',
    element('url', conference.url),
    // frab track slugs must start with a letter; a theme id that does not is left out rather than published invalid.
    ...conference.tracks.map((track) => element('track', track.name, attribute('name', track.name) + (/^[a-z][a-z0-9-]+$/.test(track.slug) ? attribute('slug', track.slug) : ''))),
    '</conference>',
  ];
  const roomGuids = new Map(conference.rooms.map((room) => [room.name, room.guid]));
  const days = document.days.map((day) =>
    [
      `<day${attribute('index', day.index)}${attribute('date', day.date)}${attribute('start', day.start)}${attribute('end', day.end)}>`,
      ...day.rooms.map(
        (room) => `<room${attribute('name', room.name)}${attribute('guid', roomGuids.get(room.name)!)}>\n${room.events.map(xmlEvent).join('\n')}\n</room>`,
      ),
      '</day>',
    ].join('\n'),
  );
  return `${[...head.filter(Boolean), ...days, '</schedule>'].join('\n')}\n`;
}
