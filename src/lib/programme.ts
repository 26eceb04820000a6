/** Ordering and grouping of sessions, independent of how they are stored or rendered. */
import { dayInZone } from './time.ts';

export interface Timed {
  id: string;
  start: Date;
  end: Date;
}

/** Chronological order; sessions starting together are ordered by end, then id, so builds are stable. */
export function byStartTime<T extends Timed>(a: T, b: T): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || a.id.localeCompare(b.id);
}

export interface ProgrammeDay<T> {
  /** The day on the conference's wall clock, `YYYY-MM-DD`. */
  day: string;
  sessions: T[];
}

/**
 * Sessions grouped by the conference-time day they start on, in order. Days are those of
 * the conference zone, not UTC, so a 00:30 session belongs to its own local day.
 */
export function groupByDay<T extends Timed>(sessions: readonly T[], timeZone: string): ProgrammeDay<T>[] {
  const days = new Map<string, T[]>();
  for (const session of [...sessions].sort(byStartTime)) {
    const day = dayInZone(session.start, timeZone);
    const list = days.get(day);
    if (list) list.push(session);
    else days.set(day, [session]);
  }
  return [...days].map(([day, list]) => ({ day, sessions: list }));
}

/** The sessions just before and after `id` in programme order, for previous/next links. */
export function neighbours<T extends Timed>(ordered: readonly T[], id: string): { previous?: T | undefined; next?: T | undefined } {
  const index = ordered.findIndex((session) => session.id === id);
  if (index === -1) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
