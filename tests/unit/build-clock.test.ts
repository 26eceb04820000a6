/**
 * The facts of the build's clock that the pages show (src/lib/build-clock.ts): a rebuild may copy
 * a page only while they are unchanged, so each must change exactly when what a page shows does.
 */
import { describe, expect, it } from 'vitest';
import { clockFacts, nowNextShownFrom, type ClockInput } from '../../src/lib/build-clock.ts';

const at = (iso: string) => new Date(iso);
const session = (id: string, day: string, start: string, end: string, status = 'scheduled') => ({ id, start: at(start), end: at(end), data: { day, status } });
const sessions = [
  session('opening', '2025-11-01', '2025-11-01T13:00:00Z', '2025-11-01T14:00:00Z'),
  session('cancelled', '2025-11-01', '2025-11-01T15:00:00Z', '2025-11-01T16:00:00Z', 'cancelled'),
  session('closing', '2025-11-02', '2025-11-02T13:00:00Z', '2025-11-02T14:00:00Z'),
];
// Registration closes on 25 October at 21:00 UTC; New York is UTC−4 then.
const input = (now: string, more: Partial<ClockInput> = {}): ClockInput => ({ now: at(now), pinned: false, sessions, registrationDeadline: at('2025-10-25T21:00:00Z'), timeZone: 'America/New_York', ...more });
const facts = (now: string, more: Partial<ClockInput> = {}) => JSON.stringify(clockFacts(input(now, more)));

describe("the build clock's facts", () => {
  it('stay the same while nothing shown changes', () => {
    expect(facts('2025-10-01T08:00:00Z')).toBe(facts('2025-10-01T09:00:00Z'));
    // Closed registration, nothing live yet, "now and next" not shown yet (before midnight in New York).
    expect(facts('2025-10-30T12:00:00Z')).toBe(facts('2025-11-01T03:59:00Z'));
    expect(facts('2025-11-03T12:00:00Z')).toBe(facts('2026-01-01T00:00:00Z'));
  });

  it('change with the days left to register, and when registration closes', () => {
    // 30 days or more: no countdown; then a count of days, the last day, closed.
    expect(facts('2025-09-20T12:00:00Z')).toBe(facts('2025-09-21T12:00:00Z'));
    expect(facts('2025-09-25T20:00:00Z')).not.toBe(facts('2025-09-25T22:00:00Z'));
    expect(facts('2025-10-20T12:00:00Z')).not.toBe(facts('2025-10-21T12:00:00Z'));
    expect(facts('2025-10-25T12:00:00Z')).not.toBe(facts('2025-10-25T21:00:01Z'));
  });

  it('change when "now and next" appears, at midnight of the first day in the conference zone', () => {
    expect(nowNextShownFrom('2025-11-01', 'America/New_York')).toEqual(at('2025-11-01T04:00:00Z'));
    expect(facts('2025-11-01T03:59:59Z')).not.toBe(facts('2025-11-01T04:00:00Z'));
  });

  it('change when a stream opens, when a session starts and when it ends', () => {
    expect(facts('2025-11-01T12:44:00Z')).not.toBe(facts('2025-11-01T12:45:00Z'));
    expect(facts('2025-11-01T12:59:00Z')).not.toBe(facts('2025-11-01T13:00:00Z'));
    expect(facts('2025-11-01T13:59:00Z')).not.toBe(facts('2025-11-01T14:00:00Z'));
    expect(facts('2025-11-02T13:59:00Z')).not.toBe(facts('2025-11-02T14:00:00Z'));
  });

  it('follow a cancelled session on its own page, but leave it out of the conference moment', () => {
    const during = clockFacts(input('2025-11-01T15:30:00Z')) as { moment: { live: string[]; next: string[] }; sessions: string[] };
    expect(during.moment).toEqual({ phase: 'during', live: [], next: ['closing'] });
    expect(during.sessions).toContain('cancelled:live+watch');
  });

  it('are the instant itself when the clock is pinned, as every page then carries it', () => {
    expect(facts('2025-10-01T08:00:00Z', { pinned: true })).not.toBe(facts('2025-10-01T08:00:01Z', { pinned: true }));
  });
});
