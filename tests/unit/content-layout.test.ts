/**
 * The content layout, on the example conference (default language en): one index.<lang>.mdx per
 * language in each entry folder, facts in the default language's file only, and every file the
 * site does not read refused with a reason.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseContent, readContentFiles, textsOf } from '../../src/lib/content-reader.ts';
import { assembleEntryFolders, entryFolder } from '../../src/schemas/entry-folder.ts';
import { projectRoot } from '../helpers/build.ts';

const shownDir = 'examples/open-data-summit/content';
let example: Map<string, string>;
beforeAll(async () => {
  example = textsOf(await readContentFiles(join(projectRoot, shownDir)));
});

/** The example with files added, replaced (a string) or removed (undefined). */
function problemsWith(changes: Record<string, string | undefined>) {
  const files = new Map(example);
  for (const [path, text] of Object.entries(changes)) {
    if (text === undefined) expect(files.delete(path), path).toBe(true);
    else files.set(path, text);
  }
  return parseContent(files, shownDir).problems;
}

const keynote = 'sessions/2025-11-01-keynote';

describe('session folders', () => {
  it('read facts from the default language’s file and texts from every file', () => {
    const { problems, entries } = parseContent(example, shownDir);
    expect(problems).toEqual([]);
    const session = entries.sessions.find((entry) => entry.id === '2025-11-01-keynote')!;
    expect(session.file).toBe(`${shownDir}/${keynote}/index.en.mdx`);
    expect(session.data).toMatchObject({ day: '2025-11-01', start: '09:00', format: 'talk' });
    const languages = [...example.keys()].filter((path) => path.startsWith(`${keynote}/`)).map((path) => /index\.(.+)\.mdx$/.exec(path)![1]);
    expect(languages.length).toBeGreaterThan(1);
    expect(entries.sessionFiles.filter((file) => file.id.startsWith('2025-11-01-keynote/')).map((file) => file.id).sort()).toEqual(
      languages.map((code) => `2025-11-01-keynote/${code}`).sort(),
    );
  });

  it('refuse a fact in another language’s file, naming the file, the field, the value and where it goes', () => {
    const spanish = example.get(`${keynote}/index.es.mdx`)!.replace(/^---\n/, '---\nstart: "10:00"\n');
    expect(problemsWith({ [`${keynote}/index.es.mdx`]: spanish })).toEqual([
      {
        file: `${shownDir}/${keynote}/index.es.mdx`,
        field: 'start',
        found: '"10:00"',
        expected: expect.stringMatching(/same in every language, so it goes in index\.en\.mdx only/),
      },
    ]);
  });

  it('refuse a session without its default language’s file', () => {
    expect(problemsWith({ [`${keynote}/index.en.mdx`]: undefined })).toEqual([
      {
        file: `${shownDir}/${keynote}/index.en.mdx`,
        field: '(file)',
        found: expect.stringMatching(/^no such file \(the folder has (index\.\w+\.mdx, )*index\.es\.mdx/),
        expected: expect.stringContaining("the file in the site's default language (en)"),
      },
    ]);
  });

  it('report a mistake in the facts once, under the default language’s file', () => {
    const english = example.get(`${keynote}/index.en.mdx`)!.replace(/^start: .*$/m, 'start: "9am"');
    expect(problemsWith({ [`${keynote}/index.en.mdx`]: english }).map((p) => [p.file, p.field, p.found])).toEqual([
      [`${shownDir}/${keynote}/index.en.mdx`, 'start', '"9am"'],
    ]);
  });
});

describe('files the site does not read', () => {
  it.each([
    [`${keynote}/en.md`, /en\.md/],
    [`${keynote}/index.en.md`, /index\.en\.md/],
    [`${keynote}/session.yml`, /session\.yml/],
    [`${keynote}/notes.txt`, /notes\.txt/],
    ['audiences/developers.yml', /developers\.yml/],
    ['home/index.en.md', /index\.en\.md/],
    ['stray.txt', /does not read/],
  ])('%s is refused with the names the site reads', (path, found) => {
    const problems = problemsWith({ [path]: 'title: x\n' });
    expect(problems).toEqual([{ file: `${shownDir}/${path}`, field: '(file)', found: expect.stringMatching(found), expected: expect.stringMatching(/\.(mdx|yaml)/) }]);
  });

  it('a file of the earlier layout is reported once for the folder, naming npm run migrate', () => {
    const problems = problemsWith({
      [`${keynote}/session.yaml`]: 'day: 2025-11-01\n',
      'home/en.mdx': '---\ntitle: "x"\n---\n',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: '(layout)', found: expect.stringContaining('and 1 more file'), expected: expect.stringContaining('npm run migrate') });
  });
});

describe('assembleEntryFolders, for any collection of entry folders', () => {
  // A made-up collection, as speakers would be: the name is the same in every language, the role is not.
  const people = entryFolder({ name: z.string() }, { role: z.string() });
  const file = (entry: string, locale: string, data: Record<string, unknown>) => ({ entry, locale, file: `people/${entry}/index.${locale}.mdx`, data });

  it('takes the facts from the default language’s file', () => {
    const result = assembleEntryFolders(people, [file('ada', 'fr', { name: 'Ada', role: 'Ingénieure' }), file('ada', 'en', { role: 'Engineer' })], 'fr');
    expect(result).toEqual({ entries: [{ id: 'ada', file: 'people/ada/index.fr.mdx', data: { name: 'Ada' } }], problems: [] });
  });

  it('refuses facts elsewhere, a missing default file and invalid facts, all at once', () => {
    const result = assembleEntryFolders(
      people,
      [file('ada', 'fr', { name: 42, role: 'x' }), file('ada', 'en', { name: 'Ada', role: 'y' }), file('bob', 'en', { role: 'z' })],
      'fr',
    );
    expect(result.entries).toEqual([]);
    expect(result.problems.map((p) => [p.file, p.field])).toEqual([
      ['people/ada/index.en.mdx', 'name'],
      ['people/ada/index.fr.mdx', 'name'],
      ['people/bob/index.fr.mdx', '(file)'],
    ]);
  });

  it('gives each file a schema with the texts and room for the facts, nothing else', () => {
    expect(people.file.safeParse({ role: 'x', name: 'y' }).success).toBe(true);
    expect(people.file.safeParse({ role: 'x', age: 3 }).success).toBe(false);
    expect(people.factNames).toEqual(['name']);
  });
});
