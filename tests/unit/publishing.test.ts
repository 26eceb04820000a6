/**
 * The hosting files are valid and run what docs/quality.md says: .ci/run runs the generator tests
 * and the content gate; the deploy workflow runs the content gate, publishes the dist/ it checked,
 * deploys only main and uses the project's Node version; the generator-tests workflow runs
 * `npm test` for changes to the code.
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
const generatorTests = workflows[workflowFiles.indexOf('generator-tests.yml')]!;
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

  it('runs the generator tests and the content gate in .ci/run', () => {
    expect(npmCommands(read('.ci/run'))).toEqual(['ci', 'test', 'run test:site', 'run test:lighthouse', 'run test:scale']);
  });

  it('publishes after the content gate alone, which builds dist/ for the Pages address', () => {
    const commands = runs(deploy).flatMap(npmCommands);
    expect(commands).toEqual(['ci', 'run test:site']);
    const gate = stepsOf(deploy).find((s) => s.run && npmCommands(s.run).includes('run test:site'))!;
    expect(gate.env?.['BASE_PATH']).toMatch(/base_path|repository\.name/);
    expect(gate.env?.['SITE_URL']).toBeTruthy();
    // The content gate checks what npm run check and npm run build check and write.
    expect(scripts['test:site']).toMatch(/scripts\/check\.ts/);
    expect(read('tests/site/setup.ts')).toMatch(/outDir: join\(projectRoot, 'dist'\)/);
  });

  it('runs npm test in GitHub Actions for every change to the code, not for content alone', () => {
    expect(runs(generatorTests).flatMap(npmCommands)).toEqual(['ci', 'test']);
    const on = generatorTests.on as { push?: { 'paths-ignore'?: string[] }; pull_request?: { 'paths-ignore'?: string[] } };
    expect(on.pull_request?.['paths-ignore']).toEqual(['content/**']);
    expect(on.push?.['paths-ignore']).toEqual(['content/**']);
  });

  it('installs Chromium from Debian for the browser tests, as .ci/run does', () => {
    expect(read('.ci/run')).toMatch(/apt-get install .*chromium/);
    for (const workflow of [deploy, generatorTests]) expect(runs(workflow).join('\n')).toMatch(/apt-get install .*chromium/);
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

  it('builds with the Node version of .nvmrc and the whole Git history', () => {
    const nvmrc = read('.nvmrc').trim();
    for (const workflow of [deploy, generatorTests]) {
      const setupNode = stepsOf(workflow).find((s) => s.uses?.startsWith('actions/setup-node@'))!;
      expect(setupNode.with?.['node-version-file']).toBe('.nvmrc');
    }
    expect(netlify.build.environment['NODE_VERSION']!.split('.')[0]).toBe(nvmrc.split('.')[0]);
    const checkout = stepsOf(deploy).find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with?.['fetch-depth'], 'the translation status needs the Git history').toBe(0);
  });

  it('has Netlify check the content and publish what npm run build writes', () => {
    expect(npmCommands(netlify.build.command)).toEqual(['run check', 'run build']);
    expect(netlify.build.publish).toBe('dist');
  });
});
