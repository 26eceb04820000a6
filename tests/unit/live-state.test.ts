import { describe, expect, it } from 'vitest';
import { liveState, nextSessionChange, nowTarget, recheckDelay, watchable } from '../../src/lib/live-state.ts';

const at = (iso: string) => new Date(iso);
const session = (id: string, start: string, end: string) => ({ id, start: at(start), end: at(end) });
const morning = session('morning', '2021-06-16T07:00:00Z', '2021-06-16T08:00:00Z');
const noon = session('noon', '2021-06-16T10:00:00Z', '2021-06-16T11:00:00Z');
const parallel = session('parallel', '2021-06-16T10:30:00Z', '2021-06-16T12:00:00Z');

describe('liveState', () => {
  it('is upcoming before the start, live from the start, past from the end', () => {
    expect(liveState(noon, at('2021-06-16T09:59:59Z'))).toBe('upcoming');
    expect(liveState(noon, at('2021-06-16T10:00:00Z'))).toBe('live');
    expect(liveState(noon, at('2021-06-16T10:59:59Z'))).toBe('live');
    expect(liveState(noon, at('2021-06-16T11:00:00Z'))).toBe('past');
  });
});

describe('nowTarget', () => {
  const sessions = [parallel, noon, morning];
  it('leads to the earliest session on now', () => {
    expect(nowTarget(sessions, at('2021-06-16T10:45:00Z'))?.id).toBe('noon');
    expect(nowTarget(sessions, at('2021-06-16T11:15:00Z'))?.id).toBe('parallel');
  });
  it('leads to the next session in a break', () => {
    expect(nowTarget(sessions, at('2021-06-16T09:00:00Z'))?.id).toBe('noon');
  });
  it('leads nowhere before the conference or after it', () => {
    expect(nowTarget(sessions, at('2021-06-16T06:59:00Z'))).toBeUndefined();
    expect(nowTarget(sessions, at('2021-06-16T12:00:00Z'))).toBeUndefined();
    expect(nowTarget([], at('2021-06-16T10:00:00Z'))).toBeUndefined();
  });
});

const debate = { id: 'debate', start: at('2021-06-16T12:00:00Z'), end: at('2021-06-16T13:00:00Z') };

describe('watchable', () => {
  it('offers the stream from 15 minutes before the start until the end', () => {
    expect(watchable(debate, at('2021-06-16T11:44:59Z'))).toBe(false);
    expect(watchable(debate, at('2021-06-16T11:45:00Z'))).toBe(true);
    expect(watchable(debate, at('2021-06-16T12:30:00Z'))).toBe(true);
    expect(watchable(debate, at('2021-06-16T13:00:00Z'))).toBe(false);
  });
});

describe('nextSessionChange', () => {
  it('is the stream opening, then the start, then the end, then nothing', () => {
    expect(nextSessionChange(debate, at('2021-06-15T00:00:00Z'))).toEqual(at('2021-06-16T11:45:00Z'));
    expect(nextSessionChange(debate, at('2021-06-16T11:45:00Z'))).toEqual(at('2021-06-16T12:00:00Z'));
    expect(nextSessionChange(debate, at('2021-06-16T12:10:00Z'))).toEqual(at('2021-06-16T13:00:00Z'));
    expect(nextSessionChange(debate, at('2021-06-16T13:00:00Z'))).toBeUndefined();
  });
});

describe('recheckDelay', () => {
  it('waits until the change, but never more than a minute', () => {
    const now = at('2021-06-16T11:59:30Z');
    expect(recheckDelay(at('2021-06-16T12:00:00Z'), now)).toBe(30_000);
    expect(recheckDelay(at('2021-06-16T13:00:00Z'), now)).toBe(60_000);
    expect(recheckDelay(undefined, now)).toBeUndefined();
  });
});
