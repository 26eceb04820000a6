/**
 * `schedule.json` and `schedule.xml` (C3VOC / frab) in one language, from the same
 * programme records as programme.json and the calendars (src/data/programme-data.ts), so
 * every output gives a session the same instants. Each file is written once per build.
 */
import removeMarkdown from 'remove-markdown';
import { fill, uiStrings } from '../i18n/index.ts';
import { pickLocalized } from '../lib/localized.ts';
import { memoised } from '../lib/memo.ts';
import { acronymFrom, scheduleDocument, scheduleJson, scheduleXml, type ScheduleDocument, type ScheduleInput } from '../lib/schedule-export.ts';
import { joinFile } from '../lib/urls.ts';
import { absoluteUrl } from './pages.ts';
import { programmeData } from './programme-data.ts';
import type { Site } from './site.ts';

export const scheduleFormats = ['json', 'xml'] as const;
export type ScheduleFormat = (typeof scheduleFormats)[number];

const mediaTypes: Record<ScheduleFormat, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

/** Path of the schedule file in `locale`, e.g. `/wepc2021/fr/schedule.xml`; the root's copy names this one as its address. */
function schedulePath(locale: string, format: ScheduleFormat): string {
  return joinFile(import.meta.env.BASE_URL, locale, `schedule.${format}`);
}

/** Markdown as plain text, for apps that show text as it is. */
const plainText = (markdown: string | undefined) => removeMarkdown(markdown ?? '', { stripListLeaders: false, useImgAltText: true }).trim();

/** The records the writers need, in `locale`. */
function scheduleInput(site: Site, locale: string): ScheduleInput {
  const data = programmeData(site, locale);
  const { conference } = site;
  const t = uiStrings(locale);
  const pick = (texts: Record<string, string>) => pickLocalized(texts, locale, site.fallbacks)!.value;
  // A session without a room is in the event's only room: the venue, or "Online".
  const onlyRoom = conference.venue ? { id: 'venue', name: pick(conference.venue.name), order: 0 } : { id: 'online', name: t.attendance.online, order: 0 };
  const rooms = new Map(site.rooms.map((room) => [room.id, { id: room.id, name: pick(room.data.label), order: room.data.order }]));
  return {
    siteRoot: absoluteUrl(import.meta.env.BASE_URL),
    title: data.conference.name,
    acronym: conference.acronym ?? acronymFrom(pickLocalized(conference.shortName, site.defaultLocale, site.fallbacks)!.value, conference.startDate.slice(0, 4)),
    timeZone: conference.timeZone,
    start: data.conference.start,
    end: data.conference.end,
    url: data.conference.url,
    tracks: [...site.themes.values()]
      .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
      .map((theme) => ({ name: pick(theme.data.label), slug: theme.id })),
    sessions: data.sessions.map((record, index) => {
      const session = site.sessions[index]!;
      const text = pickLocalized(session.texts, locale, site.fallbacks)!.value;
      const people = [...session.data.speakers, ...session.data.moderators];
      return {
        id: record.id,
        day: record.day,
        start: record.start,
        end: record.end,
        room: session.data.room ? rooms.get(session.data.room)! : onlyRoom,
        title: record.status === 'cancelled' ? fill(t.calendar.cancelledTitle, { title: record.title }) : record.title,
        type: record.format.label,
        track: record.theme?.label ?? null,
        // The language spoken when the programme says, else the language of the text.
        language: session.data.language ?? record.language,
        abstract: record.summary,
        description: plainText(text.body),
        url: record.url,
        persons: [...new Set(people)].map((id) => {
          const person = site.people.get(id)!;
          const biography = plainText(pickLocalized(person.texts, locale, site.fallbacks)?.value.body);
          return { id, name: person.name, biography: biography || null };
        }),
        links: session.data.resources.map((resource) => ({
          title: pick(resource.label),
          url: resource.url ?? absoluteUrl(joinFile(import.meta.env.BASE_URL, resource.file!)),
        })),
        recording: session.data.recording ? { url: session.data.recording, title: t.sessionLife.recording } : null,
      };
    }),
  };
}

const caches = new WeakMap<Site, { documents: Map<string, ScheduleDocument>; texts: Map<string, string> }>();

/** The text of `schedule.<format>` in `locale`, written once per build; the site root's copy (default language) reuses it. */
export function scheduleText(site: Site, locale: string, format: ScheduleFormat): string {
  const cache = caches.get(site) ?? { documents: new Map(), texts: new Map() };
  caches.set(site, cache);
  return memoised(cache.texts, `${locale}.${format}`, () => {
    const document = memoised(cache.documents, locale, () => scheduleDocument(scheduleInput(site, locale)));
    const fileUrl = absoluteUrl(schedulePath(locale, format));
    return format === 'json' ? scheduleJson(document, fileUrl) : scheduleXml(document, fileUrl);
  });
}

/** The HTTP response of a schedule route. */
export function scheduleResponse(site: Site, locale: string, format: string): Response {
  const known = scheduleFormats.find((candidate) => candidate === format)!;
  return new Response(scheduleText(site, locale, known), { headers: { 'Content-Type': mediaTypes[known] } });
}
