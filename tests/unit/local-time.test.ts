import { describe, expect, it } from 'vitest';
import { isoOffsetMinutes, visitorTime } from '../../src/lib/local-time.ts';

/** The example conference's night hackathon, as its page writes it: 00:30 EDT to 03:00 EST. */
const start = '2025-11-02T00:30:00-04:00';
const end = '2025-11-02T03:00:00-05:00';

describe('isoOffsetMinutes', () => {
  it('reads the offset written at the end of an ISO date-time', () => {
    expect(isoOffsetMinutes(start)).toBe(-240);
    expect(isoOffsetMinutes(end)).toBe(-300);
    expect(isoOffsetMinutes('2021-06-16T14:00:00+02:00')).toBe(120);
    expect(isoOffsetMinutes('2021-06-16T08:30:00+05:30')).toBe(330);
    expect(isoOffsetMinutes('2021-06-16T12:00:00Z')).toBe(0);
    expect(() => isoOffsetMinutes('2021-06-16T12:00:00')).toThrow();
  });
});

describe('visitorTime across the end of daylight saving in New York', () => {
  it('adds nothing for a visitor on the conference clock, even though the offset changes mid-session', () => {
    expect(visitorTime(start, end, 'en', 'America/New_York')).toBeUndefined();
  });

  it('shows Tokyo 13:30–17:00 on the same day (04:30Z–08:00Z)', () => {
    const local = visitorTime(start, end, 'en', 'Asia/Tokyo')!;
    expect(local.time.replace(/\s/g, '')).toBe('13:30–17:00');
    expect(local.offset).toBe('UTC+9');
    expect(local.zone).toBe('Japan Standard Time');
    expect(local.dayShift).toBe(0);
    expect(local.date).toBeUndefined();
  });

  it('shows Los Angeles on the day before, starting 21:30 PDT (UTC−7)', () => {
    const local = visitorTime(start, end, 'en', 'America/Los_Angeles')!;
    expect(local.dayShift).toBe(-1);
    expect(local.time).toContain('21:30');
    expect(local.time).toContain('01:00'); // 08:00Z, still PDT: Los Angeles changes clocks three hours later
    expect(local.offset).toBe('UTC\u22127');
    expect(local.date).toBe('Saturday, November 1, 2025');
  });

  it('shows a clock that changes mid-session in neither zone: London, 04:30–08:00 GMT', () => {
    const local = visitorTime(start, end, 'en-GB', 'Europe/London')!;
    expect(local.time.replace(/\s/g, '')).toBe('04:30–08:00');
    expect(local.offset).toBe('UTC');
    expect(local.dayShift).toBe(0);
  });
});

describe('visitorTime for a Geneva session', () => {
  // 17:30–18:00 Geneva summer time (UTC+2) is 15:30Z–16:00Z.
  const genevaStart = '2021-06-16T17:30:00+02:00';
  const genevaEnd = '2021-06-16T18:00:00+02:00';

  it('adds nothing in Paris, whose clock shows the same time', () => {
    expect(visitorTime(genevaStart, genevaEnd, 'fr', 'Europe/Paris')).toBeUndefined();
  });

  it('marks the next day in Tokyo, written in the page language', () => {
    const local = visitorTime(genevaStart, genevaEnd, 'fr', 'Asia/Tokyo')!;
    expect(local.time.replace(/\s/g, '')).toBe('00:30–01:00');
    expect(local.dayShift).toBe(1);
    expect(local.date).toBe('jeudi 17 juin 2021');
    expect(local.zone).toBe('heure normale du Japon');
  });

  it('shows Mexico City (CDT, UTC−5 in 2021) on the same day', () => {
    const local = visitorTime(genevaStart, genevaEnd, 'es', 'America/Mexico_City')!;
    expect(local.time.replace(/\s/g, '')).toBe('10:30–11:00');
    expect(local.offset).toBe('UTC\u22125');
    expect(local.dayShift).toBe(0);
  });

  it('can be two days off at the extremes of the world’s clocks', () => {
    // 00:30 on 16 June at UTC+14 (Kiribati) is 10:30Z on 15 June, 23:30 on 14 June at UTC−11 (Niue).
    const local = visitorTime('2021-06-16T00:30:00+14:00', '2021-06-16T01:00:00+14:00', 'en', 'Pacific/Niue')!;
    expect(local.dayShift).toBe(-2);
  });
});
