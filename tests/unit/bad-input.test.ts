/**
 * Mistakes that used to slip through or read badly (issue #16), on the example conference:
 * each is reported with its file, field, what was found and what is expected, in words an
 * editor can act on. tests/build/bad-input.test.ts checks that the build refuses them alike.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../src/integrations/mdx-body.ts';
import { checkContent, parseContent, readContentFiles, textsOf, type FileText } from '../../src/lib/content-reader.ts';
import { formatProblems } from '../../src/lib/integrity.ts';
import { decodeUtf8 } from '../../src/lib/source-text.ts';
import { projectRoot } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';

const shownDir = 'examples/open-data-summit/content';
const keynote = 'sessions/2025-11-01-keynote/index.en.mdx';
let example: Map<string, string>;
beforeAll(async () => {
  example = textsOf(await readContentFiles(join(projectRoot, shownDir)));
});

/** The example with one file changed; the problems, read with the build's MDX check. */
function problemsWith(path: string, change: (text: string) => FileText) {
  const before = example.get(path);
  if (before === undefined) throw new Error(`no ${path} in the example`);
  const after = change(before);
  expect(after, `the change to ${path} changed nothing`).not.toBe(before);
  return parseContent(new Map<string, FileText>([...example, [path, after]]), shownDir, checkMdxBody).problems;
}

const latin1 = (text: string) => Uint8Array.from([...text].map((character) => character.charCodeAt(0) & 0xff));

describe('mistakes reported in the editor’s words', () => {
  it('a file that is not UTF-8: where the first bad byte is, and to save as UTF-8', () => {
    // The file saved in Latin-1: readContentFiles hands on where its first bad byte is.
    const problems = problemsWith(keynote, (text) => {
      const decoded = decodeUtf8(latin1(text.replace('Why open data matters', 'Pourquoi les données ouvertes')));
      return 'text' in decoded ? decoded.text : decoded;
    });
    expect(problems).toHaveLength(1);
    const [notUtf8] = problems;
    expect(notUtf8).toMatchObject({ file: `${shownDir}/${keynote}`, field: '(encoding)' });
    expect(notUtf8!.found).toMatch(/^text that is not UTF-8: at line 3, column 28, after "summary: "Pourquoi les donn", the byte 0xE9/);
    expect(notUtf8!.expected).toMatch(/saved as UTF-8/);
  });

  it('a registration deadline after the last day', () => {
    const problems = problemsWith('conference.yaml', (text) => text.replace(/deadline: "[^"]+"/, 'deadline: "2025-11-03T09:00:00-05:00"'));
    expect(problems).toEqual([
      {
        file: `${shownDir}/conference.yaml`,
        field: 'registration.deadline',
        found: expect.stringMatching(/^2025-11-03T09:00:00-05:00, which is 2025-11-03 on the conference's clock/),
        expected: "a deadline on or before the conference's last day, 2025-11-02",
      },
    ]);
  });

  it.each([
    ['unquoted, which YAML turns into 1 December', 'day: 2025-11-31'],
    ['in quotes', 'day: "2025-11-31"'],
  ])('an impossible date %s, reported as typed and nothing else about it', (_, line) => {
    const problems = problemsWith(keynote, (text) => text.replace(/^day: .*$/m, line));
    expect(problems).toEqual([{ file: `${shownDir}/${keynote}`, field: 'day', found: '2025-11-31: November has 30 days', expected: 'a date that exists, written YYYY-MM-DD (line 4)' }]);
  });

  it('an unclosed quote: the line where it starts, the lines around it, the parser’s words last', () => {
    const problems = problemsWith(keynote, (text) => text.replace('title: "Opening keynote"', 'title: "Opening keynote'));
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ field: '(YAML)', found: 'a double quote opened on line 2 and never closed' });
    expect(problem!.excerpt).toEqual(['>   2 | title: "Opening keynote', '    3 | summary: "Why open data matters, in one hour."']);
    const message = formatProblems(problems);
    expect(message.indexOf('found a double quote')).toBeLessThan(message.indexOf('technical detail'));
  });

  it.each([
    ['a brace that is never closed', 'The {budget line.', /"\{", which MDX reads as the start of code/, /\\\{/],
    ['a "<" before a digit', 'Scores <3 are low.', /"<" that does not start an HTML tag/, /\\</],
    ['braces around text', 'The {2025} budget.', /JavaScript expressions \{…\} are not allowed; to show braces as text, put a backslash before each: \\\{2021\\\}/, /./],
  ])('%s in the text: how to write it', (_, sentence, found, expected) => {
    const problems = problemsWith(keynote, (text) => `${text.trimEnd()}\n\n${sentence}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.found).toMatch(found);
    expect(problems[0]!.expected).toMatch(expected);
  });

  it('accepts the same characters written with a backslash', () => {
    expect(problemsWith(keynote, (text) => `${text.trimEnd()}\n\nThe \\{2025\\} budget; scores \\<3 are low.\n`)).toEqual([]);
  });
});

describe('a photo the build could not read', () => {
  it('is refused by the check too, naming the file that names it', async () => {
    const copy = await copyContent(shownDir);
    await writeFile(join(copy.dir, 'speakers/mina-sample/photo.jpg'), 'not an image');
    await copy.edit('speakers/mina-sample/index.en.mdx', (text) => text.replace(/^name: .*$/m, (line) => `${line}\nphoto: photo.jpg`));
    const problems = await checkContent(copy.dir, 'content');
    expect(problems).toEqual([expect.objectContaining({ file: 'content/speakers/mina-sample/index.en.mdx', field: 'photo', found: expect.stringContaining('cannot be read as an image') })]);
  });
});
