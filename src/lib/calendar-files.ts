/**
 * Which calendar files the site offers in each language, and where they live: beside the
 * pages they belong to, with the language's URL segments.
 * - whole programme: `/en/programme.ics`
 * - one day:         `/en/programme/2021-06-16.ics`
 * - one session:     `/en/programme/2021-06-16-opening.ics` (beside its page, `…/2021-06-16-opening/`)
 * - one audience:    `/en/audiences/ict.ics`
 */
import type { RouteSegments } from './routes.ts';
import { joinFile } from './urls.ts';

export type CalendarKey =
  | { kind: 'programme' }
  | { kind: 'day'; day: string }
  | { kind: 'session'; id: string }
  | { kind: 'audience'; id: string };

/** The file's path after the locale, without `.ics`, e.g. `['programme', '2021-06-16']`. */
export function calendarSegments(key: CalendarKey, segments: RouteSegments): string[] {
  switch (key.kind) {
    case 'programme':
      return [segments.programme];
    case 'day':
      return [segments.programme, key.day];
    case 'session':
      return [segments.programme, key.id];
    case 'audience':
      return [segments.audiences, key.id];
  }
}

/** The file's path including the site base and locale, e.g. `/wepc2021/fr/programme/2021-06-16.ics`. */
export function calendarPath(base: string, locale: string, key: CalendarKey, segments: RouteSegments): string {
  return `${joinFile(base, locale, ...calendarSegments(key, segments))}.ics`;
}

/**
 * Every calendar file of a programme. Day and session files share a folder, so a session
 * id that is a bare day (`2021-06-16`) would take a day's file name: that stops the build.
 */
export function calendarKeys(days: readonly string[], sessionIds: readonly string[], audienceIds: readonly string[]): CalendarKey[] {
  const clash = sessionIds.find((id) => days.includes(id));
  if (clash) throw new Error(`The session folder "${clash}" is named like a day, whose calendar file has the same name; add words after the date, e.g. "${clash}-opening"`);
  return [
    { kind: 'programme' },
    ...days.map((day) => ({ kind: 'day', day }) as const),
    ...sessionIds.map((id) => ({ kind: 'session', id }) as const),
    ...audienceIds.map((id) => ({ kind: 'audience', id }) as const),
  ];
}
