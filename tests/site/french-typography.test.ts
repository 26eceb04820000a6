/**
 * The content gate for French texts: the typography of src/lib/french-typography.ts in every
 * French text of the content folder (index.fr.mdx files, and `fr:` values of the YAML files).
 */
import { describe, expect, it } from 'vitest';
import { contentFolder, readContentFiles } from '../../src/lib/content-reader.ts';
import { frenchTypographyProblems } from '../../src/lib/french-typography.ts';

describe('French typography in the content', () => {
  it('uses ’ and non-breaking spaces in every French text', async () => {
    const folder = contentFolder();
    const files = await readContentFiles(folder);
    const problems = [...files].flatMap(([path, text]) => {
      // A file that is not text (the check reports it) has no typography to read.
      if (typeof text !== 'string') return [];
      // Web addresses and MDX/HTML tags are not prose.
      const prose = (value: string) => value.replace(/https?:\/\/\S+/g, '').replace(/<[^>]*>/g, '');
      if (path.endsWith('index.fr.mdx')) return frenchTypographyProblems(prose(text)).map((problem) => `${folder}/${path}: ${problem}`);
      if (!path.endsWith('.yaml')) return [];
      return text
        .split('\n')
        .filter((line) => /^\s*fr:\s/.test(line))
        .flatMap((line) => frenchTypographyProblems(prose(line.replace(/^\s*fr:\s*/, ''))).map((problem) => `${folder}/${path}: ${problem}`));
    });
    expect(problems).toEqual([]);
  });
});
