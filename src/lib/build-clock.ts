/**
 * What the pages show of the build's clock, as one value: two builds at different instants with
 * the same clock facts write the same pages, so a rebuild may copy them (src/lib/page-cache-key.ts).
 * Each fact names what shows it; a component that starts showing more of the clock adds it here,
 * and the rebuild test (tests/build/rebuild.test.ts) fails until it does.
 */
import { liveState, watchable } from './live-state.ts';
import { conferenceMoment } from './now-next.ts';
import type { Timed } from './programme.ts';
import { registrationStatus, registrationWording } from './registration.ts';
import { wallTimeToInstant } from './time.ts';

export interface ClockInput {
  now: Date;
  /** A preview's pinned clock (PREVIEW_NOW), which every page carries for its scripts. */
  pinned: boolean;
  /** Every session, in programme order. */
  sessions: readonly (Timed & { data: { day: string; status: string } })[];
  registrationDeadline: Date;
  timeZone: string;
}

/** The sessions that take place. */
export const held = <T extends { data: { status: string } }>(sessions: readonly T[]): T[] => sessions.filter((session) => session.data.status !== 'cancelled');

/** When the home page's "now and next" appears: at midnight, conference time, of the first session's day. */
export function nowNextShownFrom(firstDay: string, timeZone: string): Date {
  return wallTimeToInstant(firstDay, '00:00', timeZone);
}

export function clockFacts({ now, pinned, sessions, registrationDeadline, timeZone }: ClockInput): unknown {
  // BaseLayout writes a pinned instant on every page.
  if (pinned) return { pinned: now.toISOString() };
  const taking = held(sessions);
  const moment = conferenceMoment(taking, now);
  const ids = (listed: readonly Timed[]) => listed.map((session) => session.id);
  return {
    // RegistrationCall: open or closed, and the days left.
    registration: registrationWording(registrationStatus(registrationDeadline, now)),
    // EventLife and NowNext: before, during (what is live, what comes next) or after.
    moment: moment?.phase === 'during' ? { phase: moment.phase, live: ids(moment.live), next: ids(moment.next) } : moment?.phase,
    // NowNext: hidden before the first day.
    nowNextShown: taking[0] ? now >= nowNextShownFrom(taking[0].data.day, timeZone) : false,
    // SessionLife, SessionRemains, SessionView: each session's state, and whether it can be watched now.
    sessions: sessions.map((session) => `${session.id}:${liveState(session, now)}${watchable(session, now) ? '+watch' : ''}`),
  };
}
