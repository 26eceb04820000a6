/** Locale-aware display of days, times and ranges, through `Intl` only. */
import { memoised } from './memo.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memoised(formatters, `${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** A calendar day is a date without a zone: format its UTC midnight in UTC so it never shifts. */
function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** "Wednesday 16 June 2021" in the visitor's language; "16 June 2021" without the weekday (e.g. for a letter's date). */
export function formatDay(day: string, locale: string, { weekday = true } = {}): string {
  return formatter(locale, { timeZone: 'UTC', ...(weekday ? { weekday: 'long' } : {}), day: 'numeric', month: 'long', year: 'numeric' }).format(dayAsDate(day));
}

const dayRanges = new Map<string, string>();

/** "16–18 June 2021", collapsing the shared month and year as the language does. */
export function formatDayRange(first: string, last: string, locale: string): string {
  // The conference's dates are on every page's social card: Intl's formatRange is slow enough to show in a profile.
  return memoised(dayRanges, `${first}|${last}|${locale}`, () => {
    const f = formatter(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    return first === last ? f.format(dayAsDate(first)) : f.formatRange(dayAsDate(first), dayAsDate(last));
  });
}

export interface TimeRangeText {
  start: string;
  /** What the language puts between the two times, e.g. "–" or " – ". */
  separator: string;
  end: string;
}

const timeRanges = new Map<string, TimeRangeText>();

/**
 * "14:00", "–", "15:30": the two ends of a range (start at least a minute before end; Intl adds
 * the dates across midnight) and the language's own separator, so each end can be marked up.
 */
export function formatTimeRange(start: Date, end: Date, locale: string, timeZone: string): TimeRangeText {
  // The same few ranges appear on many pages (programme, audiences, session): format each once (docs/performance.md).
  return memoised(timeRanges, `${locale} ${timeZone} ${start.getTime()} ${end.getTime()}`, () => {
    const parts = formatter(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatRangeToParts(start, end);
    const joined = (source: string) => parts.filter((part) => part.source === source).map((part) => part.value).join('');
    return Object.freeze({ start: joined('startRange'), separator: joined('shared'), end: joined('endRange') });
  });
}

/** True for a locale tag `Intl` accepts, e.g. "en-GB" or "ar-u-nu-latn". */
export function isFormatLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** "Friday 4 June 2021, 23:59" on the wall clock of `timeZone`. */
export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/** "00:15" on the wall clock of `timeZone`. */
export function formatTime(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/**
 * "Sat 19 June, 00:15": the one short form of an instant, the same before and after midnight.
 * `pattern` is the language's way of joining them, e.g. `{date}, {time}`.
 */
export function formatShortDateTime(instant: Date, locale: string, timeZone: string, pattern: string): string {
  const date = formatter(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'long' }).format(instant);
  return pattern.replace('{date}', date).replace('{time}', formatTime(instant, locale, timeZone));
}

/** The text with its first letter as a heading starts in `locale`: "mercredi 16 juin" → "Mercredi 16 juin"; scripts without case are left as they are. */
export function asHeading(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(locale) + text.slice(letter.length);
}
