/**
 * Where a session stands at an instant, for lists that dim what is over and mark what is on.
 * Pure, so the build and page scripts (on the visitor's clock) share it.
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
