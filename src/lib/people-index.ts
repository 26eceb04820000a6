/**
 * A people directory cut into pages by initial letter, as large conferences' speaker lists are:
 * names grouped by the base letter of their first letter (accents and case set aside, so Élodie
 * is under E and Øystein under O), each group in the page language's order, and a group too
 * large for one page cut into numbered parts of even size.
 *
 * Which group a name is in does not depend on the page language, so a group's address is the same
 * in every language; only the order of the groups and of the names within them does.
 */

/** Where a name is listed: its group's id (used in URLs) and the letter shown, or none for the "others" group. */
export interface Initial {
  id: string;
  letter: string | undefined;
}

/** One letter's people in the page language's order, cut into parts of at most the page size. */
export interface InitialGroup<T> {
  id: string;
  /** The letter shown in the bar and the heading; undefined for "others". */
  letter: string | undefined;
  parts: T[][];
}

/** The id of the group of names that begin with no letter of an alphabet (digits, Chinese characters, Hangul…). */
export const OTHERS = 'others';

/** The form of a group id: a Latin letter, `u` and another letter's code point, or "others". */
export const INITIAL_ID = /^(?:[a-z]|u[0-9a-f]{4,5}|others)$/;

/** Scripts whose characters are not letters of an alphabet, so a group per character would be one name each: listed under "others". */
const NOT_ALPHABETIC = /[\p{Script=Han}\p{Script=Hangul}]/u;
/** The first letter or digit: punctuation and modifier letters such as the ʻokina before it are skipped. */
const FIRST_LETTER = /(?!\p{Lm})[\p{L}\p{N}]/u;
const ASCII_LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
/** Compares base letters only: Ø and O, Ł and L are the same letter to it. */
const baseLetters = new Intl.Collator('und', { sensitivity: 'base' });

/** The group of a name: its first letter without accents, in capitals (`É` → `E`, `أ` → `ا`), or "others". */
export function initialOf(name: string): Initial {
  // Decomposed, a letter's accents are separate marks; the first letter is then the base letter.
  const first = FIRST_LETTER.exec(name.normalize('NFD'))?.[0];
  if (!first || /\p{N}/u.test(first) || NOT_ALPHABETIC.test(first)) return { id: OTHERS, letter: undefined };
  const capital = [...first.toUpperCase()][0]!;
  // Letters that do not decompose (Ø, Ł) but that the collator sees as a Latin letter go with it.
  const letter = ASCII_LETTERS.find((ascii) => baseLetters.compare(ascii, capital) === 0) ?? capital;
  return { id: /^[A-Z]$/.test(letter) ? letter.toLowerCase() : `u${letter.codePointAt(0)!.toString(16).padStart(4, '0')}`, letter };
}

/** `items` cut into the fewest parts of at most `perPage`, as even as can be (250 by 200 → 125 and 125; 7 by 3 → 3, 2 and 2). */
export function cutIntoParts<T>(items: readonly T[], perPage: number): T[][] {
  const count = Math.max(1, Math.ceil(items.length / perPage));
  const boundary = (index: number) => Math.ceil((index * items.length) / count);
  return Array.from({ length: count }, (_, index) => items.slice(boundary(index), boundary(index + 1)));
}

/**
 * `items` grouped by the initial of `nameOf(item)`, the groups and the names in each in `locale`'s
 * order ("others" last), each group cut into parts of at most `perPage`.
 */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string, locale: string, perPage: number): InitialGroup<T>[] {
  const collator = new Intl.Collator(locale);
  const sorted = [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
  const groups = new Map<string, { letter: string | undefined; people: T[] }>();
  for (const item of sorted) {
    const { id, letter } = initialOf(nameOf(item));
    const group = groups.get(id) ?? { letter, people: [] };
    group.people.push(item);
    groups.set(id, group);
  }
  return [...groups]
    .sort(([a, { letter: x }], [b, { letter: y }]) => Number(a === OTHERS) - Number(b === OTHERS) || collator.compare(x ?? '', y ?? ''))
    .map(([id, { letter, people }]) => ({ id, letter, parts: cutIntoParts(people, perPage) }));
}
