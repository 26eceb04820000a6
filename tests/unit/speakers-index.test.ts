/** The speakers index's pages from the site model: one page for a small conference, a page per letter and part for a large one. */
import { describe, expect, it } from 'vitest';
import { PEOPLE_PER_PAGE, speakersIndex, speakersIndexKeys } from '../../src/data/people.ts';
import type { Site } from '../../src/data/site.ts';

/** A site model with only what the index reads: people by id (names given), and the default language. */
function siteWith(names: string[], ids = names.map((_, index) => `person-${index + 1}`)): Site {
  return { defaultLocale: 'en', people: new Map(names.map((name, index) => [ids[index]!, { id: ids[index]!, name }])) } as unknown as Site;
}
const many = (count: number, first: string) => Array.from({ length: count }, (_, index) => `${first}${String(index).padStart(4, '0')} Test`);

describe('the speakers index pages', () => {
  it('has no index without people, and one page for a small conference', () => {
    expect(speakersIndexKeys(siteWith([]))).toEqual([]);
    const small = siteWith(['Mina Sample', 'Ada Placeholder', 'Élodie Test']);
    expect(speakersIndexKeys(small)).toEqual([{ kind: 'speakers' }]);
    expect(speakersIndex(small, 'en')).toBeUndefined();
    expect(speakersIndexKeys(siteWith(many(PEOPLE_PER_PAGE, 'M')))).toEqual([{ kind: 'speakers' }]);
  });

  it('cuts a larger index into a page per letter, and a large letter into parts', () => {
    const site = siteWith(['Ada Placeholder', 'Élodie Test', ...many(2 * PEOPLE_PER_PAGE + 1, 'M')]);
    expect(speakersIndexKeys(site)).toEqual([
      { kind: 'speakers' },
      { kind: 'speakers', letter: 'a' },
      { kind: 'speakers', letter: 'e' },
      { kind: 'speakers', letter: 'm' },
      { kind: 'speakers', letter: 'm', part: 2 },
      { kind: 'speakers', letter: 'm', part: 3 },
    ]);
    const groups = speakersIndex(site, 'ar')!;
    expect(groups.flatMap(({ parts }) => parts.flat()).length).toBe(site.people.size);
    expect(Math.max(...groups.flatMap(({ parts }) => parts.map((part) => part.length)))).toBeLessThanOrEqual(PEOPLE_PER_PAGE);
  });

  it('says which folder to rename when a person’s folder has a letter page’s address', () => {
    const names = ['Ada Placeholder', ...many(PEOPLE_PER_PAGE, 'M')];
    const site = siteWith(names, names.map((_, index) => (index === 0 ? 'a' : `person-${index}`)));
    expect(() => speakersIndexKeys(site)).toThrow(/content\/speakers\/a\/: the folder name "a" is also the address of the speakers index page of that letter/);
  });
});
