/** What pages say about a person in one language, from the site model. */
import { fill, uiStrings } from '../i18n/index.ts';
import { fallbackLang, pickLocalized } from '../lib/localized.ts';
import type { Person, Site } from './site.ts';

/** Their texts in `locale`, or in a fallback language (marked). */
export function personText(site: Site, person: Person, locale: string) {
  return pickLocalized(person.texts, locale, site.fallbacks)!;
}

/** "Role, Affiliation" (either alone when only one is given) in `locale` or a fallback, with the `lang` it needs. */
export function personRole(site: Site, person: Person, locale: string): { text: string; lang: string | undefined } | undefined {
  const picked = personText(site, person, locale);
  const { role, affiliation } = picked.value.data;
  const text = role && affiliation ? fill(uiStrings(picked.locale).people.roleAt, { role, affiliation }) : (role ?? affiliation);
  return text ? { text, lang: fallbackLang(picked) } : undefined;
}

/** The people of a session's list, by id (ids are checked by checkIntegrity). */
export function peopleOf(site: Site, ids: readonly string[]): Person[] {
  return ids.map((id) => site.people.get(id)!);
}
