/**
 * The calendar file of a visitor's own selection ("My programme"), made in the browser from
 * data the page embeds: events by the build's rules (`sessionEvent`), written by the small
 * writer in ics.ts.
 */
import { eventLabelsFrom, sessionEvent, type EventLabelTexts, type EventSession } from './calendar.ts';
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
  labels: EventLabelTexts;
  sessions: SelectableSession[];
}

/** The `.ics` text of the sessions `ids`, in programme order. */
export function selectionCalendar(data: SelectionCalendarData, ids: readonly string[]): string {
  const options = { stamp: new Date(data.stamp), location: data.location, labels: eventLabelsFrom(data.labels) };
  return icsText({
    name: data.name,
    language: data.language,
    events: data.sessions.filter((session) => ids.includes(session.id)).map((session) => sessionEvent(session, options)),
  });
}
