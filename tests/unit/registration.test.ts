import { describe, expect, it } from 'vitest';
import { resolveNow } from '../../src/lib/clock.ts';
import { registrationStatus, registrationWording } from '../../src/lib/registration.ts';

const deadline = new Date('2021-06-04T21:59:59Z'); // 23:59:59 in Geneva

describe('registrationStatus', () => {
  it('is open before the deadline, with whole days left', () => {
    expect(registrationStatus(deadline, new Date('2021-05-01T00:00:00Z'))).toEqual({ state: 'open', daysLeft: 34 });
  });

  it('is open at the deadline itself and on its last day', () => {
    expect(registrationStatus(deadline, deadline)).toEqual({ state: 'open', daysLeft: 0 });
    expect(registrationStatus(deadline, new Date('2021-06-04T08:00:00Z')).daysLeft).toBe(0);
  });

  it('is closed one millisecond later', () => {
    expect(registrationStatus(deadline, new Date(deadline.getTime() + 1))).toEqual({ state: 'closed' });
  });
});

describe('registrationWording', () => {
  const at = (iso: string) => registrationWording(registrationStatus(deadline, new Date(iso)));
  it('says nothing about time while a month or more is left, then counts the days', () => {
    expect(at('2021-05-01T00:00:00Z')).toEqual({ kind: 'none' });
    expect(at('2021-05-20T12:00:00Z')).toEqual({ kind: 'daysLeft', days: 15 });
    expect(at('2021-06-03T12:00:00Z')).toEqual({ kind: 'daysLeft', days: 1 });
  });
  it('says it is the last day, then that it is closed', () => {
    expect(at('2021-06-04T12:00:00Z')).toEqual({ kind: 'lastDay' });
    expect(at('2021-06-05T00:00:00Z')).toEqual({ kind: 'closed' });
  });
});

describe('resolveNow', () => {
  it('uses the real clock when SITE_NOW is not set', () => {
    const real = new Date('2030-01-01T00:00:00Z');
    expect(resolveNow(undefined, () => real)).toBe(real);
    expect(resolveNow('  ', () => real)).toBe(real);
  });

  it('reads an ISO date-time with a zone', () => {
    expect(resolveNow('2021-05-01T00:00:00Z').toISOString()).toBe('2021-05-01T00:00:00.000Z');
    expect(resolveNow('2021-06-16T14:00+02:00').toISOString()).toBe('2021-06-16T12:00:00.000Z');
  });

  it('refuses values without a zone or that are not dates', () => {
    expect(() => resolveNow('2021-05-01')).toThrow(/SITE_NOW.*expected/);
    expect(() => resolveNow('2021-05-01T10:00')).toThrow(/SITE_NOW/);
    expect(() => resolveNow('tomorrow')).toThrow(/SITE_NOW/);
  });
});
