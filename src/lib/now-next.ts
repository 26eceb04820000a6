/**
 * Where the conference stands at an instant: not started, running (which sessions are live,
 * which come next) or over. Used by the build (its own clock) and by a page script (the
 * visitor's clock), so the two always agree.
 */
import { byStartTime, type Timed } from './programme.ts';

export type ConferenceMoment<T> =
  | { phase: 'before' }
  | {
      phase: 'during';
      /** Sessions under way (start ≤ now < end), in programme order; empty in a break. */
      live: T[];
      /** The sessions that start next, all at the same time; empty during the last one. */
      next: T[];
    }
  | { phase: 'after' };

/**
 * The moment of `now` in a programme of `sessions` (those that take place: leave cancelled ones
 * out). The conference runs from its first start to its last end. Undefined without sessions.
 */
export function conferenceMoment<T extends Timed>(sessions: readonly T[], now: Date): ConferenceMoment<T> | undefined {
  if (sessions.length === 0) return undefined;
  const at = now.getTime();
  const first = Math.min(...sessions.map((session) => session.start.getTime()));
  const last = Math.max(...sessions.map((session) => session.end.getTime()));
  if (at < first) return { phase: 'before' };
  if (at >= last) return { phase: 'after' };
  const ordered = [...sessions].sort(byStartTime);
  const nextStart = ordered.find((session) => session.start.getTime() > at)?.start.getTime();
  return {
    phase: 'during',
    live: ordered.filter((session) => session.start.getTime() <= at && at < session.end.getTime()),
    next: ordered.filter((session) => session.start.getTime() === nextStart),
  };
}

/** The first instant after `now` at which the moment changes (a start or an end), if any. */
export function nextChange(sessions: readonly Timed[], now: Date): Date | undefined {
  const at = now.getTime();
  const upcoming = sessions.flatMap((session) => [session.start.getTime(), session.end.getTime()]).filter((instant) => instant > at);
  return upcoming.length > 0 ? new Date(Math.min(...upcoming)) : undefined;
}
