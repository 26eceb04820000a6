import { describe, expect, it } from 'vitest';
import { cutIntoParts, groupByInitial, initialOf, OTHERS } from '../../src/lib/people-index.ts';

const same = (name: string) => name;
/** Each group as `letter: names…`, parts separated by ` | `. */
const shown = (names: string[], locale: string, perPage = 100) =>
  groupByInitial(names, same, locale, perPage).map(({ letter, parts }) => `${letter ?? OTHERS}: ${parts.map((part) => part.join(', ')).join(' | ')}`);

describe('initialOf', () => {
  it('groups Latin names by their first letter without accents or case', () => {
    expect(['Élodie Martin', 'eva Lind', 'Émile Roy', 'Ève Blanc'].map((name) => initialOf(name))).toEqual(Array(4).fill({ id: 'e', letter: 'E' }));
    expect(initialOf('Ñuñez Ana')).toEqual({ id: 'n', letter: 'N' });
    expect(initialOf('çelik Ayşe')).toEqual({ id: 'c', letter: 'C' });
  });

  it('puts letters that do not decompose with the Latin letter the collator sees in them', () => {
    expect(initialOf('Øystein Berg')).toEqual({ id: 'o', letter: 'O' });
    expect(initialOf('Łukasz Nowak')).toEqual({ id: 'l', letter: 'L' });
  });

  it('skips punctuation and modifier letters before the first letter', () => {
    expect(initialOf("'t Hooft Gerard").id).toBe('t');
    expect(initialOf('ʻOla Kealoha').id).toBe('o');
    expect(initialOf('  Zed').id).toBe('z');
  });

  it('groups Arabic names by their first letter, hamza and madda forms of alif together', () => {
    const alif = { id: 'u0627', letter: 'ا' };
    expect(['أحمد سالم', 'إيمان علي', 'آمنة حسن', 'ابراهيم نور'].map((name) => initialOf(name))).toEqual(Array(4).fill(alif));
    expect(initialOf('بشرى يوسف')).toEqual({ id: 'u0628', letter: 'ب' });
  });

  it('groups Greek and Cyrillic names by their letter, and Chinese, Korean and digit-initial names under others', () => {
    expect(initialOf('Ωmega Test')).toEqual({ id: 'u03a9', letter: 'Ω' });
    expect(initialOf('Ёлкин Иван')).toEqual({ id: 'u0415', letter: 'Е' });
    for (const name of ['王芳', '김민수', '3M Delegation', '']) expect(initialOf(name), name).toEqual({ id: OTHERS, letter: undefined });
  });
});

describe('cutIntoParts', () => {
  it('cuts into the fewest parts of at most the page size, as even as can be', () => {
    expect(cutIntoParts([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(cutIntoParts(Array.from({ length: 250 }, (_, i) => i), 200).map((part) => part.length)).toEqual([125, 125]);
    expect(cutIntoParts([1, 2], 2)).toEqual([[1, 2]]);
    expect(cutIntoParts([], 2)).toEqual([[]]);
  });

  it('keeps every item once, in order', () => {
    const items = Array.from({ length: 1001 }, (_, i) => i);
    for (const perPage of [1, 7, 200, 1000, 2000]) {
      const parts = cutIntoParts(items, perPage);
      expect(parts.flat(), String(perPage)).toEqual(items);
      expect(Math.max(...parts.map((part) => part.length))).toBeLessThanOrEqual(perPage);
    }
  });
});

describe('groupByInitial', () => {
  const names = ['Zoë Adams', 'Émile Roy', 'eva Lind', 'Adam Ng', 'أحمد سالم', 'بشرى يوسف', 'إيمان علي', '王芳', 'Øystein Berg', 'Olaf Moe', 'Ana Ruiz'];

  it('orders the groups and the names in each as the page language does, others last', () => {
    expect(shown(names, 'en')).toEqual([
      'A: Adam Ng, Ana Ruiz',
      'E: Émile Roy, eva Lind',
      'O: Olaf Moe, Øystein Berg',
      'Z: Zoë Adams',
      'ا: أحمد سالم, إيمان علي',
      'ب: بشرى يوسف',
      'others: 王芳',
    ]);
    // Arabic puts its own script first.
    expect(shown(names, 'ar').slice(0, 3)).toEqual(['ا: أحمد سالم, إيمان علي', 'ب: بشرى يوسف', 'A: Adam Ng, Ana Ruiz']);
  });

  it('gives a group the same id in every language, so its page has one address', () => {
    const ids = (locale: string) => groupByInitial(names, same, locale, 1).map(({ id, parts }) => `${id}×${parts.length}`).sort();
    expect(ids('fr')).toEqual(ids('en'));
    expect(ids('ar')).toEqual(ids('en'));
    expect(ids('es')).toEqual(ids('en'));
  });

  it('uses the page language’s order within a letter (Swedish puts Ö after Z, English with O)', () => {
    const people = ['Ödman Eva', 'Olsson Per', 'Zetterberg Ann'];
    expect(groupByInitial(people, same, 'en', 10).map(({ parts }) => parts.flat())).toEqual([['Ödman Eva', 'Olsson Per'], ['Zetterberg Ann']]);
    // Swedish still groups Ö with O (accents set aside), and lists it after the plain O names.
    expect(groupByInitial(people, same, 'sv', 10)[0]!.parts.flat()).toEqual(['Olsson Per', 'Ödman Eva']);
  });

  it('cuts a letter too large for a page into parts, keeping everyone once', () => {
    const many = Array.from({ length: 7 }, (_, i) => `Mina ${String.fromCharCode(65 + i)}`);
    const groups = groupByInitial([...many, 'Ada B'], same, 'en', 3);
    expect(groups.map(({ id, parts }) => [id, parts.map((part) => part.length)])).toEqual([
      ['a', [1]],
      ['m', [3, 2, 2]],
    ]);
    expect(groups[1]!.parts.flat()).toEqual(many);
  });

  it('works on records through the name function', () => {
    const people = [{ id: 'x', name: 'Éa' }, { id: 'y', name: 'Ab' }];
    expect(groupByInitial(people, (person) => person.name, 'fr', 5).map(({ parts }) => parts.flat().map((person) => person.id))).toEqual([['y'], ['x']]);
  });
});
