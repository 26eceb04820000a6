/**
 * Speakers and moderators, on the example conference: an index and a page per person in every
 * language, linked both ways with their sessions; photos through astro:assets, initials without;
 * and the mistakes an editor can make with people, each named with its file and field.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { contentFolder, factsFile, readFrontmatter } from '../helpers/content-read.ts';
import { filesIn, readPage } from '../helpers/dist.ts';
import { exampleContent as example } from '../helpers/fixtures.ts';

const content = contentFolder(example);
const locales = content.conference.locales.map((l) => l.code);
const peopleIds = readdirSync(join(content.dir, 'speakers')).sort();
const nameOf = (id: string) => readFrontmatter<{ name: string }>(join(content.dir, 'speakers', id, `index.${content.conference.defaultLocale}.mdx`)).name;
const sessions = content.sessionIds.map((id) => ({ id, ...readFrontmatter<{ speakers?: string[]; moderators?: string[] }>(join(content.dir, factsFile(content.conference, id))) }));
const sessionsOf = (person: string) => sessions.filter((s) => [...(s.speakers ?? []), ...(s.moderators ?? [])].includes(person)).map((s) => s.id).sort();
const routes = (locale: string) => uiStrings(locale).routes;
const personPage = (dist: string, locale: string, id: string) => readPage(dist, `${locale}/${routes(locale).speakers}/${id}/index.html`);
/** The last path segment of each link of `selector` that points into `section`. */
const linkedIds = (page: ReturnType<typeof readPage>, selector: string, section: string) =>
  page.$(selector)
    .map((_, a) => page.$(a).attr('href'))
    .get()
    .filter((href) => href.includes(`/${section}/`))
    .map((href) => href.split('/').filter(Boolean).at(-1)!)
    .sort();

const dist = inject('example').distDir;

describe('people of the example conference', () => {
  it('has fictional people to show', () => {
    expect(peopleIds.length).toBeGreaterThan(1);
    expect(peopleIds.every((id) => sessionsOf(id).length > 0)).toBe(true);
  });

  it.each(locales)('lists everyone on the index, with a link to their page (%s)', (locale) => {
    const page = readPage(dist, `${locale}/${routes(locale).speakers}/index.html`);
    expect(page.$('h1').text()).toBe(uiStrings(locale).people.title);
    expect(linkedIds(page, 'main a', routes(locale).speakers)).toEqual(peopleIds);
    for (const id of peopleIds) expect(page.$('main').text()).toContain(nameOf(id));
  });

  it.each(locales)('keeps a small conference’s index on one page, searchable, without letters (%s)', (locale) => {
    const page = readPage(dist, `${locale}/${routes(locale).speakers}/index.html`);
    expect(page.$('nav[aria-label]').filter((_, nav) => page.$(nav).attr('aria-label') === uiStrings(locale).speakersIndex.lettersNav).length).toBe(0);
    expect(page.$('main').attr('data-pagefind-body')).toBeDefined();
    // Only people have pages under the index: no page per letter.
    const under = readdirSync(join(dist, locale, routes(locale).speakers), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(under.sort()).toEqual(peopleIds);
  });

  it.each(locales)('links each person to their sessions and each session to its people (%s)', (locale) => {
    for (const id of peopleIds) {
      const page = personPage(dist, locale, id);
      expect(page.$('h1').text()).toBe(nameOf(id));
      expect(linkedIds(page, 'main a', routes(locale).programme)).toEqual(sessionsOf(id));
      // With the time of each session.
      expect(page.$('main li time').length).toBe(2 * sessionsOf(id).length);
    }
    for (const session of sessions) {
      const page = readPage(dist, `${locale}/${routes(locale).programme}/${session.id}/index.html`);
      const people = [...(session.speakers ?? []), ...(session.moderators ?? [])];
      expect(new Set(linkedIds(page, '.people a', routes(locale).speakers))).toEqual(new Set(people));
    }
  });

  it('draws the initials of people without a photo, in the page itself', () => {
    const page = personPage(dist, locales[0]!, 'ada-placeholder');
    const avatar = page.$('svg.person-picture');
    expect(avatar.length).toBe(1);
    expect(avatar.text()).toBe('AP');
    expect(avatar.attr('aria-hidden')).toBe('true');
    expect(page.$('main img').length).toBe(0);
  });

  it('shows the person’s role and links, and their biography, in the page language', () => {
    const page = personPage(dist, 'es', 'ada-placeholder');
    const es = readFrontmatter<{ role: string; affiliation: string }>(join(content.dir, 'speakers/ada-placeholder/index.es.mdx'));
    expect(page.$('main .lead').text()).toContain(es.role);
    expect(page.$('main .lead').text()).toContain(es.affiliation);
    const en = readFrontmatter<{ website: string; profiles: string[] }>(join(content.dir, 'speakers/ada-placeholder/index.en.mdx'));
    const hrefs = page.$('main a').map((_, a) => page.$(a).attr('href')).get();
    expect(hrefs).toEqual(expect.arrayContaining([en.website, ...en.profiles]));
  });

  it('writes a role shown in another language as that language does, marked with its language', () => {
    const fallbackLocale = locales.find((locale) => !readdirSync(join(content.dir, 'speakers/ada-placeholder')).includes(`index.${locale}.mdx`));
    expect(fallbackLocale, 'a language without Ada’s texts').toBeDefined();
    const en = readFrontmatter<{ role: string; affiliation: string }>(join(content.dir, 'speakers/ada-placeholder/index.en.mdx'));
    const role = personPage(dist, fallbackLocale!, 'ada-placeholder').$('main .lead');
    expect(role.text()).toBe(`${en.role}, ${en.affiliation}`);
    expect(role.attr('lang')).toBe('en');
  });

  it('shows a biography missing in one language in another, marked as such', () => {
    const page = personPage(dist, 'es', 'mina-sample');
    expect(page.$('main .prose').attr('lang')).toBe('en');
    expect(page.$('main [data-fallback]').length).toBe(1);
  });
});

/** A plain-coloured PNG made here (RFC 2083: signature, IHDR, IDAT, IEND), so no real photo is needed. */
function solidPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x33, 0x66, 0x99]))]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('a photo', () => {
  it('is published resized, in modern formats, with its width and height', async () => {
    const copy = await copyContent(example);
    writeFileSync(join(copy.dir, 'speakers/ada-placeholder/photo.png'), solidPng(600, 600));
    await copy.edit('speakers/ada-placeholder/index.en.mdx', (text) => text.replace(/^name: .*$/m, (line) => `${line}\nphoto: photo.png`));
    const build = await buildSite({ content: copy.dir });
    expect(build.code, build.output).toBe(0);
    const page = readPage(build.outDir, 'en/speakers/ada-placeholder/index.html');
    const picture = page.$('main picture');
    expect(picture.find('source').map((_, s) => page.$(s).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
    const img = picture.find('img');
    expect(img.attr('alt')).toBe('');
    expect(Number(img.attr('width'))).toBeLessThan(600);
    expect(img.attr('height')).toBe(img.attr('width'));
    // Every image it names is a file of the site.
    const files = new Set(filesIn(build.outDir).map((file) => `/${file}`));
    const sources = [img.attr('src')!, ...picture.find('source').map((_, s) => page.$(s).attr('srcset')).get().flatMap((set) => set.split(',').map((part) => part.trim().split(' ')[0]!))];
    for (const source of sources) expect(files, source).toContain(source);
  });
});

describe('mistakes with people stop the build and say where', () => {
  it('a missing photo and a photo that is not an image', async () => {
    const copy = await copyContent(example);
    await copy.edit('speakers/ada-placeholder/index.en.mdx', (text) => text.replace(/^name: .*$/m, (line) => `${line}\nphoto: portrait.jpg`));
    writeFileSync(join(copy.dir, 'speakers/mina-sample/photo.jpg'), 'not an image');
    await copy.edit('speakers/mina-sample/index.en.mdx', (text) => text.replace(/^name: .*$/m, (line) => `${line}\nphoto: photo.jpg`));
    const build = await buildSite({ content: copy.dir });
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/speakers\/ada-placeholder\/index\.en\.mdx\s+field "photo": found "portrait\.jpg", which is not in the folder/);
    expect(build.output).toMatch(/speakers\/mina-sample\/index\.en\.mdx\s+field "photo": found "photo\.jpg", which cannot be read as an image/);
  });

  it('a biography in a language the site does not have', async () => {
    const copy = await copyContent(example);
    writeFileSync(join(copy.dir, 'speakers/ada-placeholder/index.de.mdx'), '---\nrole: "Leiterin"\n---\n\nBiografie.\n');
    const build = await buildSite({ content: copy.dir });
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/speakers\/ada-placeholder\/index\.de\.mdx\s+field "\(file name\)": found "de"; expected a language of the site \(en, es, ar\)/);
  });
});
