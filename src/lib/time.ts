/**
 * Time-zone arithmetic on top of `Intl`, with no date library: the conference
 * programme is written in the conference's wall-clock time and every instant we
 * publish must carry the right UTC offset, including across daylight-saving changes.
 */

import { memoised } from './memo.ts';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

type WallClock = Readonly<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>>;

/** A programme has few distinct instants, each formatted on many pages: remember their fields (docs/performance.md). */
const wallClocks = new Map<string, WallClock>();

/** Wall-clock fields of an instant in a zone. */
function wallClock(instant: Date, timeZone: string): WallClock {
  return memoised(wallClocks, `${timeZone} ${instant.getTime()}`, () => readWallClock(instant, timeZone));
}

/** Reads the fields with `Intl`; the formatter is cached per zone because builds format thousands of times. */
function readWallClock(instant: Date, timeZone: string): WallClock {
  const formatter = memoised(partsFormatters, timeZone, () =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }),
  );
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return Object.freeze(fields as Record<keyof WallClock, number>);
}

/** True when `timeZone` is an IANA zone name that this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isValidDay(day: string): boolean {
  const match = DAY_PATTERN.exec(day);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === day;
}

/** True for a 24-hour `HH:MM` time. */
export function isValidTime(time: string): boolean {
  return TIME_PATTERN.test(time);
}

/** Minutes to add to UTC to get the zone's wall-clock time at `instant` (e.g. +120 for CEST). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const f = wallClock(instant, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

export class WallTimeError extends Error {}

/**
 * The instant at which the wall clock in `timeZone` shows `day` `time`.
 * A time skipped by a daylight-saving jump does not exist and throws; a time that
 * happens twice (clocks going back) resolves to its first occurrence.
 */
export function wallTimeToInstant(day: string, time: string, timeZone: string): Date {
  if (!isValidDay(day)) throw new WallTimeError(`"${day}" is not a day written YYYY-MM-DD`);
  if (!isValidTime(time)) throw new WallTimeError(`"${time}" is not a time written HH:MM (24-hour)`);
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const naiveUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The true offset is one of the offsets in force a day either side; try the earlier one first.
  const candidates = [
    utcOffsetMinutes(new Date(naiveUtc - 86_400_000), timeZone),
    utcOffsetMinutes(new Date(naiveUtc + 86_400_000), timeZone),
  ].sort((a, b) => b - a);
  for (const offset of candidates) {
    const instant = new Date(naiveUtc - offset * 60_000);
    if (utcOffsetMinutes(instant, timeZone) === offset) return instant;
  }
  throw new WallTimeError(`${day} ${time} does not exist in ${timeZone} (the clocks skip it for daylight saving)`);
}

/** The calendar day (`YYYY-MM-DD`) of `instant` on the zone's wall clock. */
export function dayInZone(instant: Date, timeZone: string): string {
  const f = wallClock(instant, timeZone);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}`;
}

/** ISO 8601 with the zone's offset, e.g. `2021-06-16T14:00:00+02:00`, for `<time datetime>` and data files. */
export function toZonedIso(instant: Date, timeZone: string): string {
  const f = wallClock(instant, timeZone);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${formatOffset(utcOffsetMinutes(instant, timeZone), ':')}`;
}

/** A short label for an offset: `UTC+2`, `UTC−3:30`, `UTC`. */
export function utcOffsetLabel(instant: Date, timeZone: string): string {
  const minutes = utcOffsetMinutes(instant, timeZone);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '\u2212';
  const abs = Math.abs(minutes);
  const rest = abs % 60 ? `:${pad(abs % 60)}` : '';
  return `UTC${sign}${Math.floor(abs / 60)}${rest}`;
}

/** Every day from `first` to `last` inclusive, as `YYYY-MM-DD`. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const cursor = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  while (cursor <= end) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

function formatOffset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
