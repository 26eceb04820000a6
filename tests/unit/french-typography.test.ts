import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { frenchTypographyProblems } from '../../src/lib/french-typography.ts';

const texts = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(texts));

describe('French typography', () => {
  it('accepts ’ and non-breaking spaces before « ; : ? ! » and inside « »', () => {
    expect(frenchTypographyProblems('L’heure\u00a0: «\u00a0Lettre\u00a0» Vraiment\u202f? Oui\u202f!')).toEqual([]);
  });

  it('finds a straight apostrophe and ordinary or missing spaces', () => {
    expect(frenchTypographyProblems("l'e-Parlement")).toHaveLength(1);
    expect(frenchTypographyProblems('Contact : a')).toHaveLength(1);
    expect(frenchTypographyProblems('« Lettre »')).toHaveLength(2);
    expect(frenchTypographyProblems('Vraiment?')).toHaveLength(1);
  });

  it('leaves web addresses and times alone', () => {
    expect(frenchTypographyProblems('https://www.ipu.org et 14:00')).toEqual([]);
  });

  it('holds every French interface string to it (URL segments aside)', () => {
    const { routes: _routes, ...strings } = uiStrings('fr');
    expect(texts(strings).flatMap(frenchTypographyProblems)).toEqual([]);
  });
});
