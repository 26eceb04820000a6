/**
 * The CMS in Debian's Chromium, in local mode, on a copy of the example conference: the
 * browser's folder picker is replaced by a folder the test prepared (in the browser's private
 * file system, which the CMS reads and writes like a folder on disk). An editor changes a
 * session's English title and adds a bilingual session with two audiences; the saved files
 * must pass `npm run check` and build, with the new session on the programme. Meanwhile the
 * CMS must load nothing from another host and break no rule of the admin page's policy.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdmin } from '../../src/cms/integration.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite, projectRoot } from '../helpers/build.ts';
import { filesIn } from '../helpers/dist.ts';

const example = join(projectRoot, 'examples/open-data-summit/content');
/** What the editor types: a new session in English and Spanish. */
const added = {
  en: { title: 'Open contracting clinic', summary: 'Bring your procurement data and leave with a plan.' },
  es: { title: 'Taller de contratación abierta', summary: 'Traiga sus datos de compras públicas y salga con un plan.' },
  day: '2025-11-02',
  start: '14:00',
  end: '15:00',
};
const revisedTitle = 'Opening keynote: why open data matters';

let repository: string;
let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const otherHosts: string[] = [];
const policyViolations: string[] = [];

/** Every file of the repository, as text, by path. */
function readRepository(dir: string): { path: string; text: string }[] {
  return filesIn(dir).map((path) => ({ path, text: readFileSync(join(dir, path), 'utf8') }));
}

beforeAll(async () => {
  // A repository as an editor would open it: a .git folder and the content folder.
  repository = mkdtempSync(join(tmpdir(), 'cms-repository-'));
  cpSync(example, join(repository, 'content'), { recursive: true });
  mkdirSync(join(repository, '.git'));
  writeFileSync(join(repository, '.git/HEAD'), 'ref: refs/heads/main\n');

  const admin = await buildAdmin(projectRoot, { CONFERENCE_CONTENT: join(repository, 'content') }, repository);
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.startsWith('/admin/') ? admin.get(path.slice('/admin/'.length) || 'index.html') : undefined;
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : path.endsWith('.woff2') ? 'font/woff2' : 'text/html';
    // `/` is an empty page of the same origin, to fill the browser's private file system from.
    if (path === '/') response.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>setup</title>');
    else if (file) response.writeHead(200, { 'content-type': type }).end(file);
    else response.writeHead(404).end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  // Local mode is offered on localhost only.
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) otherHosts.push(url);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });

  await page.goto(`${origin}/`);
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('repository', { create: true });
    for (const { path, text } of files) {
      const parts = path.split('/');
      let directory = folder;
      for (const part of parts.slice(0, -1)) directory = await directory.getDirectoryHandle(part, { create: true });
      const writable = await (await directory.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, [...readRepository(repository), { path: '.git/HEAD', text: 'ref: refs/heads/main\n' }]);
  await page.addInitScript(() => {
    // The folder picker, answered with the folder prepared above.
    Object.assign(window, { showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repository') });
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI}`));
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => server?.close(closed));
});

/** The editor's pane of one language. */
const pane = (language: string) => page.getByRole('group', { name: new RegExp(`^Edit .*${language}.* Content$`) });

async function save() {
  const button = page.getByRole('toolbar', { name: 'Primary' }).getByRole('button', { name: 'Save' });
  await button.click();
  // Once the files are written, the CMS closes the editor and shows the list again.
  await page.getByRole('group', { name: 'Content Editor' }).waitFor({ state: 'hidden', timeout: 30_000 });
}

describe('the CMS in local mode', () => {
  it('opens the prepared folder and lists the collections', async () => {
    await page.goto(`${origin}/admin/`);
    // The CMS script is large: give it time to start.
    await page.getByRole('button', { name: 'Work with Local Repository' }).click({ timeout: 60_000 });
    await expect.poll(() => page.getByRole('treeitem', { name: 'Sessions' }).isVisible(), { timeout: 60_000 }).toBe(true);
  });

  it("edits a session's English title", async () => {
    await page.getByRole('treeitem', { name: 'Sessions' }).click();
    await page.getByRole('row', { name: /Opening keynote/ }).click();
    const title = pane('English').getByRole('textbox', { name: 'Title' });
    await title.fill(revisedTitle);
    await save();
    await page.getByRole('row', { name: revisedTitle }).waitFor();
  });

  it('adds a session in English and Spanish, for two audiences', async () => {
    await page.getByRole('button', { name: 'Create New Entry' }).click();
    const english = pane('English');
    await english.getByRole('textbox', { name: 'Title' }).fill(added.en.title);
    await english.getByRole('textbox', { name: 'Summary' }).fill(added.en.summary);
    await english.getByRole('textbox', { name: 'Day' }).fill(added.day);
    await english.getByRole('textbox', { name: 'Start' }).fill(added.start);
    await english.getByRole('textbox', { name: 'End' }).fill(added.end);
    await english.getByRole('radiogroup', { name: 'Format' }).getByRole('radio').first().check();
    const audiences = english.getByRole('group', { name: 'Audiences' }).getByRole('checkbox');
    await audiences.nth(0).check();
    await audiences.nth(1).check();

    await page.getByRole('toolbar', { name: 'Secondary' }).first().getByRole('radio', { name: /Spanish/ }).click();
    // A new entry starts in the default language only: the editor switches Spanish on.
    await page.getByRole('button', { name: /^Enable .*Spanish/ }).click();
    const spanish = pane('Spanish');
    await spanish.getByRole('textbox', { name: 'Title' }).fill(added.es.title);
    await spanish.getByRole('textbox', { name: 'Summary' }).fill(added.es.summary);
    await save();
    await page.getByRole('row', { name: added.en.title }).waitFor();
  });

  it('requested nothing from another host and broke no rule of the policy', async () => {
    expect(otherHosts).toEqual([]);
    expect(policyViolations).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  it('saved files that pass the check and build, with the new session on the programme', async () => {
    const saved: { path: string; text: string }[] = await page.evaluate(async () => {
      const files: { path: string; text: string }[] = [];
      const walk = async (directory: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
        for await (const [name, handle] of directory as unknown as AsyncIterable<[string, FileSystemHandle]>) {
          if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
          else files.push({ path: `${prefix}${name}`, text: await (await (handle as FileSystemFileHandle).getFile()).text() });
        }
      };
      await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repository'), '');
      return files;
    });
    // Files travel to and from the browser as text: write back only text files, so pictures (the example's hero) stay intact.
    for (const { path, text } of saved.filter((file) => /\.(mdx?|ya?ml|json)$/.test(file.path))) {
      mkdirSync(dirname(join(repository, path)), { recursive: true });
      writeFileSync(join(repository, path), text);
    }
    const content = join(repository, 'content');
    const folders = readdirSync(join(content, 'sessions'));
    const newFolder = folders.find((folder) => folder.startsWith(`${added.day}-`) && readFileSync(join(content, 'sessions', folder, 'index.en.mdx'), 'utf8').includes(added.en.title));
    expect(newFolder, `a new session folder among ${folders.join(', ')}`).toBeDefined();
    expect(readFileSync(join(content, 'sessions', newFolder!, 'index.es.mdx'), 'utf8')).toContain(added.es.title);

    const check = spawnSync(process.execPath, [join(projectRoot, 'scripts/check.ts')], { cwd: projectRoot, env: { ...process.env, CONFERENCE_CONTENT: content }, encoding: 'utf8' });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);

    const build = await buildSite({ content });
    expect(build.code, build.output).toBe(0);
    const programme = (language: string) => readFileSync(join(build.outDir, language, uiStrings(language).routes.programme, 'index.html'), 'utf8');
    expect(programme('en')).toContain(added.en.title);
    expect(programme('en')).toContain(revisedTitle);
    expect(programme('es')).toContain(added.es.title);
    expect(existsIn(build.outDir, `en/${uiStrings('en').routes.programme}/${newFolder}/index.html`)).toBe(true);
  }, 300_000);
});

const existsIn = (dir: string, path: string) => filesIn(dir).includes(path);
