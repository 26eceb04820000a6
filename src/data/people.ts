/** What pages and data files say about a person in one language. */
import { fill, uiStrings } from '../i18n/index.ts';
import { memoised } from '../lib/memo.ts';
import { groupByInitial, type InitialGroup } from '../lib/people-index.ts';
import type { PageKey } from '../lib/routes.ts';
import type { PageContext } from './page-context.ts';
import type { Person, Site } from './site.ts';

/** "Role, Affiliation" (either alone when only one is given) in the page's language or a fallback, with the `lang` it needs. */
export function personRole({ pick, langOf }: Pick<PageContext, 'pick' | 'langOf'>, person: Person): { text: string; lang: string | undefined } | undefined {
  const picked = pick(person.texts);
  const { role, affiliation } = picked.value.data;
  // Joined as the text's own language does: an English fallback on an Arabic page keeps its comma.
  const text = role && affiliation ? fill(uiStrings(picked.locale).people.roleAt, { role, affiliation }) : (role ?? affiliation);
  return text ? { text, lang: langOf(picked) } : undefined;
}

/** The people of a session's list, by id (ids are checked by checkIntegrity). */
export function peopleOf(site: Site, ids: readonly string[]): Person[] {
  return ids.map((id) => site.people.get(id)!);
}

/**
 * The most people one page of the speakers index lists. Measured (docs/performance.md): at this
 * size the heaviest page, in Arabic with photos, stays well within the 20 kB budget; an index of
 * no more people than this is one page, as a small conference's is.
 */
export const PEOPLE_PER_PAGE = 200;

const indexes = new WeakMap<Site, Map<string, InitialGroup<Person>[] | undefined>>();

/** The speakers index cut by initial letter in `locale`'s order, or undefined when everyone fits one page. */
export function speakersIndex(site: Site, locale: string): InitialGroup<Person>[] | undefined {
  if (!indexes.has(site)) indexes.set(site, new Map());
  return memoised(indexes.get(site)!, locale, () =>
    site.people.size > PEOPLE_PER_PAGE ? groupByInitial([...site.people.values()], (person) => person.name, locale, PEOPLE_PER_PAGE) : undefined,
  );
}

/** The index's pages: its first page, and when it is cut, a page per letter and per later part of a large letter (the same in every language). */
export function speakersIndexKeys(site: Site): PageKey[] {
  if (site.people.size === 0) return [];
  const groups = speakersIndex(site, site.defaultLocale) ?? [];
  for (const { id } of groups) {
    if (site.people.has(id)) throw new Error(`content/speakers/${id}/: the folder name "${id}" is also the address of the speakers index page of that letter; rename the folder, e.g. to the person's full name (${id}-…).`);
  }
  return [{ kind: 'speakers' }, ...groups.flatMap(({ id, parts }) => parts.map((_, index) => speakersLetterPage(id, index + 1)))];
}

/** The index page of a letter (a group id), or of a later part of it, from 1. */
export function speakersLetterPage(letter: string, part = 1): PageKey {
  return { kind: 'speakers', letter, ...(part > 1 ? { part } : {}) };
}
