/**
 * Content that is broken in ways schemas alone do not describe (unreadable YAML or MDX, empty
 * files, a BOM, a title far too long, markup in a title, an insecure registration address, an
 * Astro `slug`) either stops the build with a message naming the file, the field and what is
 * expected, or builds correctly. The basic schema and cross-file cases are in bad-content.test.ts.
 * Each case changes a copy of the example conference.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { contentFolder, factsFile, readFrontmatter } from '../helpers/content-read.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { exampleContent } from '../helpers/fixtures.ts';
import { serveStatic } from '../helpers/server.ts';

/** Builds wait their turn behind every other test's builds. */
const buildTimeout = 300_000;
const content = contentFolder(exampleContent);
const [locale] = content.conference.locales.map((l) => l.code) as [string];
const session = 'sessions/2025-11-01-keynote';
const other = 'sessions/2025-11-02-cancelled-panel';
/** The opening session's file in the first language, and the one with its facts. */
const openingText = `${session}/index.${locale}.mdx`;
const facts = factsFile(content.conference, '2025-11-01-keynote');
const sessionPage = (id: string) => `${locale}/${uiStrings(locale).routes.programme}/${id}/index.html`;

type Content = Awaited<ReturnType<typeof copyContent>>;

async function buildBroken(breakIt: (copy: Content) => Promise<void>): Promise<string> {
  const copy = await copyContent(exampleContent);
  await breakIt(copy);
  const result = await buildSite({ content: copy.dir });
  expect(result.code, result.output).not.toBe(0);
  return result.output;
}

/** The number of the line `text` would start on if appended after a blank line. */
const appendedLine = (text: string) => text.trimEnd().split('\n').length + 2;

describe('unreadable or empty files stop the build, naming the file and where', () => {
  it('malformed YAML', async () => {
    const output = await buildBroken((c) => c.edit(facts, (text) => text.replace(/^end: .*$/m, 'end: [14:30')));
    expect(output).toContain(facts);
    expect(output).toMatch(/field "\(YAML\)": found a "\[" \(a list\) opened on line \d+ and never closed[^\n]*\n[\s\S]*>\s+\d+ \| end: \[14:30/);
  }, buildTimeout);

  it('invalid MDX', async () => {
    let line = 0;
    const output = await buildBroken((c) =>
      c.edit(openingText, (text) => {
        line = appendedLine(text);
        return `${text.trimEnd()}\n\nSome <b>bold text that is never closed.\n`;
      }),
    );
    expect(output).toMatch(/Expected a closing tag for `<b>`/);
    expect(output).toContain(openingText);
    expect(output).toContain(`field "(text, line ${line})"`);
  }, buildTimeout);

  it('a default language’s file without the facts', async () => {
    const output = await buildBroken((c) => c.edit(facts, (text) => text.replace(/^(day|start|end|format|audiences): .*\n/gm, '')));
    expect(output).toContain(facts);
    expect(output).toMatch(/field "day": found nothing \(the field is missing\)/);
  }, buildTimeout);

  it('an empty session text', async () => {
    const output = await buildBroken((c) => writeFile(join(c.dir, openingText), ''));
    expect(output).toContain(openingText);
    expect(output).toMatch(/field "\(frontmatter\)": found no fields at the top of the file/);
  }, buildTimeout);
});

describe('fields that are well-formed but unacceptable stop the build', () => {
  it('a very long title', async () => {
    const output = await buildBroken((c) => c.edit(openingText, (text) => text.replace(/^title: .*$/m, `title: "${'Parliament '.repeat(100).trim()}"`)));
    expect(output).toContain(openingText);
    expect(output).toMatch(/field "title": found 1099; expected a title of at most \d+ characters/);
  }, buildTimeout);

  it.each(['http://example.org/register', 'javascript:alert(1)'])('a registration address that is not https: %s', async (address) => {
    const registrationUrl = /(^registration:\n(?:\s+#.*\n)*\s+url: ).*/m;
    const output = await buildBroken((c) =>
      c.edit('conference.yaml', (text) => {
        expect(text).toMatch(registrationUrl);
        return text.replace(registrationUrl, `$1"${address}"`);
      }),
    );
    expect(output).toContain('conference.yaml');
    expect(output).toContain(`field "registration.url": found "${address}"; expected a web address starting with https://`);
  }, buildTimeout);

  // Ids cannot differ between languages here: a session's id is its folder name, shared by every
  // language's text (sessions/<id>/index.<lang>.mdx), and page URLs come from that id. The one way an
  // editor could give one language another id is Astro's `slug` field, which the schema refuses.
  it('a slug giving one language its own id', async () => {
    const output = await buildBroken((c) => c.edit(openingText, (text) => text.replace('---\n', '---\nslug: another-session\n')));
    expect(output).toContain(openingText);
    expect(output).toMatch(/field "slug": found a field this kind of file does not have \(misspelt\?\); expected one of the fields title, summary/);
  }, buildTimeout);
});

describe('unusual but valid content builds correctly', () => {
  const injected = `<script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2"> & </title></script><!--`;
  const added = 'sessions/2025-11-01-added-session';
  let build: BuildResult;

  beforeAll(async () => {
    const copy = await copyContent(exampleContent);
    // A byte-order mark, as some Windows editors write.
    await copy.edit(openingText, (text) => `\uFEFF${text}`);
    // Markup in a title.
    await copy.edit(`${other}/index.${locale}.mdx`, (text) => text.replace(/^title: .*$/m, `title: ${JSON.stringify(injected)}`));
    // An unrelated, valid change: one more session.
    await mkdir(join(copy.dir, added), { recursive: true });
    await writeFile(
      join(copy.dir, added, `index.${content.conference.defaultLocale}.mdx`),
      readFileSync(join(content.dir, facts), 'utf8')
        .replace(/^day: .*$/m, 'day: 2025-11-01')
        .replace(/^title: .*$/m, 'title: "An added session"')
        .replace(/^summary: .*$/m, 'summary: "It was added without touching anything else."'),
    );
    build = await buildSite({ content: copy.dir });
    expect(build.code, build.output).toBe(0);
  }, buildTimeout);

  it('reads files that start with a byte-order mark, and writes no BOM', () => {
    const page = readPage(build.outDir, sessionPage('2025-11-01-keynote'));
    expect(page.$('h1').text()).toBe(readFrontmatter<{ title: string }>(join(content.dir, openingText)).title);
    expect(page.$('[datetime]').first().attr('datetime')).toMatch(/^2025-11-01T/);
    expect(htmlPages(build.outDir).filter(({ html }) => html.includes('\uFEFF')).map(({ path }) => path)).toEqual([]);
  });

  it('shows markup in a title as text everywhere', () => {
    const page = readPage(build.outDir, sessionPage('2025-11-02-cancelled-panel'));
    expect(page.$('h1').text()).toBe(injected);
    expect(page.$('title').text()).toContain(injected);
    for (const { path, $ } of htmlPages(build.outDir)) {
      expect($('img[src="x"], [onerror]').length, path).toBe(0);
      const scripts = $('script').toArray();
      expect(scripts.filter((script) => $(script).text().includes('window.pwned') && !/json/.test(script.attribs['type'] ?? '')).length, path).toBe(0);
      for (const data of scripts.filter((script) => /json/.test(script.attribs['type'] ?? ''))) {
        expect(() => JSON.parse($(data).text()), `${path}: JSON data block`).not.toThrow();
      }
    }
  });

  it('never runs markup from a title, even with the security policy switched off', async () => {
    const server = await serveStatic(build.outDir);
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => dialogs.push(dialog.message()));
      for (const path of [sessionPage('2025-11-02-cancelled-panel'), `${locale}/${uiStrings(locale).routes.programme}/`, `${locale}/`]) {
        await page.goto(new URL(path.replace(/index\.html$/, ''), server.url).href);
        expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), path).toBeUndefined();
      }
      expect(dialogs).toEqual([]);
    } finally {
      await browser?.close();
      await server.close();
    }
  });

  it('keeps building after an unrelated valid change, and shows it', () => {
    expect(readPage(build.outDir, sessionPage('2025-11-01-added-session')).$('h1').text()).toBe('An added session');
  });
});

describe('a failed build never leaves a half-written site', () => {
  let outDir: string;
  const marker = 'previous-build.txt';

  beforeAll(async () => {
    outDir = join(await mkdtemp(join(tmpdir(), 'conference-publish-')), 'dist');
    await mkdir(outDir);
    await writeFile(join(outDir, marker), 'the last good build');
  });

  /** Anything the build script left next to the published folder. */
  const leftovers = async () => (await readdir(dirname(outDir))).filter((name) => name !== 'dist');

  it('keeps the previous site when the build fails while writing pages', async () => {
    const copy = await copyContent(exampleContent);
    // Fails in the cross-file checks, which run while pages are being written.
    await copy.edit(facts, (text) => text.replace(/^format: .*$/m, 'format: no-such-format'));
    const result = await buildSite({ content: copy.dir, outDir });
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('no-such-format');
    expect(await readdir(outDir)).toEqual([marker]);
    expect(readFileSync(join(outDir, marker), 'utf8')).toBe('the last good build');
    expect(await leftovers()).toEqual([]);
  }, buildTimeout);

  it('replaces it whole when the build succeeds', async () => {
    const result = await buildSite({ content: exampleContent, outDir });
    expect(result.code, result.output).toBe(0);
    expect(existsSync(join(outDir, marker))).toBe(false);
    expect(existsSync(join(outDir, sessionPage('2025-11-01-keynote')))).toBe(true);
    expect(await leftovers()).toEqual([]);
  }, buildTimeout);
});
