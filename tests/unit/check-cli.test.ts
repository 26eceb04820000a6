/** `npm run check` from the command line: every problem of a broken copy in one run, and a clean pass on the example conference. */
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent } from '../helpers/content-copy.ts';
import { projectRoot } from '../helpers/build.ts';
import { factsFile, readYaml, type ConferenceFile } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';

const check = (content?: string) =>
  spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: projectRoot,
    env: { ...process.env, CONFERENCE_CONTENT: content ?? '' },
    encoding: 'utf8',
  });

describe('npm run check', () => {
  it('passes the example conference', () => {
    const run = check(exampleContent);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints every problem at once, with file and field, including MDX text the build would refuse', async () => {
    const content = await copyContent(exampleContent);
    const [first, second] = (await readdir(join(content.dir, 'sessions'))).sort();
    const conference = readYaml<ConferenceFile>(join(content.dir, 'conference.yaml'));
    const other = conference.locales.find((locale) => locale.code !== conference.defaultLocale)!.code;
    await content.edit(factsFile(conference, first!), (text) => text.replace(/^end: .*$/m, 'end: "25:00"'));
    await content.edit(factsFile(conference, second!), (text) => text.replace(/^format: .*$/m, 'format: lecture'));
    await content.edit(`sessions/${second}/index.${other}.mdx`, (text) => `${text}\nSee <b>this\n`);
    await content.edit('conference.yaml', (text) => text.replace(/^  email: .*$/m, '  email: "not an address"'));

    const run = check(content.dir);
    expect(run.status).toBe(1);
    const lines = run.stderr;
    expect(lines).toMatch(/The content has 4 problems/);
    for (const [file, field] of [
      [factsFile(conference, first!), 'end'],
      [factsFile(conference, second!), 'format'],
      [`sessions/${second}/index.${other}.mdx`, '(text, line'],
      ['conference.yaml', 'contact.email'],
    ]) {
      expect(lines).toContain(`${content.dir}/${file}`);
      expect(lines).toContain(`field "${field}`);
    }
    expect(lines).toMatch(/found "lecture"; expected the id of a file in formats\//);
  });
});
