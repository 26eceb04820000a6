/**
 * The editors' guides (docs/) come in English and French, as the project promises: each guide
 * below has its twin, the two link each other, and README's docs row links both. Every relative
 * link of README.md and docs/ leads to a file, and to a heading of it, that exist (headings are
 * named as GitHub names them, with github-slugger). French guides follow the French typography
 * the site holds its French texts to, outside code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '../../src/lib/french-typography.ts';
import { projectRoot } from '../helpers/build.ts';

/** Each editors' guide in English, then in French (docs/import.fr.md is the French guide to the import that programme-data.md documents). */
const twins = [
  ['editing.md', 'editing.fr.md'],
  ['cms.md', 'cms.fr.md'],
  ['publishing.md', 'publishing.fr.md'],
  ['i18n.md', 'i18n.fr.md'],
  ['programme-data.md', 'import.fr.md'],
] as const;

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
/** Markdown without its fenced code blocks, whose lines are neither headings nor links. */
const withoutBlocks = (markdown: string) => markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, '');
/** Markdown without any code, blocks and `spans`: its prose. */
const withoutCode = (markdown: string) => withoutBlocks(markdown).replace(/`[^`]*`/g, '');
/** The targets of the Markdown links of a text, e.g. `editing.fr.md#traductions`. */
const linkTargets = (markdown: string) => [...withoutCode(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);

/** The anchors GitHub gives the headings of a Markdown text. */
function anchors(markdown: string): string[] {
  const slugger = new GithubSlugger();
  return [...withoutBlocks(markdown).matchAll(/^#{1,6} (.+)$/gm)].map((match) => slugger.slug(match[1]!));
}

/** Each relative link of the Markdown file `path` (from the project's root) whose file or heading does not exist. */
function brokenLinks(path: string, markdown: string, readFile: (path: string) => string | undefined): string[] {
  return linkTargets(markdown)
    .filter((target) => !/^[a-z]+:/.test(target))
    .filter((target) => {
      const [file, anchor] = target.split('#');
      const linked = file ? normalize(join(dirname(path), file)) : path;
      const text = linked === path ? markdown : readFile(linked);
      if (text === undefined) return true;
      return anchor !== undefined && linked.endsWith('.md') && !anchors(text).includes(decodeURIComponent(anchor));
    });
}

const onDisk = (path: string) => (existsSync(join(projectRoot, path)) ? read(path) : undefined);
const guides = readdirSync(join(projectRoot, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);

describe('editors’ guides in English and French', () => {
  it.each(twins)('%s and %s exist and link each other at the top', (english, french) => {
    for (const [guide, twin] of [[english, french], [french, english]] as const) {
      expect(existsSync(join(projectRoot, 'docs', guide)), `docs/${guide}`).toBe(true);
      const top = read(`docs/${guide}`).split(/^## /m)[0]!;
      expect(linkTargets(top).map((target) => target.split('#')[0]), `docs/${guide} links ${twin} before its first section`).toContain(twin);
    }
  });

  it('are all linked from README’s docs row', () => {
    const row = read('README.md').split('\n').find((line) => line.startsWith('| `docs/` |'))!;
    const linked = linkTargets(row);
    for (const guide of twins.flat()) expect(linked, guide).toContain(`docs/${guide}`);
  });

  it('write French with ’ and non-breaking spaces before ; : ? ! and inside « » (outside code)', () => {
    const french = guides.filter((path) => path.endsWith('.fr.md'));
    expect(french.length).toBeGreaterThanOrEqual(twins.length);
    for (const path of french) {
      const prose = withoutCode(read(path)).replace(/\]\([^)]*\)/g, ']');
      expect(frenchTypographyProblems(prose), path).toEqual([]);
    }
  });
});

describe('links in README.md and docs/', () => {
  it('finds a missing file and a missing heading, and accepts a heading GitHub names', () => {
    const files: Record<string, string> = { 'docs/b.md': '# B\n\n## En cas de problème, les messages d’erreur\n\n## Importing: `npm run import`\n' };
    const text = '[a](missing.md) [b](b.md#en-cas-de-problème-les-messages-derreur) [c](b.md#nowhere) [d](#a) [e](b.md#importing-npm-run-import) `[f](x.md)`\n\n# A';
    expect(brokenLinks('docs/a.md', text, (path) => files[path])).toEqual(['missing.md', 'b.md#nowhere']);
  });

  it.each(['README.md', ...guides])('%s links only to files and headings that exist', (path) => {
    expect(brokenLinks(path, read(path), onDisk)).toEqual([]);
  });
});
