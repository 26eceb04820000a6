/**
 * The calendar file of a visitor's own selection ("My programme"), made in the browser from
 * data the page embeds: events by the build's rules (`sessionEvent`), written by the small
 * writer in ics.ts.
 */
import { fill } from '../i18n/index.ts';
import { sessionEvent, type EventSession } from './calendar.ts';
import { icsText } from './ics.ts';
import type { ProgrammeSession } from './programme-data.ts';

export type SelectableSession = EventSession & Pick<ProgrammeSession, 'id'>;

/** What the page embeds as JSON: the build's event options, with texts as templates instead of functions. */
export interface SelectionCalendarData {
  name: string;
  language: string;
  /** The build's clock, as in the build's files, so both are the same version of each event. */
  stamp: string;
  location: string;
  labels: {
    /** With a `{title}` placeholder. */
    cancelledTitle: string;
    cancelledNotice: string;
    provisionalNotice: string;
  };
  sessions: SelectableSession[];
}

/** The `.ics` text of the sessions `ids`, in programme order. */
export function selectionCalendar(data: SelectionCalendarData, ids: readonly string[]): string {
  const { labels } = data;
  const options = {
    stamp: new Date(data.stamp),
    location: data.location,
    labels: { ...labels, cancelledTitle: (title: string) => fill(labels.cancelledTitle, { title }) },
  };
  return icsText({
    name: data.name,
    language: data.language,
    events: data.sessions.filter((session) => ids.includes(session.id)).map((session) => sessionEvent(session, options)),
  });
}
