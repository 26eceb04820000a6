/**
 * The translation report on a temporary Git repository holding a copy of the content:
 * a removed translation is missing, a source changed in a later commit makes its
 * translations out of date, and a shallow clone is said to be unable to tell.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { translationReport, type TranslationReport } from '../../src/lib/translation-report.ts';
import { readYaml } from '../helpers/content-read.ts';
import { projectRoot } from '../helpers/build.ts';
import { exampleContent } from '../helpers/fixtures.ts';

let repo: string;
let content: string;
let source: string;
let target: string;
let sessions: string[];

function git(dir: string, date: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    stdio: 'ignore',
  });
}
const commitAll = (date: string) => {
  git(repo, date, 'add', '-A');
  git(repo, date, 'commit', '-q', '-m', `content on ${date}`);
};
const statusOf = (report: TranslationReport | undefined, locale: string) => report!.statuses.find((s) => s.locale === locale)!;

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'translations-'));
  content = join(repo, 'content');
  await cp(join(projectRoot, exampleContent), content, { recursive: true });
  const conference = readYaml<{ defaultLocale: string; locales: { code: string }[] }>(join(content, 'conference.yaml'));
  source = conference.defaultLocale;
  target = conference.locales.map((l) => l.code).find((code) => code !== source)!;
  sessions = (await readdir(join(content, 'sessions'))).sort();
  git(repo, '2021-01-01T00:00:00Z', 'init', '-q');
  commitAll('2021-01-01T00:00:00Z');
  await rm(join(content, 'sessions', sessions[0]!, `index.${target}.mdx`));
  await appendFile(join(content, 'sessions', sessions[1]!, `index.${source}.mdx`), '\nA sentence added to the original.\n');
  commitAll('2021-02-01T00:00:00Z');
});

describe('the translation report', () => {
  it('finds a removed translation and a translation whose source changed later', async () => {
    const report = await translationReport(content);
    expect(report!.historyUnavailable).toBeUndefined();
    const status = statusOf(report, target);
    expect(status.missing).toContainEqual({ file: `sessions/${sessions[0]}/index.${target}.mdx` });
    expect(status.outdated.map((o) => o.file)).toEqual([`sessions/${sessions[1]}/index.${target}.mdx`]);
    expect(status.outdated[0]).toMatchObject({ source: `sessions/${sessions[1]}/index.${source}.mdx`, changedAt: Date.parse('2021-01-01T00:00:00Z') / 1000 });
    expect(statusOf(report, source).outdated).toEqual([]);
  });

  it('counts a change not yet committed, and forgets an outdated mark once the translation is updated', async () => {
    await appendFile(join(content, 'sessions', sessions[2]!, `index.${source}.mdx`), '\nAnother change.\n');
    await appendFile(join(content, 'sessions', sessions[1]!, `index.${target}.mdx`), '\nThe translation, updated.\n');
    const outdated = statusOf(await translationReport(content), target).outdated;
    expect(outdated.map((o) => o.file)).toEqual([`sessions/${sessions[2]}/index.${target}.mdx`]);
    expect(outdated[0]!.sourceChangedAt).toBe(Number.POSITIVE_INFINITY);
  });

  it('ignores a change to a source committed with [skip translations] in its message', async () => {
    await appendFile(join(content, 'sessions', sessions[3]!, `index.${source}.mdx`), '\nA typo fixed.\n');
    git(repo, '2021-03-01T00:00:00Z', 'add', '-A', join('content', 'sessions', sessions[3]!));
    git(repo, '2021-03-01T00:00:00Z', 'commit', '-q', '-m', 'Fix a typo [skip translations]');
    const outdated = statusOf(await translationReport(content), target).outdated.map((o) => o.file);
    expect(outdated).not.toContain(`sessions/${sessions[3]}/index.${target}.mdx`);
  });

  it('says so instead of guessing in a shallow clone', async () => {
    const clone = await mkdtemp(join(tmpdir(), 'translations-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone], { stdio: 'ignore' });
    const report = await translationReport(join(clone, 'content'));
    expect(report!.historyUnavailable).toBe('shallow');
    expect(report!.statuses.flatMap((s) => s.outdated)).toEqual([]);
    expect(statusOf(report, target).missing).toContainEqual({ file: `sessions/${sessions[0]}/index.${target}.mdx` });
  });

  it('npm run translations exits non-zero with --strict when something is missing, and prints it', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/translations.ts', ...args], { cwd: projectRoot, env: { ...process.env, CONFERENCE_CONTENT: content }, encoding: 'utf8' });
    const lenient = run();
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toContain(`${content}/sessions/${sessions[0]}/index.${target}.mdx`);
    expect(run('--strict').status).toBe(1);
  });
});
