/**
 * Reads programmes from the tools conferences already use, into one model the content
 * writer (src/lib/import-content.ts) turns into a content folder:
 * - C3VOC `schedule.json` (pretalx, frab, osem),
 * - frab `schedule.xml`,
 * - Sessionize's `view/All` JSON.
 * Pure: text in, model or ImportError out. Every error names the record it is about.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { slugify } from './scaffold.ts';
import { utcOffsetMinutes, wallTimeToInstant } from './time.ts';

export type ScheduleSource = 'schedule-json' | 'schedule-xml' | 'sessionize';
export const scheduleSources: readonly ScheduleSource[] = ['schedule-json', 'schedule-xml', 'sessionize'];

export class ImportError extends Error {
  override name = 'ImportError';
}

/** A talk as the source gives it. Instants are exact (the file's offsets applied). */
export interface ImportedSession {
  /** What identifies it in the source (guid, code or id), to find it again on re-import. */
  key: string;
  title: string;
  /** A short text for programme lists (abstract, or the description's first paragraph). */
  summary: string;
  /** Markdown or plain text. */
  description: string;
  start: Date;
  end: Date;
  /** Language code of the talk, when the source says. */
  language: string | null;
  room: string | null;
  /** The session type (frab `type`, Sessionize format category). */
  type: string | null;
  /** The track (frab `track`, Sessionize track category). */
  track: string | null;
  /** Keys of its speakers, in order. */
  speakers: string[];
  recording: string | null;
  links: { title: string; url: string }[];
}

export interface ImportedSpeaker {
  key: string;
  name: string;
  biography: string | null;
  /** Role or tagline, e.g. "Librarian, National Library". */
  role: string | null;
}

type Offsets = { instant: Date; offset: number }[];

export interface ImportedSchedule {
  source: ScheduleSource;
  title: string | null;
  /** The zone the file names, if any. */
  namedTimeZone: string | null;
  /** Offset (minutes east of UTC) each instant was written with, when the file gives offsets. */
  offsets: Offsets;
  sessions: ImportedSession[];
  speakers: ImportedSpeaker[];
}

/** Longest title accepted (the session schema's limit). */
export const importTitleLimit = 150;

/** Which format `text` is in, from its shape. */
export function detectSource(text: string): ScheduleSource {
  const first = text.trimStart()[0];
  if (first === '<') {
    if (/<schedule[\s>]/.test(text)) return 'schedule-xml';
    throw new ImportError('This XML file is not a frab schedule.xml: expected a <schedule> root element with <day> elements.');
  }
  if (first !== '{' && first !== '[') throw new ImportError('This file is neither JSON nor XML: expected a schedule.json, a schedule.xml or a Sessionize export.');
  const json = parseJson(text);
  if (isRecord(json) && isRecord(json['schedule']) && isRecord(json['schedule']['conference'])) return 'schedule-json';
  if (isRecord(json) && Array.isArray(json['sessions']) && Array.isArray(json['speakers'])) return 'sessionize';
  throw new ImportError(
    'The JSON has an unknown shape: expected a C3VOC schedule.json (schedule → conference → days) or a Sessionize "All data" export (sessions, speakers, rooms, categories).',
  );
}

/** Reads `text` as `source` (or the detected format). */
export function readSchedule(text: string, source: ScheduleSource = detectSource(text)): ImportedSchedule {
  const schedule = source === 'schedule-json' ? readScheduleJson(parseJson(text)) : source === 'schedule-xml' ? readScheduleXml(text) : readSessionize(parseJson(text));
  checkSessions(schedule);
  return schedule;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(`This file is not valid JSON: ${(error as Error).message}.`);
  }
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const textOrNull = (value: unknown) => text(value) || null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]);

/** "Opening" (id 12): how messages name a talk. */
const described = (title: string, key: string) => `the talk "${title || '(no title)'}" (id ${key})`;

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO 8601 instant with its offset in minutes, or null when `value` has no offset. */
export function parseOffsetInstant(value: string): { instant: Date; offset: number } | null {
  const match = ISO_WITH_OFFSET.exec(value.trim());
  if (!match) return null;
  const zone = match[5]!;
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const instant = new Date(value.trim());
  return Number.isNaN(instant.getTime()) ? null : { instant, offset };
}

/** "01:30" or "1:30:00" → minutes. */
function durationMinutes(value: string, what: string): number {
  const match = /^(\d{1,3}):(\d{2})(?::\d{2})?$/.exec(value);
  if (!match) throw new ImportError(`${what}: the duration "${value}" is not HH:MM.`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The first paragraph of a text, for when a source has no abstract. */
function firstParagraph(description: string): string {
  return description.split(/\n\s*\n/)[0]!.trim();
}

interface RawEvent {
  key: string;
  title: string;
  date: string;
  /** Fallback when there is no full date: the day, its start time and the day's offset source. */
  day: string;
  start: string;
  duration: string;
  end: string;
  room: string;
  type: string;
  track: string;
  language: string;
  abstract: string;
  description: string;
  persons: { key: string; name: string; biography: string | null }[];
  recording: string | null;
  links: { title: string; url: string }[];
}

/** The fields both C3VOC forms name alike (a key in JSON, an element in XML) and keep as plain text. */
const namedAlike = ['title', 'date', 'start', 'duration', 'type', 'track', 'language', 'abstract', 'description'] as const;

/** An event's fields named alike in both forms, each read by `read`. */
function fieldsNamedAlike(read: (name: string) => string): Pick<RawEvent, (typeof namedAlike)[number]> {
  return Object.fromEntries(namedAlike.map((name) => [name, read(name)])) as Pick<RawEvent, (typeof namedAlike)[number]>;
}

/** Common to both C3VOC forms: an event's instants from `date` (with offset) and `duration` or `end`. */
function frabEvents(raw: RawEvent[], schedule: Omit<ImportedSchedule, 'sessions' | 'speakers'>): Pick<ImportedSchedule, 'sessions' | 'speakers'> {
  const speakers = new Map<string, ImportedSpeaker>();
  const sessions = raw.map((event): ImportedSession => {
    const what = described(event.title, event.key);
    if (!event.date) throw new ImportError(`${what} has no start: expected a "date" with its UTC offset, e.g. 2021-06-16T09:00:00+01:00.`);
    const start = parseOffsetInstant(event.date);
    if (!start) throw new ImportError(`${what}: the start "${event.date}" has no UTC offset; expected e.g. 2021-06-16T09:00:00+01:00.`);
    schedule.offsets.push(start);
    let end: Date;
    if (event.end) {
      const parsed = parseOffsetInstant(event.end);
      if (!parsed) throw new ImportError(`${what}: the end "${event.end}" has no UTC offset.`);
      end = parsed.instant;
    } else {
      if (!event.duration) throw new ImportError(`${what} has no duration or end.`);
      end = new Date(start.instant.getTime() + durationMinutes(event.duration, what) * 60_000);
    }
    for (const person of event.persons) {
      if (!speakers.has(person.key)) speakers.set(person.key, { key: person.key, name: person.name, biography: person.biography, role: null });
    }
    return {
      key: event.key,
      title: event.title,
      summary: event.abstract || firstParagraph(event.description),
      description: event.description || event.abstract,
      start: start.instant,
      end,
      language: event.language || null,
      room: event.room || null,
      type: event.type || null,
      track: event.track || null,
      speakers: event.persons.map((person) => person.key),
      recording: event.recording,
      links: event.links,
    };
  });
  return { sessions, speakers: [...speakers.values()] };
}

const personKey = (person: Json) => text(person['guid']) || text(person['code']) || text(person['id']) || text(person['name'] ?? person['public_name']);

function readScheduleJson(json: unknown): ImportedSchedule {
  const conference = (json as { schedule: { conference: Json } }).schedule.conference;
  const raw: RawEvent[] = [];
  for (const [dayIndex, day] of list(conference['days']).entries()) {
    if (!isRecord(day) || !isRecord(day['rooms'])) throw new ImportError(`Day ${dayIndex + 1} of the schedule has no "rooms" object.`);
    for (const [roomName, events] of Object.entries(day['rooms'])) {
      for (const event of list(events)) {
        if (!isRecord(event)) throw new ImportError(`Room "${roomName}" on ${text(day['date'])} holds something that is not an event.`);
        raw.push({
          ...fieldsNamedAlike((name) => text(event[name])),
          key: text(event['guid']) || text(event['code']) || text(event['id']),
          day: text(day['date']),
          end: text(event['end']),
          room: text(event['room']) || roomName,
          persons: list(event['persons']).filter(isRecord).map((person) => ({
            key: personKey(person),
            name: text(person['name'] ?? person['public_name']),
            biography: textOrNull(person['biography']),
          })),
          recording: null,
          links: list(event['links']).filter(isRecord).map((link) => ({ title: text(link['title']) || text(link['url']), url: text(link['url']) })),
        });
      }
    }
  }
  const schedule = { source: 'schedule-json' as const, title: textOrNull(conference['title']), namedTimeZone: textOrNull(conference['time_zone_name']), offsets: [] as Offsets };
  return { ...schedule, ...frabEvents(raw, schedule) };
}

/** Elements that may repeat, read as lists even when there is one. */
const repeatedXmlElements = new Set(['schedule.day', 'schedule.day.room', 'schedule.day.room.event', 'schedule.day.room.event.persons.person', 'schedule.day.room.event.links.link']);

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, path) => repeatedXmlElements.has(String(path)),
});

/** An XML element's text, whether it came as a string or as an object with attributes. */
const xmlText = (value: unknown): string => (isRecord(value) ? text(value['#text']) : text(value));

function readScheduleXml(xml: string): ImportedSchedule {
  try {
    new SyntaxValidator().validate(xml);
  } catch (error) {
    const { message, line } = error as { message: string; line?: number };
    throw new ImportError(`This file is not well-formed XML: ${message}${line ? ` (line ${line})` : ''}`);
  }
  const document = xmlParser.parse(xml) as Json;
  const root = document['schedule'];
  if (!isRecord(root)) throw new ImportError('This XML file is not a frab schedule.xml: expected a <schedule> root element with <day> elements.');
  const conference = isRecord(root['conference']) ? root['conference'] : {};
  const raw: RawEvent[] = [];
  for (const day of list(root['day']).filter(isRecord)) {
    for (const room of list(day['room']).filter(isRecord)) {
      for (const event of list(room['event']).filter(isRecord)) {
        const persons = isRecord(event['persons']) ? list(event['persons']['person']) : [];
        const links = isRecord(event['links']) ? list(event['links']['link']) : [];
        const recording = isRecord(event['recording']) ? xmlText(event['recording']['url']) || xmlText(event['recording']['link']) : '';
        raw.push({
          ...fieldsNamedAlike((name) => xmlText(event[name])),
          key: text(event['@guid']) || text(event['@code']) || text(event['@id']),
          day: text(day['@date']),
          end: '',
          room: xmlText(event['room']) || text(room['@name']),
          persons: persons.map((person) => {
            const name = xmlText(person);
            const attributes = isRecord(person) ? person : {};
            return { key: text(attributes['@guid']) || text(attributes['@id']) || name, name, biography: null };
          }),
          recording: recording || null,
          links: links.filter(isRecord).map((link) => ({ title: xmlText(link) || text(link['@href']), url: text(link['@href']) })),
        });
      }
    }
  }
  const schedule = { source: 'schedule-xml' as const, title: xmlText(conference['title']) || null, namedTimeZone: xmlText(conference['time_zone_name']) || null, offsets: [] as Offsets };
  return { ...schedule, ...frabEvents(raw, schedule) };
}

/**
 * Sessionize writes local times without an offset (`2024-06-10T09:00:00`), in the event's
 * zone, which the file does not name: the caller gives it (`--time-zone`, or the
 * existing conference.yaml). Instants are made later, in the import, from that zone.
 */
function readSessionize(json: unknown): ImportedSchedule {
  const data = json as Json;
  const rooms = new Map(list(data['rooms']).filter(isRecord).map((room) => [text(room['id']), text(room['name'])]));
  const categoryItems = new Map<string, { category: string; name: string }>();
  for (const category of list(data['categories']).filter(isRecord)) {
    for (const item of list(category['items']).filter(isRecord)) categoryItems.set(text(item['id']), { category: text(category['title']), name: text(item['name']) });
  }
  const speakers = list(data['speakers'])
    .filter(isRecord)
    .map((speaker): ImportedSpeaker => ({
      key: text(speaker['id']),
      name: text(speaker['fullName']) || `${text(speaker['firstName'])} ${text(speaker['lastName'])}`.trim(),
      biography: textOrNull(speaker['bio']),
      role: textOrNull(speaker['tagLine']),
    }));
  const sessions = list(data['sessions'])
    .filter(isRecord)
    .map((session): ImportedSession => {
      const key = text(session['id']);
      const title = text(session['title']);
      const what = described(title, key);
      const startsAt = text(session['startsAt']);
      const endsAt = text(session['endsAt']);
      if (!startsAt) throw new ImportError(`${what} has no start: expected "startsAt", e.g. 2024-06-10T09:00:00.`);
      if (!endsAt) throw new ImportError(`${what} has no end: expected "endsAt".`);
      const categories = list(session['categoryItems']).map((id) => categoryItems.get(text(id))).filter((item) => item !== undefined);
      const categoryNamed = (pattern: RegExp) => categories.find((item) => pattern.test(item.category))?.name ?? null;
      const description = text(session['description']);
      return {
        key,
        title,
        summary: firstParagraph(description),
        description,
        start: sessionizeLocal(startsAt, what),
        end: sessionizeLocal(endsAt, what),
        language: null,
        room: rooms.get(text(session['roomId'])) ?? null,
        type: categoryNamed(/format|type/i) ?? (session['isServiceSession'] === true ? 'Service' : null),
        track: categoryNamed(/track|theme|topic/i),
        speakers: list(session['speakers']).map((speaker) => (isRecord(speaker) ? text(speaker['id']) : text(speaker))),
        recording: textOrNull(session['recordingUrl']),
        links: [],
      };
    });
  return { source: 'sessionize', title: null, namedTimeZone: null, offsets: [], sessions, speakers };
}

/** A Sessionize local time, held as if it were UTC until the zone is known (see `placeLocalTimes`). */
function sessionizeLocal(value: string, what: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) throw new ImportError(`${what}: the time "${value}" is not a local date and time like 2024-06-10T09:00:00.`);
  return new Date(`${value}Z`);
}

/** Turns Sessionize's local times (held as UTC) into instants in `timeZone`; a time the clocks skip is refused with its talk named. */
export function placeLocalTimes(schedule: ImportedSchedule, timeZone: string): ImportedSchedule {
  const place = (wall: Date, what: string) => {
    try {
      return wallTimeToInstant(wall.toISOString().slice(0, 10), wall.toISOString().slice(11, 16), timeZone);
    } catch (error) {
      throw new ImportError(`${what}: ${(error as Error).message}.`);
    }
  };
  return {
    ...schedule,
    sessions: schedule.sessions.map((session) => {
      const what = described(session.title, session.key);
      return { ...session, start: place(session.start, what), end: place(session.end, what) };
    }),
  };
}

/** Refuses what would make a broken folder: duplicate ids, missing titles, overlong titles, ends before starts, unknown speakers. */
function checkSessions(schedule: ImportedSchedule): void {
  const seen = new Map<string, string>();
  for (const session of schedule.sessions) {
    const what = described(session.title, session.key);
    if (!session.key) throw new ImportError(`The talk "${session.title || '(no title)'}" has no id (guid, code or id).`);
    const earlier = seen.get(session.key);
    if (earlier !== undefined) throw new ImportError(`Two talks have the id ${session.key}: "${earlier}" and "${session.title}". Ids must be unique.`);
    seen.set(session.key, session.title);
    if (!session.title) throw new ImportError(`The talk with id ${session.key} has no title.`);
    if (session.title.length > importTitleLimit) {
      throw new ImportError(`${what}: the title has ${session.title.length} characters; at most ${importTitleLimit} fit in lists, calendars and browser tabs.`);
    }
    if (session.end.getTime() <= session.start.getTime()) throw new ImportError(`${what} ends before it starts.`);
  }
  const speakerKeys = new Set<string>();
  for (const speaker of schedule.speakers) {
    if (speakerKeys.has(speaker.key)) throw new ImportError(`Two speakers have the id ${speaker.key} ("${speaker.name}").`);
    speakerKeys.add(speaker.key);
    if (!speaker.name) throw new ImportError(`The speaker with id ${speaker.key} has no name.`);
  }
  for (const session of schedule.sessions) {
    const unknown = session.speakers.find((key) => !speakerKeys.has(key));
    if (unknown !== undefined) throw new ImportError(`${described(session.title, session.key)} names the speaker ${unknown}, who is not in the file's speakers.`);
  }
}

export interface ZoneChoice {
  timeZone: string;
  /** Why this zone, in words for the person importing. */
  reason: string;
}

const formatOffset = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

/**
 * The zone to write the programme in: the file's own when its offsets agree with it, else
 * one whose offsets match every instant of the file (real exports sometimes name one zone
 * and write times in another). Offsets are the truth, because they fix the instants.
 */
export function chooseTimeZone(named: string | null, offsets: readonly { instant: Date; offset: number }[], fallback: string | null): ZoneChoice {
  const fits = (zone: string) => offsets.every(({ instant, offset }) => utcOffsetMinutes(instant, zone) === offset);
  const zones = Intl.supportedValuesOf('timeZone');
  const isKnown = (zone: string) => zones.includes(zone) || zone === 'UTC';
  if (named && isKnown(named) && fits(named)) return { timeZone: named, reason: `the file's own zone, ${named}, which agrees with every time's offset` };
  const distinct = [...new Set(offsets.map(({ offset }) => formatOffset(offset)))].join(', ');
  const area = named?.split('/')[0];
  const candidates = [fallback, ...(area ? zones.filter((zone) => zone.startsWith(`${area}/`)) : [])].filter(
    (zone): zone is string => Boolean(zone),
  );
  const allSame = offsets.every(({ offset }) => offset === offsets[0]?.offset);
  const fixed = offsets.length === 0 ? [] : offsets[0]!.offset === 0 ? ['UTC'] : offsets[0]!.offset % 60 === 0 && allSame ? [`Etc/GMT${offsets[0]!.offset > 0 ? '-' : '+'}${Math.abs(offsets[0]!.offset) / 60}`] : [];
  const choice = [...candidates, ...(allSame ? fixed : []), ...zones].find((zone) => isKnown(zone) && fits(zone));
  if (!choice) throw new ImportError(`No time zone has the offsets this file gives (${distinct}); check the times' offsets.`);
  if (offsets.length === 0) return { timeZone: choice, reason: `the file gives no offsets; using ${choice}` };
  const why = named
    ? isKnown(named)
      ? `the file names ${named}, but its times carry the offset${distinct.includes(',') ? 's' : ''} ${distinct}, which ${named} does not have on those dates`
      : `the file names "${named}", which is not a known time zone`
    : 'the file names no time zone';
  return { timeZone: choice, reason: `${why}; the offsets fix the instants, so the programme is written in ${choice}, which has ${distinct} at every time of the file` };
}

/** Clean, unique ids: slugs of names, "-2", "-3"… when two names make the same slug; `taken` maps source keys already given an id. */
export function assignIds(items: readonly { key: string; name: string }[], taken: ReadonlyMap<string, string> = new Map(), fallback = 'item'): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set(taken.values());
  for (const item of items) {
    const known = taken.get(item.key);
    if (known) {
      ids.set(item.key, known);
      continue;
    }
    const base = slugify(item.name) || `${fallback}-${slugify(item.key) || ids.size + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(item.key, id);
  }
  return ids;
}
