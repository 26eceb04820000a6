/**
 * The translation report of a content folder: its per-language files and fields
 * (src/lib/content-reader.ts) and their change times (src/lib/git-history.ts), compared
 * by src/lib/translation-status.ts. Used by `npm run translations` and the status page.
 */
import { localizedFieldsOf, classifyContentFile, collectionSchemas, isUnread, type CollectionName } from '../schemas/content-model.ts';
import { parseContent, readContentFiles } from './content-reader.ts';
import { readHistory, type HistoryGap } from './git-history.ts';
import { translationStatus, type LocaleStatus, type TranslatableDocument } from './translation-status.ts';

export interface TranslationReport {
  sourceLocale: string;
  /** The site's languages with their names, in order. */
  locales: { code: string; label: string }[];
  statuses: LocaleStatus[];
  /** Why out-of-date texts could not be found, if they could not. */
  historyUnavailable?: HistoryGap | undefined;
}

/** Collections written in YAML with `{ en: …, fr: … }` fields. */
const yamlCollections = ['conference', 'audiences', 'formats', 'themes'] as const satisfies CollectionName[];

/** The report, or undefined when conference.yaml cannot be read (`npm run check` says why). */
export async function translationReport(dir: string): Promise<TranslationReport | undefined> {
  const files = await readContentFiles(dir);
  const { entries, shownPath } = parseContent(files, dir);
  const conference = entries.conference[0]?.data;
  if (!conference) return undefined;

  // Every page written per language is expected in every language: the home page, the
  // letter if there is one, and each session.
  const documents = new Map<string, TranslatableDocument & { locales: string[] }>();
  const documentIn = (folder: string) => documents.get(folder) ?? documents.set(folder, { folder, locales: [] }).get(folder)!;
  documentIn('home');
  for (const session of entries.sessions) documentIn(`sessions/${session.id}`);
  for (const path of files.keys()) {
    const info = classifyContentFile(path);
    if (!isUnread(info) && info.locale !== undefined) documentIn(path.slice(0, path.lastIndexOf('/'))).locales.push(info.locale);
  }

  const relative = (file: string) => file.slice(shownPath('').length);
  const fields = yamlCollections.flatMap((collection) =>
    (entries[collection] as { file: string; data: unknown }[]).flatMap((entry) =>
      localizedFieldsOf(collectionSchemas[collection], entry.data).map((field) => ({ file: relative(entry.file), ...field })),
    ),
  );

  const history = readHistory(dir);
  const sourceLocale = conference.defaultLocale;
  return {
    sourceLocale,
    locales: conference.locales.map(({ code, label }) => ({ code, label })),
    statuses: translationStatus({
      locales: conference.locales.map((locale) => locale.code),
      sourceLocale,
      documents: [...documents.values()].sort((a, b) => a.folder.localeCompare(b.folder)),
      fields,
      changedAt: history.unavailable ? undefined : (path) => history.changedAt.get(path),
    }),
    historyUnavailable: history.unavailable,
  };
}
