/**
 * Which translations are missing or out of date, per language, for `npm run translations`
 * and the editors' status page.
 *
 * A text written per language in its own file (`<folder>/index.<lang>.mdx`) is out of date when
 * the source-language file (the site's default language) changed after it. Texts written
 * inline in YAML (`label: { en: …, fr: … }`) share one file for all languages, so for them
 * only a missing language can be told.
 */
import type { HistoryGap } from './git-history.ts';

/** A text with one `index.<lang>.mdx` file per language, e.g. `sessions/2021-06-16-opening`. */
export interface TranslatableDocument {
  folder: string;
  /** The languages it has a file in. */
  locales: readonly string[];
}

/** A field written `{ en: …, fr: … }` in a YAML file. */
export interface TranslatableField {
  file: string;
  field: string;
  locales: readonly string[];
}

export interface TranslationInput {
  /** The site's languages, in order. */
  locales: readonly string[];
  /** The language translations are made from. */
  sourceLocale: string;
  documents: readonly TranslatableDocument[];
  fields: readonly TranslatableField[];
  /** Last change of a file (path relative to the content folder), in seconds; undefined when unknown. */
  changedAt?: ((path: string) => number | undefined) | undefined;
}

/** A file to create (`field` undefined), or a language to add to a field of a file. */
export interface MissingTranslation {
  file: string;
  field?: string;
}

export interface OutdatedTranslation {
  file: string;
  source: string;
  /** Seconds since 1970; Infinity for uncommitted changes. */
  changedAt: number;
  sourceChangedAt: number;
}

export interface LocaleStatus {
  locale: string;
  missing: MissingTranslation[];
  outdated: OutdatedTranslation[];
}

const documentFile = (folder: string, locale: string) => `${folder}/index.${locale}.mdx`;

export function translationStatus(input: TranslationInput): LocaleStatus[] {
  return input.locales.map((locale) => {
    const missing: MissingTranslation[] = [];
    const outdated: OutdatedTranslation[] = [];
    for (const document of input.documents) {
      const file = documentFile(document.folder, locale);
      if (!document.locales.includes(locale)) {
        missing.push({ file });
        continue;
      }
      if (locale === input.sourceLocale || !document.locales.includes(input.sourceLocale)) continue;
      const source = documentFile(document.folder, input.sourceLocale);
      const changedAt = input.changedAt?.(file);
      const sourceChangedAt = input.changedAt?.(source);
      if (changedAt !== undefined && sourceChangedAt !== undefined && sourceChangedAt > changedAt) {
        outdated.push({ file, source, changedAt, sourceChangedAt });
      }
    }
    for (const field of input.fields) {
      if (!field.locales.includes(locale)) missing.push({ file: field.file, field: `${field.field}.${locale}` });
    }
    return { locale, missing, outdated };
  });
}

/** True when some language misses a text or has one out of date. */
export function hasGaps(statuses: readonly LocaleStatus[]): boolean {
  return statuses.some((status) => status.missing.length > 0 || status.outdated.length > 0);
}

/** A change time for people: the day, or "not committed yet". */
function changeDay(seconds: number): string {
  return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString().slice(0, 10) : 'not committed yet';
}

export interface ReportOptions {
  sourceLocale: string;
  /** Prefix for paths, e.g. `content`. */
  shownDir: string;
  /** Why out-of-date texts could not be found, if they could not. */
  historyUnavailable?: HistoryGap | undefined;
}

const historyGaps: Record<HistoryGap, string> = {
  'no-history': 'the content folder has no Git history',
  shallow: 'the Git history is shallow (a CI clone?); fetch it with "git fetch --unshallow", or set "fetch-depth: 0" in GitHub Actions',
};

/** The report as plain text, for the terminal. */
export function formatTranslationStatus(statuses: readonly LocaleStatus[], options: ReportOptions): string {
  const shown = (file: string) => `${options.shownDir.replace(/\/+$/, '')}/${file}`;
  const lines = [`Translations (source language: ${options.sourceLocale}; out of date = the ${options.sourceLocale} file changed in a later commit)`];
  for (const status of statuses) {
    const counts = [
      status.missing.length ? `${status.missing.length} missing` : '',
      status.outdated.length ? `${status.outdated.length} out of date` : '',
    ].filter(Boolean);
    lines.push('', `${status.locale}: ${counts.join(', ') || 'complete'}`);
    for (const missing of status.missing) lines.push(`  missing      ${shown(missing.file)}${missing.field ? `  field ${missing.field}` : ''}`);
    for (const old of status.outdated) {
      lines.push(`  out of date  ${shown(old.file)}  (${old.source} changed ${changeDay(old.sourceChangedAt)}, this file ${changeDay(old.changedAt)})`);
    }
  }
  if (options.historyUnavailable) lines.push('', `Out-of-date texts not checked: ${historyGaps[options.historyUnavailable]}.`);
  return lines.join('\n');
}
