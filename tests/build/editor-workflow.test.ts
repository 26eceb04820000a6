/**
 * An editor's round trip on a copy of the example conference: create an audience (answering questions)
 * and a session for it (with flags), remove a translation, build a preview as at a moment
 * before the registration deadline (PREVIEW_NOW, as `npm run preview:at` does). The new
 * pages exist in every language, the translation status page lists the removed translation,
 * and the preview's scripts keep its moment rather than the computer's clock.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuildResult } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { readYaml } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { filesIn } from '../helpers/dist.ts';
import { serveStatic } from '../helpers/server.ts';

interface ConferenceFile {
  defaultLocale: string;
  locales: { code: string }[];
  registration: { deadline: string | Date };
}

const sessionId = '2025-11-01-new-test-session';
const audienceId = 'new-test-audience';
let content: Awaited<ReturnType<typeof copyContent>>;
let locales: string[];
let removed: string;
let build: BuildResult;
/** Two days before the registration deadline, long past by the computer's clock. */
let previewMoment: Date;

function run(script: string, args: string[], input = '') {
  return spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONFERENCE_CONTENT: content.dir },
    input,
    encoding: 'utf8',
  });
}

const titleIn = (code: string) => `Test session title in ${code}`;

beforeAll(async () => {
  content = await copyContent(exampleContent);
  const conference = readYaml<ConferenceFile>(join(content.dir, 'conference.yaml'));
  locales = conference.locales.map((l) => l.code);

  // The audience, interactively: a label per language, empty descriptions, the suggested position, then the id.
  const audience = run('new-audience', [], [...locales.map((code) => `Test audience ${code}`), ...locales.map(() => ''), '', audienceId, ''].join('\n'));
  expect(audience.status, audience.stderr).toBe(0);

  const formats = (await readdir(join(content.dir, 'formats'))).map((file) => file.replace(/\.yaml$/, ''));
  const flags = ['--day', '2025-11-01', '--start', '16:00', '--end', '17:00', '--format', formats[0]!, '--audiences', `${audienceId}, developers`, '--id', sessionId];
  for (const code of locales) flags.push(`--title-${code}`, titleIn(code), `--summary-${code}`, `Summary in ${code}.`);
  const session = run('new-session', flags);
  expect(session.status, session.stderr).toBe(0);

  const existing = (await readdir(join(content.dir, 'sessions'))).find((id) => id !== sessionId)!;
  const target = locales.find((code) => code !== conference.defaultLocale)!;
  removed = `sessions/${existing}/index.${target}.mdx`;
  await rm(join(content.dir, removed));

  previewMoment = new Date(new Date(conference.registration.deadline).getTime() - 2 * 86_400_000);
  build = await buildSite({ content: content.dir, env: { PREVIEW_NOW: previewMoment.toISOString() } });
});

describe('the scaffolders and the translation status page, built', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('publishes the new session in every language, with its title', () => {
    const pages = filesIn(build.outDir).filter((file) => file.endsWith(`/${sessionId}/index.html`));
    expect(pages.map((file) => file.split('/')[0]).sort()).toEqual([...locales].sort());
    for (const file of pages) {
      const $ = load(readFileSync(join(build.outDir, file), 'utf8'));
      expect($('h1').text()).toContain(titleIn(file.split('/')[0]!));
    }
  });

  it('publishes the new audience page in every language, listing the new session', () => {
    const pages = filesIn(build.outDir).filter((file) => file.endsWith(`/${audienceId}/index.html`));
    expect(pages).toHaveLength(locales.length);
    for (const file of pages) expect(readFileSync(join(build.outDir, file), 'utf8')).toContain(`/${sessionId}/`);
  });

  it('lists the removed translation on the status page, which search engines are asked to skip', () => {
    const $ = load(readFileSync(join(build.outDir, 'translation-status/index.html'), 'utf8'));
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    const target = removed.split('/').at(-1)!.replace(/^index\.|\.mdx$/g, '');
    const row = $(`tr[data-locale="${target}"]`);
    expect(row.find('[data-missing]').text()).toContain(removed);
    expect($('tbody').text()).not.toContain(sessionId);
    expect(readFileSync(join(build.outDir, 'sitemap.xml'), 'utf8')).not.toContain('translation-status');
  });

  it('refuses bad answers with the reasons and writes nothing', () => {
    const flags = ['--day', '2025-12-01', '--start', '16:00', '--end', '15:00', '--format', 'lecture', '--audiences', 'nobody', '--id', 'refused-session'];
    for (const code of locales) flags.push(`--title-${code}`, 'Title', `--summary-${code}`, 'Summary.');
    const refused = run('new-session', flags);
    expect(refused.status).toBe(1);
    for (const flag of ['--day', '--end', '--format', '--audiences']) expect(refused.stderr).toContain(`${flag}: found`);
    expect(existsSync(join(content.dir, 'sessions/refused-session'))).toBe(false);
  });

  it('keeps the preview moment in the page scripts: registration is still open', async () => {
    expect(Date.now()).toBeGreaterThan(previewMoment.getTime());
    const page = filesIn(build.outDir).find((file) => file.endsWith('.html') && readFileSync(join(build.outDir, file), 'utf8').includes('data-registration'))!;
    expect(page).toBeDefined();
    const server = await serveStatic(build.outDir);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}${page.replace(/index\.html$/, '')}`);
      expect(await tab.getAttribute('html', 'data-preview-now')).toBe(previewMoment.toISOString());
      await tab.waitForLoadState('load');
      expect(await tab.locator('[data-registration] [data-when="open"]').first().isVisible()).toBe(true);
      expect(await tab.locator('[data-registration] [data-when="closed"]').first().isVisible()).toBe(false);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
