/** `npm run import` refuses bad files with the record named, and then writes nothing at all. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build.ts';
import { readContentFiles } from '../../src/lib/content-reader.ts';

const fixtures = join(projectRoot, 'tests/fixtures/import');
const runImport = (...args: string[]) => spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });

function badFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-bad-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

const pretalx = () => JSON.parse(readFileSync(join(fixtures, 'pretalx-schedule.json'), 'utf8'));

// Each run starts Node and loads the schemas: seconds on a busy machine.
describe('npm run import with bad input', { timeout: 60_000 }, () => {
  const overlong = pretalx();
  overlong.schedule.conference.days[1].rooms['Main Stage'][0].title = 'A'.repeat(200);
  const duplicate = pretalx();
  duplicate.schedule.conference.days[1].rooms['Main Stage'][0].guid = '7d0f5a52-0c5c-5b8a-9f3e-000000000001';
  const noStart = pretalx();
  delete noStart.schedule.conference.days[0].rooms['Workshop Room'][0].date;

  const cases: [string, string, RegExp][] = [
    ['not JSON or XML', badFile('programme.csv', 'title;start\n'), /neither JSON nor XML/],
    ['an unknown shape', badFile('other.json', '{"talks": []}'), /unknown shape/],
    ['a talk without a start', badFile('no-start.json', JSON.stringify(noStart)), /"Hands-on: build a schedule feed" \(id [^)]+\) has no start/],
    ['an overlong title', badFile('long.json', JSON.stringify(overlong)), /the title has 200 characters/],
    ['duplicate ids', badFile('dup.json', JSON.stringify(duplicate)), /Two talks have the id 7d0f5a52-0c5c-5b8a-9f3e-000000000001: "Welcome and keynote" and "Closing panel"/],
  ];

  for (const [what, file, message] of cases) {
    it(`refuses ${what}, naming the problem, and creates nothing`, () => {
      const parent = mkdtempSync(join(tmpdir(), 'import-target-'));
      const run = runImport(file, '--into', join(parent, 'content'));
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(readdirSync(parent)).toEqual([]);
    });
  }

  it('leaves an existing folder exactly as it was', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'import-target-'));
    const folder = join(parent, 'content');
    const first = runImport(join(fixtures, 'frab-schedule.xml'), '--into', folder);
    expect(first.status, first.stderr).toBe(0);
    const before = await readContentFiles(folder);
    expect(before.size).toBeGreaterThan(5);
    const run = runImport(cases[3]![1], '--into', folder);
    expect(run.status).toBe(1);
    expect(await readContentFiles(folder)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['content']);
  });

  it('refuses a --language other than the folder’s default language, writing nothing', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'import-target-')), 'content');
    expect(runImport(join(fixtures, 'frab-schedule.xml'), '--into', folder).status).toBe(0);
    const before = await readContentFiles(folder);
    const run = runImport(join(fixtures, 'pretalx-schedule.json'), '--into', folder, '--language', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--language en is not the folder's default language \(fr in conference.yaml\)/);
    expect(await readContentFiles(folder)).toEqual(before);
  });

  it('explains its options when the folder is missing, and needs a zone for Sessionize', () => {
    expect(runImport(join(fixtures, 'frab-schedule.xml')).stderr).toMatch(/Usage: npm run import -- <file> --into <folder>/);
    const parent = mkdtempSync(join(tmpdir(), 'import-target-'));
    const run = runImport(join(fixtures, 'sessionize-all.json'), '--into', join(parent, 'content'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--time-zone/);
  });
});
