import { describe, expect, it } from 'vitest';
import { readZoneChoice, zoneLabel, zonedRange, zoneOf } from '../../src/lib/local-time.ts';

const pattern = '{date}, {time}';
const spaced = (range: { start: string; separator: string; end: string }) => `${range.start}${range.separator}${range.end}`.replace(/\s+/g, ' ');

describe('the zone choice', () => {
  it('keeps a stored choice that is still valid, else falls back to conference time', () => {
    expect(readZoneChoice('visitor')).toBe('visitor');
    expect(readZoneChoice('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(readZoneChoice('Mars/Olympus')).toBe('conference');
    expect(readZoneChoice(null)).toBe('conference');
  });

  it('stands for the conference zone, the visitor’s or the one picked', () => {
    expect(zoneOf('conference', 'Europe/Zurich', 'America/Mexico_City')).toBe('Europe/Zurich');
    expect(zoneOf('visitor', 'Europe/Zurich', 'America/Mexico_City')).toBe('America/Mexico_City');
    expect(zoneOf('Asia/Tokyo', 'Europe/Zurich', 'America/Mexico_City')).toBe('Asia/Tokyo');
  });

  it('names a zone and its offset in the page language', () => {
    expect(zoneLabel(new Date('2021-06-16T12:00:00Z'), 'en', 'Asia/Tokyo')).toEqual({ zone: 'Japan Standard Time', offset: 'UTC+9' });
    expect(zoneLabel(new Date('2021-06-16T12:00:00Z'), 'fr', 'America/Mexico_City').offset).toBe('UTC\u22125');
  });
});

describe('zonedRange', () => {
  // 16:30–18:15 in Geneva (UTC+2) on 18 June 2021 is 14:30Z–16:15Z.
  const start = new Date('2021-06-18T14:30:00Z');
  const end = new Date('2021-06-18T16:15:00Z');

  it('is times only when the range stays on the day shown', () => {
    expect(spaced(zonedRange(start, end, '2021-06-18', 'en-GB', 'Europe/Zurich', pattern))).toBe('16:30–18:15');
    expect(spaced(zonedRange(start, end, '2021-06-18', 'es', 'America/Mexico_City', pattern))).toBe('09:30–11:15');
  });

  it('dates the end that falls after midnight, in one short form', () => {
    expect(spaced(zonedRange(start, end, '2021-06-18', 'en-GB', 'Asia/Tokyo', pattern))).toBe('23:30 – Sat 19 June, 01:15');
  });

  it('dates both ends when the whole range is on another day', () => {
    const late = new Date('2021-06-18T16:00:00Z');
    const later = new Date('2021-06-18T17:00:00Z');
    expect(spaced(zonedRange(late, later, '2021-06-18', 'en-GB', 'Asia/Tokyo', pattern))).toBe('Sat 19 June, 01:00 – 02:00');
    expect(spaced(zonedRange(late, later, '2021-06-18', 'fr', 'Asia/Tokyo', pattern))).toBe('sam. 19 juin, 01:00 – 02:00');
  });

  it('is right across a daylight-saving change: 00:30 EDT to 03:00 EST is 04:30Z–08:00Z', () => {
    const nightStart = new Date('2025-11-02T04:30:00Z');
    const nightEnd = new Date('2025-11-02T08:00:00Z');
    expect(spaced(zonedRange(nightStart, nightEnd, '2025-11-02', 'en-GB', 'America/New_York', pattern))).toBe('00:30–03:00');
    expect(spaced(zonedRange(nightStart, nightEnd, '2025-11-02', 'en-GB', 'America/Los_Angeles', pattern))).toBe('Sat 1 November, 21:30 – Sun 2 November, 01:00');
  });
});
