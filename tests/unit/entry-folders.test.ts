/** The entry-folder rule shared by sessions and speakers (src/lib/entry-folders.ts). */
import { describe, expect, it } from 'vitest';
import { entryFolders } from '../../src/lib/entry-folders.ts';

describe('entryFolders', () => {
  const file = (entry: string, locale: string, facts: string[] = []) => ({ entry, locale, facts, file: `people/${entry}/index.${locale}.mdx` });
  const sorted = (files: ReturnType<typeof file>[]) =>
    entryFolders(files, 'fr', (each) => each.entry, (each) => each.facts).map(({ id, main, mainFile, misplaced }) => ({
      id,
      main: main?.file,
      mainFile,
      misplaced: misplaced.map(({ file: each, field }) => `${each.file} ${field}`),
    }));

  it('finds each folder’s default-language file, and the facts written in the others', () => {
    expect(sorted([file('ada', 'en', ['name', 'photo']), file('ada', 'fr', ['name']), file('ada', 'es')])).toEqual([
      { id: 'ada', main: 'people/ada/index.fr.mdx', mainFile: 'people/ada/index.fr.mdx', misplaced: ['people/ada/index.en.mdx name', 'people/ada/index.en.mdx photo'] },
    ]);
  });

  it('says where the missing default-language file belongs, and counts every file’s facts as misplaced', () => {
    expect(sorted([file('bob', 'en', ['name']), file('cy', 'fr')])).toEqual([
      { id: 'bob', main: undefined, mainFile: 'people/bob/index.fr.mdx', misplaced: ['people/bob/index.en.mdx name'] },
      { id: 'cy', main: 'people/cy/index.fr.mdx', mainFile: 'people/cy/index.fr.mdx', misplaced: [] },
    ]);
  });
});
