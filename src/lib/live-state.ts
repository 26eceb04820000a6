/**
 * Where a session stands at an instant: for lists that dim what is over and mark what is on,
 * and for its own page, which offers a "Watch live" link from shortly before the start to the
 * end, and only what remains (recording, resources) once it is over.
 * Pure, so the build (its own clock, the no-JavaScript fallback) and page scripts (the visitor's
 * clock) decide the same way. Whole-event phases are in now-next.ts.
 */
import { byStartTime, type Timed } from './programme.ts';

/** Before its start, from its start up to (not including) its end, from its end on. */
export type LiveState = 'upcoming' | 'live' | 'past';

export function liveState(session: Pick<Timed, 'start' | 'end'>, now: Date): LiveState {
  const at = now.getTime();
  if (at < session.start.getTime()) return 'upcoming';
  return at < session.end.getTime() ? 'live' : 'past';
}

/**
 * Where "jump to now" leads: the first session on at `now`, else the next to start.
 * Undefined before the first start and after the last end, when there is no "now" to jump to.
 */
export function nowTarget<T extends Timed>(sessions: readonly T[], now: Date): T | undefined {
  const ordered = [...sessions].sort(byStartTime);
  const first = ordered[0];
  if (!first || now < first.start || ordered.every((session) => liveState(session, now) === 'past')) return undefined;
  return ordered.find((session) => liveState(session, now) === 'live') ?? ordered.find((session) => liveState(session, now) === 'upcoming');
}

/** How long before its start a session's "Watch live" link appears, so people can join in time. */
export const watchLeadMinutes = 15;
const watchLeadMs = watchLeadMinutes * 60_000;

/** Whether a stream link is offered: from `watchLeadMinutes` before the start until the end. */
export function watchable(session: Pick<Timed, 'start' | 'end'>, now: Date): boolean {
  const at = now.getTime();
  return session.start.getTime() - watchLeadMs <= at && at < session.end.getTime();
}

/** The first instant after `now` at which what a session's page shows changes (stream opening, start, end), if any. */
export function nextSessionChange(session: Pick<Timed, 'start' | 'end'>, now: Date): Date | undefined {
  const at = now.getTime();
  const changes = [session.start.getTime() - watchLeadMs, session.start.getTime(), session.end.getTime()].filter((instant) => instant > at);
  return changes.length > 0 ? new Date(Math.min(...changes)) : undefined;
}

/** How long a page script waits before looking again: until `change`, at most a minute, as timers drift while a device sleeps. */
export function recheckDelay(change: Date | undefined, now: Date): number | undefined {
  return change ? Math.min(change.getTime() - now.getTime(), 60_000) : undefined;
}
