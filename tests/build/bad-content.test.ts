/**
 * Each broken content file must stop the build with a message naming the file, the
 * field, what was found and what is expected.
 */
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';

const opening = 'sessions/2021-06-16-opening/session.yaml';

async function buildBroken(breakIt: (content: Awaited<ReturnType<typeof copyContent>>) => Promise<void>) {
  const content = await copyContent();
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
    expect(output).toMatch(/format: expected the id of a file in the formats\/ folder.*found nothing \(the field is missing\)/);
  });

  it('a wrong type', async () => {
    const output = await buildBroken((c) => c.edit(opening, replaceLine(/^audiences: .*$/m, 'audiences: ict')));
    expect(output).toContain(opening);
    expect(output).toMatch(/audiences: expected a list of audience ids.*found "ict"/);
  });

  it('an impossible date', async () => {
    const output = await buildBroken((c) => c.edit(opening, replaceLine(/^day: .*$/m, 'day: "2021-06-31"')));
    expect(output).toContain(opening);
    expect(output).toMatch(/day: expected a real day written YYYY-MM-DD.*found "2021-06-31"/);
  });

  it('a time in the wrong form', async () => {
    const output = await buildBroken((c) => c.edit(opening, replaceLine(/^start: .*$/m, 'start: "2pm"')));
    expect(output).toMatch(/start: expected a 24-hour time HH:MM.*found "2pm"/);
  });

  it('an unknown time zone in the conference file', async () => {
    const output = await buildBroken((c) => c.edit('conference.yaml', replaceLine(/^timeZone: .*$/m, 'timeZone: Europe/Geneva')));
    expect(output).toContain('conference.yaml');
    expect(output).toMatch(/timeZone: expected an IANA time zone name.*found "Europe\/Geneva"/);
  });

  it('a language listed twice', async () => {
    const output = await buildBroken((c) => c.edit('conference.yaml', (text) => text.replace(/^locales:\n/m, 'locales:\n  - code: en\n    label: "English again"\n')));
    expect(output).toMatch(/locales: expected each language once, found "en" twice/);
  });

  it('a session text without its title', async () => {
    const file = 'sessions/2021-06-16-opening/en.mdx';
    const output = await buildBroken((c) => c.edit(file, replaceLine(/^title: .*$/m, '')));
    expect(output).toContain(file);
    expect(output).toMatch(/title: expected a title in quotes, found nothing/);
  });

  it('a file name that is not a clean id, which would otherwise collide or be renamed', async () => {
    const output = await buildBroken((c) => rename(join(c.dir, 'audiences/ict.yaml'), join(c.dir, 'audiences/ICT Staff.yaml')));
    expect(output).toMatch(/audiences\/ICT Staff\.yaml: the name "ICT Staff" is not allowed; expected lowercase letters, digits and hyphens/);
  });
});

describe('cross-file errors are all reported in one run', () => {
  it('unknown references, an end before its start and a session outside the conference days', async () => {
    const output = await buildBroken(async (c) => {
      await c.edit(opening, (text) =>
        text
          .replace(/^format: .*$/m, 'format: keynote')
          .replace(/^audiences: .*$/m, 'audiences: [ict, astronauts]')
          .replace(/^end: .*$/m, 'end: "13:00"')
          .concat('\nspeakers: [nobody-known]\n'),
      );
      await c.edit('sessions/2021-06-16-report-launch/session.yaml', replaceLine(/^day: .*$/m, 'day: 2021-06-20'));
    });
    expect(output).toMatch(/The content has 5 problems/);
    expect(output).toContain(opening);
    expect(output).toMatch(/field "format": found "keynote"; expected the id of a file in formats\/ \(one of: .*opening/);
    expect(output).toMatch(/field "audiences\[1\]": found "astronauts"; expected the id of a file in audiences\//);
    expect(output).toMatch(/field "speakers\[0\]": found "nobody-known"; expected the id of a file in speakers\/ \(one of: none yet\)/);
    expect(output).toMatch(/field "end": found 13:00 \(start is 14:00\); expected an end time after the start time/);
    expect(output).toMatch(/report-launch\/session\.yaml\n\s+field "day": found 2021-06-20; expected a conference day, from 2021-06-16 to 2021-06-18/);
  });

  it('a translation whose session.yaml is gone', async () => {
    const output = await buildBroken((c) => rm(join(c.dir, opening)));
    expect(output).toMatch(/2021-06-16-opening\/(en|fr)\.mdx\n\s+field "\(file\)": found a text for session "2021-06-16-opening", which has no session\.yaml/);
  });
});
