/**
 * Writes a benchmark content folder: a copy of a real one (conference, audiences, formats,
 * themes, home, letter…) whose sessions, rooms and speakers are replaced by a synthetic
 * programme: parallel rooms, speakers with biographies and photos, recordings and resources.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { daysBetween } from '../../src/lib/time.ts';
import { roomsFor, sessionFacts, sessionMdx, speakerMdx, syntheticSessions, syntheticSpeakers, wordsOf, type ProgrammeShape, type SyntheticSession } from './synthetic.ts';

const dayText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?/;

async function idsIn(dir: string): Promise<string[]> {
  const files = await readdir(dir).catch(() => []);
  return files.filter((file) => file.endsWith('.yaml')).map((file) => file.slice(0, -'.yaml'.length)).sort();
}

/** Every `{ <locale>: text }` value in a parsed YAML document, by locale. */
function localizedStrings(node: unknown, locales: ReadonlySet<string>, into: Map<string, string[]>): void {
  if (Array.isArray(node)) {
    for (const item of node) localizedStrings(item, locales, into);
  } else if (node && typeof node === 'object' && !(node instanceof Date)) {
    for (const [key, value] of Object.entries(node)) {
      if (locales.has(key) && typeof value === 'string') into.get(key)!.push(value);
      else localizedStrings(value, locales, into);
    }
  }
}

/** The real content's text per language: localized YAML fields, and `index.<locale>.mdx` frontmatter values and bodies. */
async function textsByLocale(contentDir: string, locales: readonly string[]): Promise<Map<string, string[]>> {
  const texts = new Map(locales.map((locale) => [locale, [] as string[]]));
  const known = new Set(locales);
  const files = await readdir(contentDir, { recursive: true });
  for (const file of files.sort()) {
    const path = join(contentDir, file);
    if (file.endsWith('.yaml')) {
      localizedStrings(yaml.load(await readFile(path, 'utf8')), known, texts);
    } else if (file.endsWith('.mdx')) {
      const locale = /(?:^|\/)index\.([^/]+)\.mdx$/.exec(file)?.[1];
      if (locale === undefined || !known.has(locale)) continue;
      const text = await readFile(path, 'utf8');
      const frontmatter = FRONTMATTER.exec(text);
      const fields = frontmatter ? (yaml.load(frontmatter[1]!) as Record<string, unknown>) : {};
      texts.get(locale)!.push(...Object.values(fields).filter((value): value is string => typeof value === 'string'), text.slice(frontmatter?.[0].length ?? 0));
    }
  }
  return texts;
}

/** What the synthetic programme must fit: the real conference's days, languages, formats, audiences, themes and words. */
export async function readShape(contentDir: string): Promise<ProgrammeShape> {
  const conference = yaml.load(await readFile(join(contentDir, 'conference.yaml'), 'utf8')) as {
    startDate: unknown;
    endDate: unknown;
    locales: { code: string }[];
    defaultLocale: string;
  };
  const locales = conference.locales.map((locale) => locale.code);
  const texts = await textsByLocale(contentDir, locales);
  return {
    startDate: dayText(conference.startDate),
    endDate: dayText(conference.endDate),
    locales,
    defaultLocale: conference.defaultLocale,
    formats: await idsIn(join(contentDir, 'formats')),
    audiences: await idsIn(join(contentDir, 'audiences')),
    themes: await idsIn(join(contentDir, 'themes')),
    rooms: await idsIn(join(contentDir, 'rooms')),
    words: new Map([...texts].map(([locale, list]) => [locale, wordsOf(list.join('\n'), locale)])),
  };
}

export interface ProgrammeOptions {
  /** Parallel rooms; default: enough for about eight sessions a room a day (roomsFor). */
  rooms?: number | undefined;
  /** People named as speakers and moderators; default: 0.6 per session, so most speak more than once. */
  speakers?: number | undefined;
  /** Share of those people with a photo, 0 to 1; default 0.5. */
  photoShare?: number;
}

/** Distinct photos: a few small generated JPEGs, one colour each, copied into the people's folders. */
const PHOTO_COLOURS = [
  { r: 180, g: 90, b: 60 },
  { r: 60, g: 120, b: 170 },
  { r: 90, g: 150, b: 80 },
  { r: 140, g: 100, b: 160 },
];

/** Small JPEGs (240 px, a speaker photo's size as taken from a web page) generated here, so no binary is committed. */
function generatedPhotos(): Promise<Buffer[]> {
  return Promise.all(PHOTO_COLOURS.map((background) => sharp({ create: { width: 240, height: 240, channels: 3, background } }).jpeg({ quality: 70 }).toBuffer()));
}

async function writeRooms(targetDir: string, count: number, locales: readonly string[]): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, index) => `room-${index + 1}`);
  await mkdir(join(targetDir, 'rooms'), { recursive: true });
  for (const [index, id] of ids.entries()) {
    await writeFile(join(targetDir, 'rooms', `${id}.yaml`), yaml.dump({ label: Object.fromEntries(locales.map((locale) => [locale, `${index + 1}`])), order: index + 1 }));
  }
  return ids;
}

async function writeSpeakers(targetDir: string, shape: ProgrammeShape, count: number, photoShare: number): Promise<string[]> {
  const photos = await generatedPhotos();
  const speakers = syntheticSpeakers(shape, count, photoShare);
  for (const [index, speaker] of speakers.entries()) {
    const dir = join(targetDir, 'speakers', speaker.id);
    await mkdir(dir, { recursive: true });
    if (speaker.photo) await writeFile(join(dir, 'photo.jpg'), photos[index % photos.length]!);
    for (const locale of shape.locales) await writeFile(join(dir, `index.${locale}.mdx`), speakerMdx(speaker, locale, shape.defaultLocale));
  }
  return speakers.map((speaker) => speaker.id);
}

/** Copies `sourceDir` to `targetDir` with `count` synthetic sessions, their rooms and their speakers instead of the real ones. */
export async function writeSyntheticContent(sourceDir: string, targetDir: string, count: number, options: ProgrammeOptions = {}): Promise<SyntheticSession[]> {
  await rm(targetDir, { recursive: true, force: true });
  await cp(sourceDir, targetDir, { recursive: true });
  for (const folder of ['sessions', 'rooms', 'speakers']) await rm(join(targetDir, folder), { recursive: true, force: true });
  const shape = await readShape(sourceDir);
  shape.rooms = await writeRooms(targetDir, options.rooms ?? roomsFor(count, daysBetween(shape.startDate, shape.endDate).length), shape.locales);
  shape.speakers = await writeSpeakers(targetDir, shape, options.speakers ?? Math.ceil(count * 0.6), options.photoShare ?? 0.5);
  const sessions = syntheticSessions(shape, count);
  for (const session of sessions) {
    const dir = join(targetDir, 'sessions', session.id);
    await mkdir(dir, { recursive: true });
    for (const [locale, text] of session.texts) {
      await writeFile(join(dir, `index.${locale}.mdx`), sessionMdx(text, locale === shape.defaultLocale ? sessionFacts(session) : ''));
    }
  }
  return sessions;
}
