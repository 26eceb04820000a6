/**
 * The shapes of the two small session files the browser fetches, so that pages which would
 * otherwise carry every session (home's "now and next", My programme) stay light at any size
 * (docs/performance.md). The build writes them once per language (src/data/session-feeds.ts);
 * page scripts read them.
 */
import type { ProgrammeSession } from './programme-data.ts';
import type { SelectableSession, SelectionCalendarData } from './selection-calendar.ts';
import { joinFile } from './urls.ts';

/** A session as a list shows it: `url` is its page's path on this site (with the base path). */
export type ListedSession = Pick<ProgrammeSession, 'id' | 'url' | 'title' | 'language' | 'start' | 'end'>;

/** `/<locale>/now-next.json`: the sessions that take place (cancelled ones left out), in programme order. */
export interface NowNextFeed {
  sessions: ListedSession[];
}

/** A session on My programme: its calendar event, plus what its row shows. */
export type ChoosableSession = SelectableSession & Pick<ProgrammeSession, 'language'> & {
  /** Its page's path on this site (`url` is the absolute address calendars carry). */
  pageUrl: string;
  /** Its format, labelled in the file's language. */
  format: string;
};

/** `/<locale>/my-programme.json`: every session, with what the selection's calendar file needs. */
export interface MyProgrammeFeed extends SelectionCalendarData {
  /** The IANA zone the times are written in (the conference's). */
  timeZone: string;
  sessions: ChoosableSession[];
}

export type FeedName = 'now-next' | 'my-programme';

/** Path of a feed, e.g. `/wepc2021/fr/now-next.json`. */
export function feedPath(base: string, locale: string, name: FeedName): string {
  return `${joinFile(base, locale, name)}.json`;
}
