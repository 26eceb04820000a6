import { describe, expect, it } from 'vitest';
import { groupByDay, neighbours } from '../../src/lib/programme.ts';
import { wallTimeToInstant } from '../../src/lib/time.ts';

const session = (id: string, day: string, start: string, end: string, zone = 'Europe/Zurich') => ({
  id,
  start: wallTimeToInstant(day, start, zone),
  end: wallTimeToInstant(day, end, zone),
});

describe('groupByDay', () => {
  it('groups by the conference day, not the UTC day, and sorts each day', () => {
    const late = session('late', '2021-06-17', '00:30', '01:00'); // 2021-06-16T22:30Z
    const afternoon = session('afternoon', '2021-06-16', '14:00', '15:00');
    const morning = session('morning', '2021-06-16', '09:00', '10:00');
    const days = groupByDay([late, afternoon, morning], 'Europe/Zurich');
    expect(days.map((d) => [d.day, d.sessions.map((s) => s.id)])).toEqual([
      ['2021-06-16', ['morning', 'afternoon']],
      ['2021-06-17', ['late']],
    ]);
  });

  it('orders parallel sessions by end time, then id, so builds are stable', () => {
    const long = session('b-long', '2021-06-16', '14:00', '16:00');
    const shortB = session('b-short', '2021-06-16', '14:00', '15:00');
    const shortA = session('a-short', '2021-06-16', '14:00', '15:00');
    const [day] = groupByDay([long, shortB, shortA], 'Europe/Zurich');
    expect(day!.sessions.map((s) => s.id)).toEqual(['a-short', 'b-short', 'b-long']);
  });

  it('returns no days for no sessions', () => {
    expect(groupByDay([], 'UTC')).toEqual([]);
  });
});

describe('neighbours', () => {
  const ordered = [session('a', '2021-06-16', '14:00', '15:00'), session('b', '2021-06-16', '15:00', '16:00'), session('c', '2021-06-17', '14:00', '15:00')];

  it('gives the previous and next sessions', () => {
    const { previous, next } = neighbours(ordered, 'b');
    expect(previous?.id).toBe('a');
    expect(next?.id).toBe('c');
  });

  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(ordered, 'a').previous).toBeUndefined();
    expect(neighbours(ordered, 'c').next).toBeUndefined();
    expect(neighbours(ordered, 'missing')).toEqual({});
  });
});
