/** The site's calendar files: which sessions each holds, and its name, in one language. */
import { fill, uiStrings } from '../i18n/index.ts';
import type { CalendarKey } from '../lib/calendar-files.ts';
import { buildCalendar, eventLabelsFrom, sessionEvent, type EventLabelTexts } from '../lib/calendar.ts';
import { formatDay } from '../lib/format.ts';
import type { ProgrammeConference, ProgrammeData, ProgrammeSession } from '../lib/programme-data.ts';
import { programmeData } from './programme-data.ts';
import { localeOf, type Site } from './site.ts';

/** What the file is about (for its name) and the sessions in it. */
function contents(data: ProgrammeData, key: CalendarKey, locale: string, formatLocale: string): { about: string; sessions: ProgrammeSession[] } {
  const t = uiStrings(locale);
  switch (key.kind) {
    case 'programme':
      return { about: t.programme.title, sessions: data.sessions };
    case 'day':
      return { about: formatDay(key.day, formatLocale), sessions: data.sessions.filter((session) => session.day === key.day) };
    case 'session': {
      const session = data.sessions.find((s) => s.id === key.id)!;
      return { about: session.title, sessions: [session] };
    }
    case 'audience': {
      const audience = data.audiences.find((a) => a.id === key.id)!;
      return {
        about: fill(t.audiences.sessionsFor, { audience: audience.label }),
        sessions: data.sessions.filter((session) => session.audiences.some((a) => a.id === key.id)),
      };
    }
  }
}

/** "Online", the venue, or both. */
export function locationText(conference: ProgrammeConference, locale: string): string {
  const online = uiStrings(locale).attendance.online;
  if (!conference.venue) return online;
  const venue = `${conference.venue.name}, ${conference.venue.address}`;
  return conference.attendance === 'hybrid' ? `${venue} / ${online}` : venue;
}

/** Labels of calendar events in `locale`, for the build and for the page that makes a calendar in the browser (My programme). */
export function eventLabelTexts(locale: string, formatLocale: string): EventLabelTexts {
  const t = uiStrings(locale);
  return {
    cancelledTitle: t.calendar.cancelledTitle,
    cancelledNotice: t.session.cancelledNotice,
    provisionalNotice: t.session.provisionalNotice,
    speakers: t.people.calendarSpeakers,
    moderators: t.people.calendarModerators,
    listLocale: formatLocale,
  };
}

/** The `.ics` text of calendar `key` in `locale`. DTSTAMP is the build's clock (SITE_NOW), so updates supersede; a rebuild keeps an unchanged file, and its stamp. */
export function calendarText(site: Site, locale: string, key: CalendarKey): string {
  const data = programmeData(site, locale);
  const { formatLocale } = localeOf(site, locale);
  const { about, sessions } = contents(data, key, locale, formatLocale);
  const options = { stamp: site.now, location: locationText(data.conference, locale), labels: eventLabelsFrom(eventLabelTexts(locale, formatLocale)) };
  return buildCalendar({
    name: fill(uiStrings(locale).calendar.name, { conference: data.conference.shortName, about }),
    language: locale,
    events: sessions.map((session) => sessionEvent(session, options)),
  });
}
