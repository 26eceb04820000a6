import { describe, expect, it } from 'vitest';
import { calendarKeys, calendarPath } from '../../src/lib/calendar-files.ts';
import type { RouteSegments } from '../../src/lib/routes.ts';

const fr = { programme: 'programme', audiences: 'publics' } as RouteSegments;

describe('calendarPath', () => {
  it('puts each file beside its page, in the language’s segments and under the base path', () => {
    expect(calendarPath('/', 'fr', { kind: 'programme' }, fr)).toBe('/fr/programme.ics');
    expect(calendarPath('/wepc2021/', 'fr', { kind: 'day', day: '2021-06-16' }, fr)).toBe('/wepc2021/fr/programme/2021-06-16.ics');
    expect(calendarPath('/', 'fr', { kind: 'session', id: '2021-06-16-opening' }, fr)).toBe('/fr/programme/2021-06-16-opening.ics');
    expect(calendarPath('/', 'fr', { kind: 'audience', id: 'ict' }, fr)).toBe('/fr/publics/ict.ics');
  });
});

describe('calendarKeys', () => {
  it('offers the programme, each day, each session and each audience', () => {
    expect(calendarKeys(['2021-06-16'], ['2021-06-16-opening'], ['ict'])).toEqual([
      { kind: 'programme' },
      { kind: 'day', day: '2021-06-16' },
      { kind: 'session', id: '2021-06-16-opening' },
      { kind: 'audience', id: 'ict' },
    ]);
  });

  it('refuses a session named like a day, whose file would take the day’s place', () => {
    expect(() => calendarKeys(['2021-06-16'], ['2021-06-16'], [])).toThrow(/2021-06-16/);
  });
});
