/**
 * Interface strings per language. The built-in dictionaries are data, `./ui/<lang>.json`;
 * English defines the keys, and each dictionary is checked against them the first time it is
 * used (src/i18n/dictionaries.ts). A conference adds or changes strings in
 * `content/i18n/<lang>.yaml`: the build merges them when it loads the site
 * (src/data/site.ts → useSiteDictionaries), so `uiStrings` then returns the site's own.
 */
import { formatProblems } from '../lib/integrity.ts';
import { dictionaryProblems } from './dictionaries.ts';
import type { Plural } from './plural.ts';
import ar from './ui/ar.json' with { type: 'json' };
import de from './ui/de.json' with { type: 'json' };
import en from './ui/en.json' with { type: 'json' };
import es from './ui/es.json' with { type: 'json' };
import fr from './ui/fr.json' with { type: 'json' };
import pt from './ui/pt.json' with { type: 'json' };
import ru from './ui/ru.json' with { type: 'json' };
import zh from './ui/zh.json' with { type: 'json' };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends { other: string } ? Plural : Widen<T[K]> };
/** The shape every language's dictionary must have: the English keys. */
export type UiStrings = Widen<typeof en>;

/** The dictionaries the generator ships, by language code (a file here and a line above each). */
export const builtInDictionaries: Readonly<Record<string, UiStrings>> = { ar, de, en, es, fr, pt, ru, zh };

export type { Plural };
export { around, countText, fill, languageName } from './text.ts';

/** The site's dictionaries once the build has loaded its content; until then, the built-in ones. */
let siteDictionaries: ReadonlyMap<string, UiStrings> | undefined;
const checked = new Set<string>();

/** Called once per build with the merged dictionaries of the site (src/data/site.ts). */
export function useSiteDictionaries(dictionaries: ReadonlyMap<string, UiStrings>): void {
  siteDictionaries = dictionaries;
}

/** The dictionary for `locale`. */
export function uiStrings(locale: string): UiStrings {
  const site = siteDictionaries?.get(locale);
  if (site) return site;
  const strings = builtInDictionaries[locale];
  if (!strings) {
    throw new Error(
      `The site has no interface strings for the language "${locale}"; expected one of ${Object.keys(builtInDictionaries).join(', ')}, or a file i18n/${locale}.yaml in the content folder (see docs/editing.md, "Adding a language")`,
    );
  }
  if (!checked.has(locale)) {
    const problems = dictionaryProblems(strings, locale, `src/i18n/ui/${locale}.json`, true);
    if (problems.length) throw new Error(formatProblems(problems));
    checked.add(locale);
  }
  return strings;
}
