/**
 * The session files home and My programme fetch (src/lib/session-feeds.ts), made once per build
 * and language from the programme records (programmeData), so they say what every other output says.
 */
import { uiStrings } from '../i18n/index.ts';
import { fill } from '../i18n/text.ts';
import type { ProgrammeSession } from '../lib/programme-data.ts';
import { feedPath, type FeedName, type MyProgrammeFeed, type NowNextFeed } from '../lib/session-feeds.ts';
import { eventLabelTexts, locationText } from './calendars.ts';
import { urlFor } from './pages.ts';
import { programmeData } from './programme-data.ts';
import { localeOf, type Site } from './site.ts';

/** URL of a feed in `locale`, with the site's base path. */
export function feedUrl(locale: string, name: FeedName): string {
  return feedPath(import.meta.env.BASE_URL, locale, name);
}

const pageUrl = (locale: string, session: ProgrammeSession) => urlFor(locale, { kind: 'session', id: session.id });

export function nowNextFeed(site: Site, locale: string): NowNextFeed {
  return {
    sessions: programmeData(site, locale)
      .sessions.filter((session) => session.status !== 'cancelled')
      .map((session) => ({ id: session.id, url: pageUrl(locale, session), title: session.title, language: session.language, start: session.start, end: session.end })),
  };
}

export function myProgrammeFeed(site: Site, locale: string): MyProgrammeFeed {
  const data = programmeData(site, locale);
  const t = uiStrings(locale);
  const names = (people: ProgrammeSession['speakers']) => people.map(({ name }) => ({ name }));
  return {
    name: fill(t.calendar.name, { conference: data.conference.shortName, about: t.myProgramme.title }),
    language: locale,
    stamp: site.now.toISOString(),
    location: locationText(data.conference, locale),
    labels: eventLabelTexts(locale, localeOf(site, locale).formatLocale),
    timeZone: data.conference.timeZone,
    sessions: data.sessions.map((session) => {
      const { id, uid, url, title, summary, start, end, status, provisional, language, format } = session;
      return { id, uid, url, title, summary, start, end, status, provisional, speakers: names(session.speakers), moderators: names(session.moderators), language, pageUrl: pageUrl(locale, session), format: format.label };
    }),
  };
}
