import { describe, expect, it } from 'vitest';
import { dayInZone, daysBetween, isValidDay, toZonedIso, utcOffsetLabel, utcOffsetMinutes, wallTimeToInstant, WallTimeError } from '../../src/lib/time.ts';

describe('wallTimeToInstant', () => {
  it('reads Geneva summer time as UTC+2', () => {
    expect(wallTimeToInstant('2021-06-16', '14:00', 'Europe/Zurich').toISOString()).toBe('2021-06-16T12:00:00.000Z');
  });

  it('reads Geneva winter time as UTC+1', () => {
    expect(wallTimeToInstant('2021-01-15', '09:30', 'Europe/Zurich').toISOString()).toBe('2021-01-15T08:30:00.000Z');
  });

  it('handles zones with half-hour offsets and zones west of UTC', () => {
    expect(wallTimeToInstant('2021-06-16', '14:00', 'Asia/Kolkata').toISOString()).toBe('2021-06-16T08:30:00.000Z');
    expect(wallTimeToInstant('2021-06-16', '14:00', 'America/Mexico_City').toISOString()).toBe('2021-06-16T19:00:00.000Z');
  });

  it('takes the first occurrence of a time repeated when clocks go back', () => {
    // New York, 2025-11-02: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(wallTimeToInstant('2025-11-02', '01:30', 'America/New_York').toISOString()).toBe('2025-11-02T05:30:00.000Z');
  });

  it('rejects a time skipped when clocks go forward', () => {
    expect(() => wallTimeToInstant('2021-03-28', '02:30', 'Europe/Zurich')).toThrow(WallTimeError);
  });

  it('gives a session across the end of daylight saving its true length', () => {
    const start = wallTimeToInstant('2025-11-02', '00:30', 'America/New_York');
    const end = wallTimeToInstant('2025-11-02', '03:00', 'America/New_York');
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(3.5);
  });

  it('rejects malformed days and times', () => {
    expect(() => wallTimeToInstant('2021-02-30', '10:00', 'UTC')).toThrow(/YYYY-MM-DD/);
    expect(() => wallTimeToInstant('2021-06-16', '24:00', 'UTC')).toThrow(/HH:MM/);
  });
});

describe('offsets and days', () => {
  it('reports the offset in force at an instant', () => {
    expect(utcOffsetMinutes(new Date('2021-06-16T12:00:00Z'), 'Europe/Zurich')).toBe(120);
    expect(utcOffsetMinutes(new Date('2021-12-16T12:00:00Z'), 'Europe/Zurich')).toBe(60);
    expect(utcOffsetLabel(new Date('2021-06-16T12:00:00Z'), 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(utcOffsetLabel(new Date('2021-06-16T12:00:00Z'), 'America/Mexico_City')).toBe('UTC\u22125');
    expect(utcOffsetLabel(new Date('2021-06-16T12:00:00Z'), 'UTC')).toBe('UTC');
  });

  it('writes ISO 8601 with the zone offset', () => {
    expect(toZonedIso(new Date('2021-06-16T12:00:00Z'), 'Europe/Zurich')).toBe('2021-06-16T14:00:00+02:00');
    expect(toZonedIso(new Date('2025-11-02T08:00:00Z'), 'America/New_York')).toBe('2025-11-02T03:00:00-05:00');
  });

  it('finds the wall-clock day, which can differ from the UTC day', () => {
    expect(dayInZone(new Date('2021-06-15T22:30:00Z'), 'Europe/Zurich')).toBe('2021-06-16');
    expect(dayInZone(new Date('2021-06-15T22:30:00Z'), 'UTC')).toBe('2021-06-15');
  });

  it('lists the days of a range, across month ends', () => {
    expect(daysBetween('2021-06-29', '2021-07-02')).toEqual(['2021-06-29', '2021-06-30', '2021-07-01', '2021-07-02']);
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('2023-02-29')).toBe(false);
  });
});
