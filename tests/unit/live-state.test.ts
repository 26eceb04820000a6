import { describe, expect, it } from 'vitest';
import { liveState, nowTarget } from '../../src/lib/live-state.ts';

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
