/**
 * A session's time on the visitor's own clock, shown by a script beside the conference
 * time. It reads only the `<time datetime>` values, whose date is the conference day and
 * whose offset is the conference clock's, so it needs nothing but the page.
 */
import { formatDay, formatTimeRange } from './format.ts';
import { dayInZone, utcOffsetLabel, utcOffsetMinutes } from './time.ts';

export interface VisitorTime {
  /** "21:00–22:30" on the visitor's clock; a range across midnight is written with its dates, as Intl does. */
  time: string;
  /** The visitor's zone named in the page's language, e.g. "Japan Standard Time". */
  zone: string;
  /** "UTC+9". */
  offset: string;
  /** Visitor's day minus conference day, at the start: -1 the day before, 1 the day after. */
  dayShift: number;
  /** The visitor's day, written out, when it is not the conference day. */
  date?: string;
}

/** Minutes east of UTC written at the end of an ISO 8601 date-time (`+02:00`, `-05:00`, `Z`). */
export function isoOffsetMinutes(iso: string): number {
  const match = /(?:([+-])(\d{2}):?(\d{2})|Z)$/.exec(iso);
  if (!match) throw new Error(`"${iso}" has no UTC offset`);
  if (!match[1]) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The zone's name at `instant`, in `locale`, e.g. "Japan Standard Time". */
export function zoneName(instant: Date, locale: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * The session from `startIso` to `endIso` as seen in `timeZone`, in `locale`; undefined when
 * that clock shows the same times as the conference's, as there is then nothing to add.
 */
export function visitorTime(startIso: string, endIso: string, locale: string, timeZone: string): VisitorTime | undefined {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (utcOffsetMinutes(start, timeZone) === isoOffsetMinutes(startIso) && utcOffsetMinutes(end, timeZone) === isoOffsetMinutes(endIso)) {
    return undefined;
  }
  const range = formatTimeRange(start, end, locale, timeZone);
  const conferenceDay = startIso.slice(0, 10);
  const localDay = dayInZone(start, timeZone);
  const dayShift = Math.round((Date.parse(localDay) - Date.parse(conferenceDay)) / 86_400_000);
  return {
    time: `${range.start}${range.separator}${range.end}`,
    zone: zoneName(start, locale, timeZone),
    offset: utcOffsetLabel(start, timeZone),
    dayShift,
    ...(dayShift !== 0 ? { date: formatDay(localDay, locale) } : {}),
  };
}
