import { describe, expect, it } from 'vitest';
import { conferenceMoment, nextChange } from '../../src/lib/now-next.ts';

const at = (iso: string) => new Date(iso);
const session = (id: string, start: string, end: string) => ({ id, start: at(start), end: at(end) });

// Two days; a break on day one, two parallel sessions on day two.
const opening = session('opening', '2021-06-16T12:00:00Z', '2021-06-16T12:30:00Z');
const debate = session('debate', '2021-06-16T13:00:00Z', '2021-06-16T14:00:00Z');
const workshopB = session('workshop-b', '2021-06-17T12:00:00Z', '2021-06-17T13:00:00Z');
const workshopA = session('workshop-a', '2021-06-17T12:00:00Z', '2021-06-17T13:00:00Z');
const closing = session('closing', '2021-06-17T12:30:00Z', '2021-06-17T14:00:00Z');
const programme = [closing, workshopB, debate, workshopA, opening];
const ids = (sessions: { id: string }[]) => sessions.map((s) => s.id);

describe('conferenceMoment', () => {
  it('is "before" until the first session starts', () => {
    expect(conferenceMoment(programme, at('2021-05-01T00:00:00Z'))).toEqual({ phase: 'before' });
    expect(conferenceMoment(programme, at('2021-06-16T11:59:59.999Z'))).toEqual({ phase: 'before' });
  });

  it('shows a session live from its start up to, not including, its end, and the one after it next', () => {
    for (const instant of ['2021-06-16T12:00:00Z', '2021-06-16T12:29:59Z']) {
      const moment = conferenceMoment(programme, at(instant));
      expect(moment?.phase).toBe('during');
      if (moment?.phase !== 'during') continue;
      expect(ids(moment.live)).toEqual(['opening']);
      expect(ids(moment.next)).toEqual(['debate']);
    }
  });

  it('has nothing live in a break, or overnight, but still says what comes next', () => {
    expect(conferenceMoment(programme, at('2021-06-16T12:30:00Z'))).toEqual({ phase: 'during', live: [], next: [debate] });
    expect(conferenceMoment(programme, at('2021-06-17T03:00:00Z'))).toEqual({ phase: 'during', live: [], next: [workshopA, workshopB] });
  });

  it('lists parallel sessions together, in a stable order', () => {
    const moment = conferenceMoment(programme, at('2021-06-17T12:45:00Z'));
    expect(moment?.phase === 'during' && ids(moment.live)).toEqual(['workshop-a', 'workshop-b', 'closing']);
  });

  it('has no next session during the last one, and is "after" from its end', () => {
    const last = conferenceMoment(programme, at('2021-06-17T13:30:00Z'));
    expect(last).toEqual({ phase: 'during', live: [closing], next: [] });
    expect(conferenceMoment(programme, at('2021-06-17T14:00:00Z'))).toEqual({ phase: 'after' });
  });

  it('has nothing to say about an empty programme', () => {
    expect(conferenceMoment([], at('2021-06-16T12:00:00Z'))).toBeUndefined();
  });
});

describe('nextChange', () => {
  it('is the next start or end, whichever comes first', () => {
    expect(nextChange(programme, at('2021-06-16T12:10:00Z'))).toEqual(opening.end);
    expect(nextChange(programme, at('2021-06-16T12:30:00Z'))).toEqual(debate.start);
    expect(nextChange(programme, at('2021-06-17T12:10:00Z'))).toEqual(closing.start);
  });

  it('is undefined once everything is over', () => {
    expect(nextChange(programme, closing.end)).toBeUndefined();
  });
});
