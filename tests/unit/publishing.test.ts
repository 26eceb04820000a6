/**
 * The hosting files are valid and run what CI runs (.ci/run): the GitHub Actions workflow
 * tests before it deploys, deploys only main, and uses the project's Node version.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build.ts';

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  steps: Step[];
}
interface Workflow {
  on: { push?: { branches?: string[] }; pull_request?: unknown };
  jobs: Record<string, Job>;
}

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const workflowDir = '.github/workflows';
const workflowFiles = readdirSync(join(projectRoot, workflowDir)).filter((file) => /\.ya?ml$/.test(file));
const workflows = workflowFiles.map((file) => yaml.load(read(`${workflowDir}/${file}`)) as Workflow);
const deploy = workflows[workflowFiles.indexOf('deploy.yml')]!;
const netlify = parseToml(read('netlify.toml')) as { build: { command: string; publish: string; environment: Record<string, string> } };
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

/** The npm commands in a shell text, as npm names them: `ci`, `test`, `run check`. */
function npmCommands(shell: string): string[] {
  return [...shell.matchAll(/\bnpm (ci|test|run [\w:-]+)/g)].map((match) => match[1]!);
}
const stepsOf = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) => stepsOf(workflow).flatMap((step) => (step.run ? [step.run] : []));
const onMainPushOnly = (condition: string | undefined) => /github\.event_name == 'push'/.test(condition ?? '') && /refs\/heads\/main/.test(condition ?? '');

describe('publishing', () => {
  it('has valid YAML workflows with jobs and steps', () => {
    expect(workflowFiles).toContain('deploy.yml');
    for (const workflow of workflows) {
      expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
      for (const step of stepsOf(workflow)) expect(step.run ?? step.uses, JSON.stringify(step)).toBeTruthy();
    }
  });

  it('runs in GitHub Actions the npm commands .ci/run runs, before building', () => {
    const ci = npmCommands(read('.ci/run'));
    expect(ci).toEqual(expect.arrayContaining(['ci', 'test']));
    const commands = runs(deploy).flatMap(npmCommands);
    for (const command of ci) expect(commands).toContain(command);
    expect(commands.indexOf('test')).toBeLessThan(commands.indexOf('run build'));
    expect(commands.indexOf('run check')).toBeLessThan(commands.indexOf('test'));
  });

  it('installs Chromium from Debian for the browser tests, as .ci/run does', () => {
    expect(read('.ci/run')).toMatch(/apt-get install .*chromium/);
    expect(runs(deploy).join('\n')).toMatch(/apt-get install .*chromium/);
  });

  it('names only npm scripts that exist', () => {
    const named = [...workflows.flatMap(runs), netlify.build.command].flatMap(npmCommands).filter((c) => c.startsWith('run '));
    expect(named.length).toBeGreaterThan(0);
    for (const command of named) expect(scripts, command).toHaveProperty(command.slice('run '.length));
  });

  it('tests pull requests and deploys only pushes to main, after the build job', () => {
    expect(deploy.on.pull_request).toBeDefined();
    expect(deploy.on.push?.branches).toContain('main');
    const [publisher, ...others] = Object.entries(deploy.jobs).filter(([, job]) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    expect(others).toEqual([]);
    const [, job] = publisher!;
    expect(onMainPushOnly(job.if)).toBe(true);
    const build = deploy.jobs[job.needs as string]!;
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
    expect(upload.with?.['path']).toBe('dist');
    expect(onMainPushOnly(upload.if)).toBe(true);
    // Checking, testing and building run for pull requests too.
    for (const step of build.steps.filter((s) => s.run && npmCommands(s.run).length > 0)) expect(step.if).toBeUndefined();
  });

  it('builds with the Node version of .nvmrc and the base path of the Pages site', () => {
    const nvmrc = read('.nvmrc').trim();
    const setupNode = stepsOf(deploy).find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    expect(setupNode.with?.['node-version-file']).toBe('.nvmrc');
    expect(netlify.build.environment['NODE_VERSION']!.split('.')[0]).toBe(nvmrc.split('.')[0]);
    const build = stepsOf(deploy).find((s) => s.run && npmCommands(s.run).includes('run build'))!;
    expect(build.env?.['BASE_PATH']).toMatch(/base_path|repository\.name/);
    expect(build.env?.['SITE_URL']).toBeTruthy();
    const checkout = stepsOf(deploy).find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with?.['fetch-depth'], 'the translation status needs the Git history').toBe(0);
  });

  it('has Netlify check the content and publish what npm run build writes', () => {
    expect(npmCommands(netlify.build.command)).toEqual(['run check', 'run build']);
    expect(netlify.build.publish).toBe('dist');
  });
});
