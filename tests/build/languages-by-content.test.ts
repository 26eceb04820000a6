/**
 * Languages come from the content alone. On a copy of the example conference:
 * - a language the generator ships (Chinese) needs only its line in conference.yaml;
 * - a language it does not ship (Swahili, and Persian, written right to left) needs that line
 *   and a complete content/i18n/<lang>.yaml;
 * - a shipped language's strings can be changed one by one in content/i18n/<lang>.yaml;
 * and `npm run check` reports the same mistakes in those files as the build.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInDictionaries, languageName } from '../../src/i18n/index.ts';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { checkContent } from '../../src/lib/content-reader.ts';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { readPage } from '../helpers/dist.ts';

const example = 'examples/open-data-summit/content';
/** A session the example has in English only. */
const untranslated = '2025-11-02-night-hackathon';

/** A copy of the example conference with more languages in conference.yaml and the given i18n files. */
async function exampleWith(languages: Record<string, string>, i18nFiles: Record<string, string>) {
  const content = await copyContent(example);
  const lines = Object.entries(languages).map(([code, label]) => `  - code: ${code}\n    label: "${label}"\n`);
  await content.edit('conference.yaml', (text) => {
    expect(text).toMatch(/^defaultLocale: /m);
    return text.replace(/^defaultLocale: /m, `${lines.join('')}defaultLocale: `);
  });
  if (Object.keys(i18nFiles).length) await mkdir(join(content.dir, 'i18n'));
  for (const [name, text] of Object.entries(i18nFiles)) await writeFile(join(content.dir, 'i18n', name), text);
  return content.dir;
}

/** A complete dictionary file: English, with the given texts in the language instead. */
function completeDictionary(texts: Record<string, Record<string, string>>): string {
  const strings = structuredClone(en) as Record<string, Record<string, unknown>>;
  for (const [group, values] of Object.entries(texts)) Object.assign(strings[group]!, values);
  return yaml.dump(strings);
}

const swahili = {
  routes: { programme: 'programu' },
  nav: { programme: 'Programu' },
  programme: { title: 'Programu' },
  fallback: { notice: 'Maandishi haya bado hayapatikani kwa {language}; yanaonyeshwa kwa {original}.' },
};

describe('languages added by content only', () => {
  let dist: string;
  let contentDir: string;

  beforeAll(async () => {
    contentDir = await exampleWith(
      { zh: '中文', sw: 'Kiswahili', fa: 'فارسی' },
      {
        'sw.yaml': completeDictionary(swahili),
        'fa.yaml': completeDictionary({ nav: { programme: 'برنامه' } }),
        'es.yaml': 'nav:\n  programme: "Programa de la cumbre"\n',
      },
    );
    const build = await buildSite({ content: contentDir });
    expect(build.code, build.output).toBe(0);
    dist = build.outDir;
  });

  it('passes the content check', async () => {
    expect(await checkContent(contentDir)).toEqual([]);
  });

  it('builds a shipped language (Chinese) from its line in conference.yaml: Chinese interface, visible fallbacks', () => {
    const zh = builtInDictionaries['zh']!;
    const home = readPage(dist, 'zh/index.html');
    expect(home.$('html').attr('lang')).toBe('zh');
    expect(home.$('html').attr('dir')).toBe('ltr');
    const navigation = home.$('nav.main-nav a').map((_, link) => home.$(link).text()).get();
    expect(navigation).toContain(zh.nav.programme);
    expect(zh.nav.programme).not.toBe(en.nav.programme);
    expect(home.$('.skip-link').text()).toBe(zh.site.skipLink);

    const session = readPage(dist, `zh/${zh.routes.programme}/${untranslated}/index.html`);
    const notice = session.$('[data-fallback]');
    expect(notice.attr('data-fallback')).toBe('en');
    expect(notice.attr('lang')).toBe('zh');
    expect(notice.text()).toContain(languageName('zh', 'zh'));
    expect(notice.text()).toContain(languageName('en', 'zh'));
    expect(session.$('[lang="en"]').length).toBeGreaterThan(0);
  });

  it('builds a language the generator does not ship from conference.yaml and content/i18n/<lang>.yaml', () => {
    const home = readPage(dist, 'sw/index.html');
    expect(home.$('html').attr('lang')).toBe('sw');
    const link = home.$('nav.main-nav a[href="/sw/programu/"]');
    expect(link.text()).toBe('Programu');

    const session = readPage(dist, `sw/programu/${untranslated}/index.html`);
    expect(session.$('[data-fallback]').text()).toMatch(/^\s*Maandishi haya bado hayapatikani kwa .+; yanaonyeshwa kwa .+\.\s*$/);
  });

  it('takes the direction from the language: Persian is right to left', () => {
    const home = readPage(dist, 'fa/index.html');
    expect(home.$('html').attr('dir')).toBe('rtl');
    expect(home.$('nav.main-nav a').first().text()).toBe('برنامه');
  });

  it('lets a conference change one string of a shipped language and keeps the others', () => {
    const es = builtInDictionaries['es']!;
    const home = readPage(dist, 'es/index.html');
    const navigation = home.$('nav.main-nav a').map((_, link) => home.$(link).text()).get();
    expect(navigation).toContain('Programa de la cumbre');
    expect(navigation).toContain(es.nav.search);
  });
});

describe('mistakes in content/i18n, reported alike by the build and npm run check', () => {
  /** Builds `contentDir`, expects a failure, and returns the output with the check's problems. */
  async function buildAndCheck(contentDir: string) {
    const build = await buildSite({ content: contentDir });
    expect(build.code, build.output).not.toBe(0);
    return { output: build.output, problems: await checkContent(contentDir) };
  }

  it('an incomplete file for a language the generator does not ship lists the missing keys; a number is not a text', async () => {
    const contentDir = await exampleWith({ sw: 'Kiswahili' }, { 'sw.yaml': 'nav:\n  programme: "Programu"\n', 'es.yaml': 'search:\n  submit: 3\n' });
    const { output, problems } = await buildAndCheck(contentDir);
    expect(output).toMatch(/i18n\/sw\.yaml\n\s+field "\(missing texts\)": found no text for these \d+ keys: routes\.letter, routes\.programme, .*counts\.sessions\.one, counts\.sessions\.other/);
    expect(output).not.toMatch(/missing texts.*nav\.programme,/);
    expect(output).toMatch(/i18n\/es\.yaml\n\s+field "search\.submit": found 3; expected a text/);
    expect(problems.map((p) => [p.file.slice(p.file.indexOf('i18n/')), p.field]).sort()).toEqual([
      ['i18n/es.yaml', 'search.submit'],
      ['i18n/sw.yaml', '(missing texts)'],
    ]);
  });

  it('invalid YAML names the file, and a language with no strings at all names its line of conference.yaml', async () => {
    const contentDir = await exampleWith({ sw: 'Kiswahili' }, { 'es.yaml': 'nav:\n  programme: "Programa\n  search: Buscar\n' });
    const { output, problems } = await buildAndCheck(contentDir);
    expect(output).toMatch(/i18n\/es\.yaml\n\s+field "\(YAML\)"/);
    expect(output).toMatch(/field "locales\[\d+\]\.code": found "sw", a language without interface strings; expected .*i18n\/sw\.yaml/);
    expect(problems.map((p) => p.field).sort()).toEqual(['(YAML)', expect.stringMatching(/^locales\[\d+\]\.code$/)]);
  });
});
