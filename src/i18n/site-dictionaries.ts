/**
 * The build's side of `content/i18n/<lang>.yaml`: parses each file of the `i18n` collection
 * as `npm run check` does, checks and merges the dictionaries (src/i18n/dictionaries.ts), and
 * makes them the ones `uiStrings` returns for the rest of the build.
 */
import { getCollection } from 'astro:content';
import { parseYaml } from '../lib/content-reader.ts';
import type { ContentProblem } from '../lib/integrity.ts';
import { siteDictionaries, type DictionaryFile } from './dictionaries.ts';
import { builtInDictionaries, useSiteDictionaries } from './index.ts';

/** Loads the site's dictionaries for `locales` (from `conferenceFile`) and returns their problems. */
export async function loadSiteDictionaries(locales: readonly { code: string }[], conferenceFile: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const files = (await getCollection('i18n')).map((entry): DictionaryFile => {
    const file = entry.filePath ?? entry.id;
    const parsed = parseYaml(entry.data.text, 0);
    if ('problem' in parsed) problems.push({ file, ...parsed.problem });
    return { lang: entry.id, file, data: 'data' in parsed ? parsed.data : undefined };
  });
  const site = siteDictionaries(builtInDictionaries, locales, conferenceFile, files);
  useSiteDictionaries(site.dictionaries);
  return [...problems, ...site.problems];
}
