/**
 * Each broken content file must stop the build with a message naming the file, the
 * field, what was found and what is expected. Each case breaks a copy of the example conference.
 */
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { contentFolder, factsFile } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';

const { conference } = contentFolder(exampleContent);
/** The file holding the opening session's facts: its default language's. */
const opening = factsFile(conference, '2025-11-01-keynote');
/** The opening session's text in another language. */
const translatedOpening = 'sessions/2025-11-01-keynote/index.es.mdx';

async function buildBroken(breakIt: (content: Awaited<ReturnType<typeof copyContent>>) => Promise<void>) {
  const content = await copyContent(exampleContent);
  await breakIt(content);
  const result = await buildSite({ content: content.dir });
  expect(result.code, result.output).not.toBe(0);
  return result.output;
}

const replaceLine = (pattern: RegExp, line: string) => (text: string) => {
  expect(text).toMatch(pattern);
  return text.replace(pattern, line);
};

describe('schema errors name the file, the field, the value and the expectation', () => {
  it('a missing field', async () => {
    const output = await buildBroken((c) => c.edit(opening, replaceLine(/^format: .*$/m, '')));
    expect(output).toContain(opening);
    expect(output).toMatch(/field "format": found nothing \(the field is missing\); expected the id of a file in the formats\/ folder/);
  });

  it('a wrong type', async () => {
    const output = await buildBroken((c) => c.edit(opening, replaceLine(/^audiences: .*$/m, 'audiences: developers')));
    expect(output).toContain(opening);
    expect(output).toMatch(/field "audiences": found "developers"; expected a list of audience ids/);
  });

  it('an impossible date', async () => {
    const output = await buildBroken((c) => c.edit(opening, replaceLine(/^day: .*$/m, 'day: "2025-06-31"')));
    expect(output).toContain(opening);
    expect(output).toMatch(/field "day": found 2025-06-31: June has 30 days; expected a date that exists, written YYYY-MM-DD/);
  });

  it('a time in the wrong form', async () => {
    const output = await buildBroken((c) => c.edit(opening, replaceLine(/^start: .*$/m, 'start: "2pm"')));
    expect(output).toMatch(/field "start": found "2pm"; expected a 24-hour time HH:MM/);
  });

  it('an unknown time zone in the conference file', async () => {
    const output = await buildBroken((c) => c.edit('conference.yaml', replaceLine(/^timeZone: .*$/m, 'timeZone: Europe/Geneva')));
    expect(output).toContain('conference.yaml');
    expect(output).toMatch(/field "timeZone": found "Europe\/Geneva"; expected an IANA time zone name/);
  });

  it('a language listed twice', async () => {
    const output = await buildBroken((c) => c.edit('conference.yaml', (text) => text.replace(/^locales:\n/m, 'locales:\n  - code: en\n    label: "English again"\n')));
    expect(output).toMatch(/field "locales[^"]*": found "en" twice; expected each language once/);
  });

  it('a session text without its title', async () => {
    const output = await buildBroken((c) => c.edit(translatedOpening, replaceLine(/^title: .*$/m, '')));
    expect(output).toContain(translatedOpening);
    expect(output).toMatch(/field "title": found nothing \(the field is missing\); expected a title in quotes/);
  });

  it('a file name that is not a clean id, which would otherwise collide or be renamed', async () => {
    const output = await buildBroken((c) => rename(join(c.dir, 'audiences/officials.yaml'), join(c.dir, 'audiences/Public Officials.yaml')));
    expect(output).toMatch(/audiences\/Public Officials\.yaml\n\s+field "\(file name\)": found "Public Officials"; expected lowercase letters, digits and hyphens/);
  });
});

describe('cross-file errors are all reported in one run', () => {
  it('unknown references, an end before its start and a session outside the conference days', async () => {
    const output = await buildBroken(async (c) => {
      await c.edit(opening, (text) =>
        text
          .replace(/^format: .*$/m, 'format: keynote')
          .replace(/^audiences: .*$/m, 'audiences: [developers, astronauts]')
          .replace(/^end: .*$/m, 'end: "08:00"')
          .replace(/^speakers: .*$/m, 'speakers: [nobody-known]'),
      );
      await c.edit(factsFile(conference, '2025-11-02-cancelled-panel'), replaceLine(/^day: .*$/m, 'day: 2025-11-05'));
    });
    expect(output).toMatch(/The content has 5 problems/);
    expect(output).toContain(opening);
    expect(output).toMatch(/field "format": found "keynote"; expected the id of a file in formats\/ \(one of: .*talk/);
    expect(output).toMatch(/field "audiences\[1\]": found "astronauts"; expected the id of a file in audiences\//);
    expect(output).toMatch(/field "speakers\[0\]": found "nobody-known"; expected the id of a file in speakers\/ \(one of: .*ada-placeholder/);
    expect(output).toMatch(/field "end": found 08:00 \(start is 09:00\); expected an end time after the start time/);
    expect(output).toMatch(/cancelled-panel\/index\.\w+\.mdx\n\s+field "day": found 2025-11-05; expected a conference day, from 2025-11-01 to 2025-11-02/);
  });

  it('a session without its default language’s file, which holds its facts', async () => {
    const output = await buildBroken((c) => rm(join(c.dir, opening)));
    expect(output).toContain(opening);
    expect(output).toMatch(/field "\(file\)": found no such file \(the folder has index\.\w+\.mdx, /);
  });

  it('a fact in another language’s file', async () => {
    const output = await buildBroken((c) => c.edit(translatedOpening, (text) => text.replace(/^---\n/, '---\nstart: "09:00"\n')));
    expect(output).toContain(translatedOpening);
    expect(output).toMatch(new RegExp(`field "start": found "09:00"; expected no "start" in this file: this field is the same in every language, so it goes in index\\.${conference.defaultLocale}\\.mdx only`));
  });
});
