import { describe, expect, it } from 'vitest';
import { formatTranslationStatus, hasGaps, translationStatus, type TranslationInput } from '../../src/lib/translation-status.ts';

const times: Record<string, number> = {
  'sessions/a/index.fr.mdx': 100,
  'sessions/a/index.en.mdx': 50,
  'sessions/b/index.fr.mdx': 100,
  'sessions/b/index.en.mdx': 100,
  'home/index.fr.mdx': Number.POSITIVE_INFINITY,
  'home/index.en.mdx': 10,
};

function input(overrides: Partial<TranslationInput> = {}): TranslationInput {
  return {
    locales: ['fr', 'en'],
    sourceLocale: 'fr',
    documents: [
      { folder: 'home', locales: ['fr', 'en'] },
      { folder: 'sessions/a', locales: ['fr', 'en'] },
      { folder: 'sessions/b', locales: ['fr', 'en'] },
      { folder: 'sessions/c', locales: ['en'] },
    ],
    fields: [{ file: 'audiences/ict.yaml', field: 'description', locales: ['fr'] }],
    changedAt: (path) => times[path],
    ...overrides,
  };
}

describe('translation status', () => {
  it('lists missing files and fields per language', () => {
    const [fr, en] = translationStatus(input());
    expect(fr!.missing).toEqual([{ file: 'sessions/c/index.fr.mdx' }]);
    expect(en!.missing).toEqual([{ file: 'audiences/ict.yaml', field: 'description.en' }]);
  });

  it('marks a translation out of date when its source changed later, including uncommitted changes', () => {
    const [fr, en] = translationStatus(input());
    expect(fr!.outdated).toEqual([]);
    expect(en!.outdated.map((o) => [o.file, o.source])).toEqual([
      ['home/index.en.mdx', 'home/index.fr.mdx'],
      ['sessions/a/index.en.mdx', 'sessions/a/index.fr.mdx'],
    ]);
  });

  it('does not guess when change times are unknown', () => {
    expect(translationStatus(input({ changedAt: undefined })).flatMap((s) => s.outdated)).toEqual([]);
  });

  it('says whether anything is left to do', () => {
    expect(hasGaps(translationStatus(input()))).toBe(true);
    expect(hasGaps(translationStatus(input({ documents: [{ folder: 'sessions/b', locales: ['fr', 'en'] }], fields: [] })))).toBe(false);
  });

  it('prints each language with its missing and out-of-date files', () => {
    const text = formatTranslationStatus(translationStatus(input()), { sourceLocale: 'fr', shownDir: 'content', historyUnavailable: 'shallow' });
    expect(text).toMatch(/^fr: 1 missing$/m);
    expect(text).toMatch(/^en: 1 missing, 2 out of date$/m);
    expect(text).toContain('content/sessions/c/index.fr.mdx');
    expect(text).toMatch(/content\/audiences\/ict\.yaml +field description\.en/);
    expect(text).toMatch(/content\/sessions\/a\/index\.en\.mdx.*1970-01-01/);
    expect(text).toMatch(/shallow/);
  });
});
