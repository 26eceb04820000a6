/**
 * The site model as programme records in one language (src/lib/programme-data.ts): what
 * programme.json publishes and what calendar files and structured data are built from.
 */
import { uiStrings } from '../i18n/index.ts';
import { calendarKeys, calendarPath, type CalendarKey } from '../lib/calendar-files.ts';
import { sessionUid } from '../lib/calendar.ts';
import { fallbackLang, pickLocalized } from '../lib/localized.ts';
import type { Labelled, Person, ProgrammeData, ProgrammeSession } from '../lib/programme-data.ts';
import { groupByDay } from '../lib/programme.ts';
import { memoised } from '../lib/memo.ts';
import { toZonedIso } from '../lib/time.ts';
import { absoluteUrl, urlFor } from './pages.ts';
import { personRole } from './people.ts';
import { resourcePath, streamOf } from './session-life.ts';
import type { Site, Taxon } from './site.ts';

/** Path of a calendar file in `locale`, e.g. `/wepc2021/fr/programme.ics`. */
export function calendarUrlFor(locale: string, key: CalendarKey): string {
  return calendarPath(import.meta.env.BASE_URL, locale, key, uiStrings(locale).routes);
}

/** Every calendar file of the site, the same in every language. */
export function siteCalendarKeys(site: Site): CalendarKey[] {
  const days = groupByDay(site.sessions, site.conference.timeZone).map(({ day }) => day);
  return calendarKeys(
    days,
    site.sessions.map((session) => session.id),
    site.audiences.map((audience) => audience.id),
  );
}

const cache = new WeakMap<Site, Map<string, ProgrammeData>>();

/** The programme in `locale`, computed once per build and language. */
export function programmeData(site: Site, locale: string): ProgrammeData {
  const perLocale = cache.get(site) ?? new Map<string, ProgrammeData>();
  cache.set(site, perLocale);
  return memoised(perLocale, locale, () => assemble(site, locale));
}

function assemble(site: Site, locale: string): ProgrammeData {
  const { conference } = site;
  const zone = conference.timeZone;
  const pick = (texts: Record<string, string>) => pickLocalized(texts, locale, site.fallbacks)!.value;
  const calendarUrl = (key: CalendarKey) => absoluteUrl(calendarUrlFor(locale, key));
  const labelled = (taxon: Taxon): Labelled => ({ id: taxon.id, label: pick(taxon.data.label) });
  const audiences = new Map(site.audiences.map((audience) => [audience.id, audience]));
  const person = (id: string): Person => {
    const found = site.people.get(id)!;
    const role = personRole({ pick: (versions) => pickLocalized(versions, locale, site.fallbacks)!, langOf: fallbackLang }, found);
    return { id, name: found.name, role: role?.text ?? null, url: absoluteUrl(urlFor(locale, { kind: 'speaker', id })) };
  };
  const siteRoot = absoluteUrl(import.meta.env.BASE_URL);

  const sessions = site.sessions.map((session): ProgrammeSession => {
    const text = pickLocalized(session.texts, locale, site.fallbacks)!;
    const { data } = session;
    return {
      id: session.id,
      uid: sessionUid(session.id, siteRoot),
      url: absoluteUrl(urlFor(locale, { kind: 'session', id: session.id })),
      calendarUrl: calendarUrl({ kind: 'session', id: session.id }),
      language: text.locale,
      title: text.value.data.title,
      summary: text.value.data.summary,
      day: data.day,
      start: toZonedIso(session.start, zone),
      end: toZonedIso(session.end, zone),
      status: data.status,
      provisional: data.provisional,
      format: labelled(site.formats.get(data.format)!),
      theme: data.theme ? labelled(site.themes.get(data.theme)!) : null,
      audiences: data.audiences.map((id) => labelled(audiences.get(id)!)),
      speakers: data.speakers.map(person),
      moderators: data.moderators.map(person),
      stream: streamOf(site, session) ?? null,
      recording: data.recording ?? null,
      resources: data.resources.map((resource) => ({ label: pick(resource.label), url: absoluteUrl(resourcePath(resource)) })),
      spokenLanguage: data.language ?? null,
      interpretation: data.interpretation,
    };
  });

  const first = site.sessions[0];
  const lastEnd = site.sessions.reduce<Date | undefined>((latest, session) => (latest && latest > session.end ? latest : session.end), undefined);
  return {
    language: locale,
    conference: {
      name: pick(conference.name),
      shortName: pick(conference.shortName),
      url: absoluteUrl(urlFor(locale, { kind: 'home' })),
      startDate: conference.startDate,
      endDate: conference.endDate,
      start: first ? toZonedIso(first.start, zone) : conference.startDate,
      end: lastEnd ? toZonedIso(lastEnd, zone) : conference.endDate,
      timeZone: zone,
      timeZoneName: pick(conference.timeZoneName),
      attendance: conference.attendance,
      venue: conference.venue ? { name: pick(conference.venue.name), address: pick(conference.venue.address) } : null,
      organiser: { name: pick(conference.organiser.name), url: conference.organiser.url },
      calendarUrl: calendarUrl({ kind: 'programme' }),
      outcomes: conference.outcomes.map((outcome) => ({ label: pick(outcome.label), url: outcome.url })),
    },
    days: groupByDay(site.sessions, zone).map(({ day }) => ({ day, calendarUrl: calendarUrl({ kind: 'day', day }) })),
    audiences: site.audiences.map((audience) => ({
      ...labelled(audience),
      url: absoluteUrl(urlFor(locale, { kind: 'audience', id: audience.id })),
      calendarUrl: calendarUrl({ kind: 'audience', id: audience.id }),
    })),
    sessions,
  };
}
