/**
 * Checks interface-string dictionaries against the English one, which defines the keys, and
 * merges a conference's own strings (`content/i18n/<lang>.yaml`) over the built-in ones. The
 * build (src/data/site.ts) and `npm run check` (src/lib/content-reader.ts) both call
 * `siteDictionaries`, so they report the same problems in the same words.
 */
import type { ContentProblem } from '../lib/integrity.ts';
import { isSlug } from '../lib/urls.ts';
import { shown } from '../schemas/fields.ts';
import type { Plural } from './plural.ts';
import { languageName, placeholders } from './text.ts';
import en from './ui/en.json' with { type: 'json' };

/** A node of a dictionary: a text, a set of plural forms, or a group of either. */
type Node = string | { [key: string]: Node };

/** Plural forms are the groups that have an `other` form (see plural.ts). */
const isPlural = (node: Node): node is Plural => typeof node === 'object' && typeof node.other === 'string';
const isGroup = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (items: readonly string[]) => items.join(', ');

/** The plural categories `lang` uses (CLDR, through Intl), e.g. ru → one, few, many, other. */
export function pluralForms(lang: string): string[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/** What a problem calls the language, e.g. `"ru" (Russian)`. */
const named = (lang: string) => {
  const name = languageName(lang, 'en');
  return name === lang ? `"${lang}"` : `"${lang}" (${name})`;
};

/**
 * Every problem of one dictionary: keys English does not have, values that are not texts,
 * empty texts, placeholders English does not use, plural forms the language does not use, and
 * route segments that are not URL-safe. With `complete`, every English key (and every plural
 * form of the language) must be there; the missing ones are listed in a single problem.
 */
export function dictionaryProblems(data: unknown, lang: string, file: string, complete: boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const missing: string[] = [];
  const forms = pluralForms(lang);

  const checkText = (reference: string | readonly string[], value: unknown, field: string) => {
    if (typeof value !== 'string') {
      problems.push({ file, field, found: value === null ? 'no text' : shown(value), expected: 'a text, in double quotes if it starts with { or [ or contains ": "' });
      return;
    }
    if (!value.trim()) problems.push({ file, field, found: 'an empty text', expected: 'the text in this language' });
    const known = new Set(typeof reference === 'string' ? placeholders(reference) : reference);
    for (const name of placeholders(value)) {
      if (!known.has(name)) {
        problems.push({
          file,
          field,
          found: `the placeholder {${name}}`,
          expected: known.size ? `only the placeholders of the English text, left untranslated: ${list([...known].map((p) => `{${p}}`))}` : 'no placeholder (the English text has none)',
        });
      }
    }
    if (field.startsWith('routes.') && !isSlug(value)) {
      problems.push({ file, field, found: shown(value), expected: 'a URL segment: lowercase letters a-z, digits and hyphens only, e.g. "programme" (see docs/i18n.md)' });
    }
  };

  const checkPlural = (reference: Plural, value: unknown, field: string) => {
    if (!isGroup(value)) {
      problems.push({ file, field, found: shown(value), expected: `one text per plural form of ${named(lang)}: ${list(forms.map((form) => `${form}: "…"`))}` });
      return;
    }
    const known = [...new Set(Object.values(reference).flatMap((text) => placeholders(text as string)))];
    for (const [form, text] of Object.entries(value)) {
      if (!forms.includes(form)) {
        problems.push({ file, field: `${field}.${form}`, found: `a plural form ${named(lang)} does not use`, expected: `only the forms ${list(forms)}` });
      } else {
        checkText(known, text, `${field}.${form}`);
      }
    }
    if (complete) missing.push(...forms.filter((form) => !(form in value)).map((form) => `${field}.${form}`));
  };

  const checkGroup = (reference: Record<string, Node>, value: unknown, path: string) => {
    if (!isGroup(value)) {
      problems.push({ file, field: path || '(file)', found: shown(value), expected: `indented "key: text" lines under ${path || 'the file'}, with the keys ${list(Object.keys(reference))}` });
      return;
    }
    for (const key of Object.keys(value)) {
      if (!(key in reference)) {
        problems.push({ file, field: path ? `${path}.${key}` : key, found: 'a key the English dictionary does not have (misspelt?)', expected: `one of ${list(Object.keys(reference))}` });
      }
    }
    for (const [key, node] of Object.entries(reference)) {
      const field = path ? `${path}.${key}` : key;
      if (!(key in value)) {
        if (complete) missing.push(...leafPaths(node, field, forms));
      } else if (typeof node === 'string') {
        checkText(node, value[key], field);
      } else if (isPlural(node)) {
        checkPlural(node, value[key], field);
      } else {
        checkGroup(node, value[key], field);
      }
    }
  };

  checkGroup(en, data, '');
  if (isGroup(data) && isGroup(data['routes'])) problems.push(...routeProblems(data['routes'], file));
  if (missing.length) {
    problems.push({
      file,
      field: '(missing texts)',
      found: `no text for ${missing.length === 1 ? 'this key' : `these ${missing.length} keys`}: ${list(missing)}`,
      expected: `a text for every key of the English dictionary, src/i18n/ui/en.json, in ${named(lang)} (see docs/i18n.md)`,
    });
  }
  return problems;
}

/** Every key a node stands for, with the plural forms of the language: `counts.sessions.one`, … */
function leafPaths(node: Node, path: string, forms: readonly string[]): string[] {
  if (typeof node === 'string') return [path];
  if (isPlural(node)) return forms.map((form) => `${path}.${form}`);
  return Object.entries(node).flatMap(([key, child]) => leafPaths(child, `${path}.${key}`, forms));
}

/** Two pages of a language cannot share a URL segment. */
function routeProblems(routes: Record<string, unknown>, file: string): ContentProblem[] {
  const keysBySegment = Map.groupBy(Object.keys(routes), (key) => routes[key]);
  return [...keysBySegment]
    .filter(([segment, keys]) => typeof segment === 'string' && keys.length > 1)
    .map(([segment, keys]) => ({ file, field: `routes.${keys[1]}`, found: `"${segment as string}", already the segment of routes.${keys[0]}`, expected: 'a different URL segment for each page' }));
}

/** A dictionary with `override`'s texts in place of `base`'s. */
export function mergeDictionary<T extends Record<string, unknown>>(base: T, override: Record<string, unknown>): T {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = isGroup(value) && isGroup(base[key]) ? mergeDictionary(base[key], value) : value;
  }
  return merged as T;
}

/** A conference's own strings for one language: `content/i18n/<lang>.yaml`. */
export interface DictionaryFile {
  lang: string;
  /** Path of the file, as shown to editors. */
  file: string;
  /** The parsed YAML; undefined when it could not be parsed (a problem reported by the parser). */
  data: unknown;
}

/**
 * The interface strings of each of the site's languages: the built-in dictionary of the
 * language with the conference's own texts over it, or, for a language the generator does not
 * ship, the conference's file alone, which must then be complete. A language that has neither
 * is reported on its line of conference.yaml.
 */
export function siteDictionaries<T extends Record<string, unknown>>(
  builtIn: Readonly<Record<string, T>>,
  locales: readonly { code: string }[],
  conferenceFile: string,
  files: readonly DictionaryFile[],
): { dictionaries: Map<string, T>; problems: ContentProblem[] } {
  const dictionaries = new Map(Object.entries(builtIn));
  const problems: ContentProblem[] = [];
  for (const { lang, file, data } of files) {
    if (data === undefined) continue;
    const base = builtIn[lang];
    const found = dictionaryProblems(data, lang, file, !base);
    problems.push(...found);
    if (found.length) continue;
    const merged = base ? mergeDictionary(base, data as Record<string, unknown>) : (data as T);
    problems.push(...routeProblems(merged['routes'] as Record<string, unknown>, file));
    dictionaries.set(lang, merged);
  }
  locales.forEach((locale, index) => {
    if (dictionaries.has(locale.code) || files.some((file) => file.lang === locale.code)) return;
    problems.push({
      file: conferenceFile,
      field: `locales[${index}].code`,
      found: `"${locale.code}", a language without interface strings`,
      expected: `a language the generator ships (${list(Object.keys(builtIn).sort())}), or a file i18n/${locale.code}.yaml in the content folder with every interface text in that language (see docs/editing.md, "Adding a language")`,
    });
  });
  return { dictionaries, problems };
}
