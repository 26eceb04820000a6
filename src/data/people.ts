/** What pages and data files say about a person in one language. */
import { fill } from '../i18n/index.ts';
import type { PageContext } from './page-context.ts';
import type { Person, Site } from './site.ts';

/** "Role, Affiliation" (either alone when only one is given) in the page's language or a fallback, with the `lang` it needs. */
export function personRole({ pick, langOf, t }: Pick<PageContext, 'pick' | 'langOf' | 't'>, person: Person): { text: string; lang: string | undefined } | undefined {
  const picked = pick(person.texts);
  const { role, affiliation } = picked.value.data;
  const text = role && affiliation ? fill(t.people.roleAt, { role, affiliation }) : (role ?? affiliation);
  return text ? { text, lang: langOf(picked) } : undefined;
}

/** The people of a session's list, by id (ids are checked by checkIntegrity). */
export function peopleOf(site: Site, ids: readonly string[]): Person[] {
  return ids.map((id) => site.people.get(id)!);
}
