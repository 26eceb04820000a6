/** What pages and data files say about a person in one language. */
import { fill, uiStrings } from '../i18n/index.ts';
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
