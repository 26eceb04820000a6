/**
 * Times shown in a zone the visitor chooses: the conference's (the default, and the only one
 * without JavaScript), their own, or any other. A page script rewrites each `<time>` from its
 * `datetime` value, so it needs nothing but the page; calendars keep the conference's zone.
 */
import { formatShortDateTime, formatTime, formatTimeRange, type TimeRangeText } from './format.ts';
import { dayInZone, isValidTimeZone, utcOffsetLabel } from './time.ts';

/** What the visitor chose: `conference`, `visitor` (their device's zone) or an IANA zone name. */
export type ZoneChoice = 'conference' | 'visitor' | (string & {});

/** The stored choice if it is still usable, else the conference's zone. */
export function readZoneChoice(stored: string | null | undefined): ZoneChoice {
  if (stored === 'conference' || stored === 'visitor') return stored;
  return stored && isValidTimeZone(stored) ? stored : 'conference';
}

/** The IANA zone a choice stands for. */
export function zoneOf(choice: ZoneChoice, conferenceZone: string, visitorZone: string): string {
  if (choice === 'conference') return conferenceZone;
  return choice === 'visitor' ? visitorZone : choice;
}

/** The zone's name at `instant`, in `locale`, e.g. "Japan Standard Time", and its offset, "UTC+9". */
export function zoneLabel(instant: Date, locale: string, timeZone: string): { zone: string; offset: string } {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(instant);
  return { zone: parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone, offset: utcOffsetLabel(instant, timeZone) };
}

/** One instant in `timeZone`: its time when it falls on `day` (the conference day the page shows), else "Sat 19 June, 00:15". */
export function zonedTime(instant: Date, day: string, locale: string, timeZone: string, pattern: string): string {
  return dayInZone(instant, timeZone) === day ? formatTime(instant, locale, timeZone) : formatShortDateTime(instant, locale, timeZone, pattern);
}

/**
 * A session's range in `timeZone`: times only when it starts on `day` (the conference day the
 * page shows) and ends the same day; otherwise each end on another day carries its date.
 */
export function zonedRange(start: Date, end: Date, day: string, locale: string, timeZone: string, pattern: string): TimeRangeText {
  const startDay = dayInZone(start, timeZone);
  const endDay = dayInZone(end, timeZone);
  // Both ends through formatTime: Intl's ranges drop the leading zero in some languages ("9:30–11:15").
  if (startDay === day && endDay === day) return { start: formatTime(start, locale, timeZone), separator: formatTimeRange(start, end, locale, timeZone).separator, end: formatTime(end, locale, timeZone) };
  return {
    start: zonedTime(start, day, locale, timeZone, pattern),
    separator: ' – ',
    end: zonedTime(end, startDay, locale, timeZone, pattern),
  };
}

/** Where the choice is remembered, one key per site (base path), shared by its languages. */
export function zoneStorageKey(base: string): string {
  return `time-zone:${base}`;
}
