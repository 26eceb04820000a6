/**
 * The same code builds another conference: other name, dates, zone, languages, a hybrid
 * venue, a cancelled session and a session across a daylight-saving change.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { projectRoot } from '../helpers/build.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { exampleContent } from '../helpers/fixtures.ts';

const content = contentFolder(exampleContent);
const dist = inject('example').distDir;
const shortName = content.conference['shortName'] as Record<string, string>;

describe('the example conference', () => {
  it('is built in its own languages only, with its own name and registration address on every page', () => {
    const languages = content.conference.locales.map((l) => l.code);
    // A folder whose home page is in the language the folder names is a language of the site.
    const languageFolders = readdirSync(dist).filter((entry) => existsSync(join(dist, entry, 'index.html')) && readPage(dist, `${entry}/index.html`).$('html').attr('lang') === entry);
    expect(languageFolders.sort()).toEqual([...languages].sort());
    for (const page of htmlPages(dist).filter((p) => languages.includes(p.path.split('/')[1]!))) {
      const language = page.path.split('/')[1]!;
      expect(page.$('meta[property="og:site_name"]').attr('content'), page.path).toBe(shortName[language]);
    }
    const registration = readPage(dist, `en/${uiStrings('en').routes.registration}/index.html`);
    expect(registration.$(`a[href="${content.conference.registration.url}"]`)).toHaveLength(1);
  });

  it('shows times with the offset in force on each side of the daylight-saving change', () => {
    const page = readPage(dist, 'en/programme/2025-11-02-night-hackathon/index.html');
    const times = page.$('.session-facts time').map((_, el) => el.attribs.datetime).get();
    expect(times).toEqual(['2025-11-02T00:30:00-04:00', '2025-11-02T03:00:00-05:00']);
  });

  it('falls back visibly, in the text’s own language, when a translation is missing', () => {
    const es = uiStrings('es').routes;
    const page = readPage(dist, `es/${es.programme}/2025-11-02-night-hackathon/index.html`);
    expect(page.$('html').attr('lang')).toBe('es');
    expect(page.$('.notice--fallback').text()).toMatch(/español.*inglés/);
    expect(page.$('article.session').attr('lang')).toBe('en');
    expect(page.$('h1').text()).toBe(content.sessionText('2025-11-02-night-hackathon', 'en')!.title);
    const translated = readPage(dist, `es/${es.programme}/2025-11-02-cancelled-panel/index.html`);
    expect(translated.$('.notice--fallback')).toHaveLength(0);
  });

  it('keeps a cancelled session listed and marked', () => {
    const page = readPage(dist, 'en/programme/index.html');
    const item = page.$('[data-session="2025-11-02-cancelled-panel"]');
    expect(item.hasClass('session-item--cancelled')).toBe(true);
    expect(item.text()).toContain(uiStrings('en').session.cancelled);
  });

  it('names a hybrid venue', () => {
    const home = readPage(dist, 'en/index.html');
    expect(home.$('.key-facts').text()).toContain(uiStrings('en').attendance.hybrid);
    expect(home.$('.key-facts').text()).toContain('Example Conference Centre');
  });
});

describe('the code', () => {
  it('holds nothing specific to one conference', () => {
    const needles = [
      ...Object.values(content.conference['name'] as Record<string, string>),
      ...Object.values(shortName),
      // The first site the generator was made for, whatever content/ holds today.
      'e-Parl',
      'IPU',
      'UIP',
      'Inter-Parliamentary',
      'ipu.org',
    ];
    const files = readdirSync(join(projectRoot, 'src'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    for (const file of files) {
      const text = readFileSync(join(file.parentPath, file.name), 'utf8');
      for (const needle of needles) expect(text.includes(needle), `${file.name} mentions ${needle}`).toBe(false);
    }
  });
});
