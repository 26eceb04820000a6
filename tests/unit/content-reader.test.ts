/**
 * `npm run check` reads the content the way the build does and reports every problem at
 * once, each with its file and field. Broken copies are made in memory from the real content.
 */
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseContent, readContentFiles, textsOf } from '../../src/lib/content-reader.ts';
import { projectRoot } from '../helpers/build.ts';
import { exampleContent } from '../helpers/fixtures.ts';

let real: Map<string, string>;
/** The file holding a session's facts: its default language's. */
let facts: (id: string | undefined) => string;
beforeAll(async () => {
  real = textsOf(await readContentFiles(join(projectRoot, exampleContent)));
  const { defaultLocale } = yaml.load(real.get('conference.yaml')!) as { defaultLocale: string };
  facts = (id) => `sessions/${id}/index.${defaultLocale}.mdx`;
});

/** The real content with some files changed (a string replaces the file, undefined removes it). */
function withChanges(changes: Record<string, string | undefined | ((text: string) => string)>): Map<string, string> {
  const files = new Map(real);
  for (const [path, change] of Object.entries(changes)) {
    if (change === undefined) files.delete(path);
    else if (typeof change === 'string') files.set(path, change);
    else {
      const before = files.get(path);
      if (before === undefined) throw new Error(`no ${path} in the content`);
      const after = change(before);
      expect(after, `the change to ${path} changed nothing`).not.toBe(before);
      files.set(path, after);
    }
  }
  return files;
}

const sessionIds = () => [...new Set([...real.keys()].filter((p) => /^sessions\/[^/]+\/index\./.test(p)).map((p) => p.split('/')[1]!))];

describe('the content reader', () => {
  it('finds no problem in the real content or the example conference', async () => {
    expect(parseContent(real, 'content').problems).toEqual([]);
    const example = await readContentFiles(join(projectRoot, 'examples/open-data-summit/content'));
    expect(parseContent(example, 'examples/open-data-summit/content').problems).toEqual([]);
  });

  it('reads every entry of the folder', () => {
    const { entries } = parseContent(real, 'content');
    expect(entries.sessions.map((s) => s.id).sort()).toEqual(sessionIds().sort());
    expect(entries.conference).toHaveLength(1);
  });

  it('reports every problem in one run, each with its file, field, what was found and what is expected', () => {
    const [first, second, third] = sessionIds();
    const files = withChanges({
      [facts(first)]: (text) => text.replace(/^format: .*\n/m, ''),
      [facts(second)]: (text) => text.replace(/^start: .*$/m, 'start: "2pm"'),
      [facts(third)]: (text) => text.replace(/^audiences: \[/m, 'audiences: [nobody, '),
      'letter/index.en.mdx': (text) => text.replace(/^title: .*$/m, 'title: Letter: of invitation'),
    });
    const { problems } = parseContent(files, 'content');
    const summary = problems.map((p) => [p.file, p.field]);
    expect(summary).toEqual(
      expect.arrayContaining([
        [`content/${facts(first)}`, 'format'],
        [`content/${facts(second)}`, 'start'],
        [`content/${facts(third)}`, 'audiences[0]'],
        ['content/letter/index.en.mdx', '(YAML)'],
      ]),
    );
    expect(problems).toHaveLength(4);
    const start = problems.find((p) => p.field === 'start')!;
    expect(start.found).toBe('"2pm"');
    expect(start.expected).toMatch(/HH:MM/);
    expect(problems.find((p) => p.field === 'audiences[0]')!.found).toBe('"nobody"');
    expect(problems.find((p) => p.field === '(YAML)')!.found).toMatch(/line 2\b/);
  });

  it('reads unquoted dates as Astro does (js-yaml turns them into Date objects)', () => {
    const files = withChanges({
      'conference.yaml': (text) => text.replace(/^  deadline: "([^"]+)"$/m, '  deadline: $1'),
    });
    const { problems, entries } = parseContent(files, 'content');
    expect(problems).toEqual([]);
    expect(entries.conference[0]!.data.registration.deadline).toBeInstanceOf(Date);
  });

  it('reports a broken audience once, not again at every session that names it', () => {
    const audience = [...real.keys()].find((p) => p.startsWith('audiences/'))!;
    const files = withChanges({ [audience]: (text) => text.replace(/^order: .*$/m, 'order: first') });
    expect(parseContent(files, 'content').problems.map((p) => [p.file, p.field])).toEqual([[`content/${audience}`, 'order']]);
  });

  it('reports broken facts once, not again for each of the session\'s texts', () => {
    const [first] = sessionIds();
    const files = withChanges({ [facts(first)]: (text) => text.replace(/^end: .*$/m, 'end: "14:30') });
    expect(parseContent(files, 'content').problems.map((p) => p.field)).toEqual(['(YAML)']);
  });

  it('names unknown fields with the fields that exist', () => {
    const [first] = sessionIds();
    const files = withChanges({ [facts(first)]: (text) => text.replace(/^---\n/, '---\nspeeker: "B"\n') });
    const [problem, ...rest] = parseContent(files, 'content').problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'speeker' });
    expect(problem!.expected).toMatch(/audiences/);
  });

  it('reports files the site would silently ignore or reject, but not READMEs', () => {
    const [first] = sessionIds();
    const files = withChanges({
      [`sessions/${first}/de.md`]: '---\ntitle: "x"\n---\n',
      'audiences/Library Staff.yaml': 'label:\n  en: "Library"\norder: 9\n',
      'audiences/README.md': '# Audiences\n',
    });
    expect(parseContent(files, 'content').problems.map((p) => [p.file, p.field]).sort()).toEqual([
      ['content/audiences/Library Staff.yaml', '(file name)'],
      [`content/sessions/${first}/de.md`, '(file)'],
    ]);
  });

  it('runs the cross-file checks: days, times and languages', () => {
    const [first, second] = sessionIds();
    const files = withChanges({
      [facts(first)]: (text) => text.replace(/^day: .*$/m, 'day: 1999-01-01'),
      [facts(second)]: (text) => text.replace(/^end: .*$/m, 'end: "00:01"'),
      [`sessions/${second}/index.xx.mdx`]: '---\ntitle: "x"\nsummary: "y"\n---\n',
    });
    expect(parseContent(files, 'content').problems.map((p) => p.field).sort()).toEqual(['(file name)', 'day', 'end']);
  });

  it('asks for interface strings for every language of the site', () => {
    const files = withChanges({ 'conference.yaml': (text) => text.replace(/^locales:\n/m, 'locales:\n  - code: sw\n    label: "Kiswahili"\n') });
    const [problem, ...rest] = parseContent(files, 'content').problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/conference.yaml', field: 'locales[0].code', found: expect.stringContaining('"sw"') });
    expect(problem!.expected).toContain('i18n/sw.yaml');
  });

  it('reports a missing conference.yaml', () => {
    const problems = parseContent(withChanges({ 'conference.yaml': undefined }), 'content').problems;
    expect(problems).toEqual([expect.objectContaining({ file: 'content/conference.yaml', found: 'no such file' })]);
  });

  it('passes MDX texts to the body check with their file', () => {
    const seen: string[] = [];
    parseContent(real, 'content', (_text, file) => {
      seen.push(file);
      return [];
    });
    expect(seen.sort()).toEqual([...real.keys()].filter((p) => p.endsWith('.mdx')).map((p) => `content/${p}`).sort());
  });
});
