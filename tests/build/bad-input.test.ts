/**
 * Check and build read content through the same rules (src/integrations/content-gate.ts): a
 * copy of the example conference with one of each mistake of issue #16 is refused by the build
 * with exactly the problems `npm run check` prints, in the editor's words, with no stack trace
 * and no path inside node_modules, and the previous site stays in place.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuildResult } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';

const keynote = 'sessions/2025-11-01-keynote';
let content: Awaited<ReturnType<typeof copyContent>>;
let build: BuildResult;
let check: { status: number | null; stderr: string };
let outDir: string;

beforeAll(async () => {
  content = await copyContent('examples/open-data-summit/content');
  // Saved as Latin-1 by an editor's tool: "données" becomes the bytes 64 6F 6E 6E E9 65 73.
  const spanish = await readFile(join(content.dir, `${keynote}/index.es.mdx`), 'utf8');
  await writeFile(join(content.dir, `${keynote}/index.es.mdx`), Buffer.from(spanish.replace(/^summary: .*$/m, 'summary: "Los datos abiertos: données"'), 'latin1'));
  // Files the site does not read.
  await writeFile(join(content.dir, `${keynote}/en.md`), '---\ntitle: "x"\n---\n');
  await writeFile(join(content.dir, `${keynote}/session.yml`), 'day: 2025-11-01\n');
  await writeFile(join(content.dir, 'home/index.fr.md'), '---\ntitle: "x"\n---\n');
  await content.edit('conference.yaml', (text) => text.replace(/deadline: "[^"]+"/, 'deadline: "2025-11-05T12:00:00-05:00"'));
  await content.edit(`${keynote}/index.en.mdx`, (text) => text.replace(/^day: .*$/m, 'day: 2025-11-31').replace(/$/, '\nThe {budget line.\n'));
  await content.edit('sessions/2025-11-02-cancelled-panel/index.en.mdx', (text) => text.replace(/^title: "(.*)"$/m, 'title: "$1'));

  outDir = join(await mkdtemp(join(tmpdir(), 'conference-previous-')), 'dist');
  await import('node:fs/promises').then((fs) => fs.mkdir(outDir));
  await writeFile(join(outDir, 'index.html'), 'the previous site');
  build = await buildSite({ content: content.dir, outDir });
  const run = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: projectRoot, env: { ...process.env, CONFERENCE_CONTENT: content.dir }, encoding: 'utf8' });
  check = { status: run.status, stderr: run.stderr };
}, 300_000);

describe('a folder with every kind of mistake', () => {
  it('is refused by the check and by the build, which keeps the previous site', async () => {
    expect(check.status).toBe(1);
    expect(build.code, build.output).not.toBe(0);
    expect(await readdir(outDir)).toEqual(['index.html']);
  });

  it('gets the same problems from both', () => {
    const problemLines = check.stderr.split('\n').filter((line) => /^\s+(field "|\S.*\.(mdx|md|yml|yaml)$)/.test(line));
    expect(problemLines.length).toBeGreaterThan(8);
    for (const line of problemLines) expect(build.output).toContain(line.trim());
  });

  it.each([
    ['a file that is not UTF-8', /index\.es\.mdx\n\s+field "\(encoding\)": found text that is not UTF-8: at line 3, column \d+, after .*the byte 0xE9.*; expected a file saved as UTF-8/],
    ['en.md', /2025-11-01-keynote\/en\.md\n\s+field "\(file\)": found a file the site does not read \(en\.md\)/],
    ['session.yml', /2025-11-01-keynote\/session\.yml\n\s+field "\(file\)": found a file the site does not read \(session\.yml\)/],
    ['index.fr.md', /home\/index\.fr\.md\n\s+field "\(file\)": found a file the site does not read \(index\.fr\.md\); expected home\/index\.<lang>\.mdx/],
    ['a deadline after the last day', /field "registration\.deadline": found 2025-11-05T12:00:00-05:00, .*; expected a deadline on or before the conference's last day, 2025-11-02/],
    ['an impossible date', /field "day": found 2025-11-31: November has 30 days; expected a date that exists/],
    ['an unclosed quote', /field "\(YAML\)": found a double quote opened on line 2 and never closed[^\n]*\n\s+>\s+2 \| title: "/],
    ['a literal brace', /found a "\{", which MDX reads as the start of code \(column \d+\); expected a brace written as text with a backslash before it: \\\{/],
  ])('names %s in the editor’s words', (_, message) => {
    expect(check.stderr).toMatch(message);
    expect(build.output).toMatch(message);
  });

  it('shows no stack trace and no path inside node_modules', () => {
    for (const output of [check.stderr, build.output]) {
      expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);
      expect(output).not.toContain('node_modules');
    }
  });
});
