/**
 * The hero picture of `theme:` on the example conference's home page, in every language: drawn
 * through the image pipeline (AVIF and WebP in several widths, none of them the editor's file),
 * sized so nothing moves while it loads, loaded lazily after the first screen's answers, and
 * described in the page's language, or in the default language's words when a language has none;
 * a picture that is not there stops the build with the field and the path.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { contentFolder } from '../helpers/content-read.ts';
import { readPage } from '../helpers/dist.ts';
import { exampleContent } from '../helpers/fixtures.ts';

const dist = inject('example').distDir;
const content = contentFolder(exampleContent);
const hero = (content.conference['theme'] as { hero: { file: string; alt: Record<string, string> } }).hero;
const original = readFileSync(join(content.dir, hero.file));

/** The files and widths of a `srcset`, e.g. "/_astro/hero.x.avif 480w, …". */
const candidates = (srcset: string | undefined) =>
  (srcset ?? '')
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/))
    .filter(([url]) => url)
    .map(([url, width]) => ({ path: new URL(url!, 'http://site/').pathname, width: Number.parseInt(width ?? '', 10) }));

describe.each(content.conference.locales.map((locale) => locale.code))('the hero picture on the %s home page', (locale) => {
  const page = readPage(dist, `${locale}/index.html`);
  const picture = page.$('main picture.hero__picture');
  const img = picture.find('img');

  it('is there once, described in the page’s language, after the key facts and the way to the programme', () => {
    expect(picture).toHaveLength(1);
    expect(img.attr('alt')).toBe(hero.alt[locale]);
    const order = page.$('main .key-facts, main .hero .actions, main picture.hero__picture').map((_, element) => page.$(element).attr('class')).get();
    expect(order).toEqual(['key-facts', 'actions', 'hero__picture']);
  });

  it('has its width and height, in the picture’s proportions, and loads lazily', async () => {
    const { width, height } = await sharp(original).metadata();
    const [w, h] = [Number(img.attr('width')), Number(img.attr('height'))];
    expect(w).toBeGreaterThan(0);
    expect(Math.abs(w / h - width! / height!)).toBeLessThan(0.01);
    expect(img.attr('loading')).toBe('lazy');
  });

  it('is offered in AVIF and WebP, each in several widths the browser picks from, every file smaller than the original', async () => {
    const sources = picture.find('source').map((_, source) => ({ type: page.$(source).attr('type'), srcset: page.$(source).attr('srcset'), sizes: page.$(source).attr('sizes') })).get();
    expect(sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      const files = candidates(source.srcset);
      expect(files.length, source.type).toBeGreaterThanOrEqual(3);
      expect(source.sizes, source.type).toBeTruthy();
      for (const file of files) {
        const bytes = readFileSync(join(dist, file.path));
        const meta = await sharp(bytes).metadata();
        expect([file.path, meta.format, meta.width]).toEqual([file.path, source.type === 'image/avif' ? 'heif' : 'webp', file.width]);
        expect(statSync(join(dist, file.path)).size, file.path).toBeLessThan(original.length);
      }
    }
    expect(new URL(img.attr('src')!, 'http://site/').pathname).not.toContain(hero.file.split('/').pop());
  });
});

describe('the hero picture in edited copies of the example conference', () => {
  const { defaultLocale } = content.conference;
  const other = content.conference.locales.map((locale) => locale.code).find((code) => code !== defaultLocale)!;

  it('is described in the default language’s words, marked as that language, where a language has no alt text', async () => {
    const copy = await copyContent(exampleContent);
    await copy.edit('conference.yaml', (text) => text.split('\n').filter((line) => line.trim() !== `${other}: "${hero.alt[other]}"`).join('\n'));
    expect(readFileSync(join(copy.dir, 'conference.yaml'), 'utf8')).not.toContain(hero.alt[other]);
    const build = await buildSite({ content: copy.dir });
    expect(build.code, build.output).toBe(0);
    const img = readPage(build.outDir, `${other}/index.html`).$('main picture.hero__picture img');
    expect([img.attr('alt'), img.attr('lang')]).toEqual([hero.alt[defaultLocale], defaultLocale]);
  });

  it('stops the build, naming the field and the missing file, when the picture is not there', async () => {
    const copy = await copyContent(exampleContent);
    await copy.edit('conference.yaml', (text) => text.replace(`file: ${hero.file}`, 'file: theme/nowhere.jpg'));
    const build = await buildSite({ content: copy.dir });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('theme.hero.file');
    expect(build.output).toContain(`${copy.dir}/theme/nowhere.jpg`);
  });
});
