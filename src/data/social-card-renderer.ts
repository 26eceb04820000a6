/**
 * Draws social preview cards (1200×630 PNG) with sharp. Texts are laid out by Pango through
 * sharp's text input, which shapes Arabic and orders mixed right-to-left lines; it is given the
 * site's own Fontsource faces (converted from WOFF2 to TrueType once), so a card looks the same
 * on every machine. Cards are kept in node_modules/.cache between builds, keyed by everything
 * they are drawn from. No Astro import: tests draw cards directly.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import wawoff2 from 'wawoff2';
import { memoised } from '../lib/memo.ts';
import { CARD, cardBackground, pangoText, startOf, type CardColours } from '../lib/social-card.ts';

/** Drawing changes that old cached cards must not survive. */
const RENDERER_VERSION = 1;
const cacheFolder = join(process.cwd(), 'node_modules/.cache/conference-site/social-images');

interface Face {
  /** The family name inside the files, as Pango matches it. */
  family: string;
  /** The face's files, one per script subset. */
  files: readonly string[];
}

/** The faces cards are set in, by script: the site's own, from Fontsource. */
const faces: Record<'latin' | 'arabic', { regular: Face; bold: Face }> = {
  latin: {
    regular: { family: 'IBM Plex Sans', files: ['@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-400-normal.woff2', '@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-ext-400-normal.woff2'] },
    bold: { family: 'IBM Plex Sans SemiBold', files: ['@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-600-normal.woff2', '@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-ext-600-normal.woff2'] },
  },
  arabic: {
    regular: { family: 'IBM Plex Sans Arabic', files: ['@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2', '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff2'] },
    bold: { family: 'IBM Plex Sans Arabic SemiBold', files: ['@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal.woff2', '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-600-normal.woff2'] },
  },
};

export const facesFor = (lang: string) => (new Intl.Locale(lang).maximize().script === 'Arab' ? faces.arabic : faces.latin);

const fontFiles = new Map<string, Promise<string>>();
/** A face file as TrueType on disk, which Pango reads (it does not read WOFF2). */
function trueTypeFile(woff2: string): Promise<string> {
  return memoised(fontFiles, woff2, async () => {
    const source = createRequire(join(process.cwd(), 'package.json')).resolve(woff2);
    const target = join(cacheFolder, '..', 'fonts', woff2.slice(woff2.lastIndexOf('/') + 1).replace(/\.woff2$/, '.ttf'));
    await mkdir(join(target, '..'), { recursive: true });
    await readFile(target).catch(async () => writeFile(target, await wawoff2.decompress(await readFile(source))));
    return target;
  });
}

const registered = new Map<string, Promise<void>>();
/** Gives Pango every file of a face (sharp registers a font file with the text that names it). */
function registerFace(face: Face): Promise<void> {
  return memoised(registered, face.family, async () => {
    for (const file of face.files) await sharp({ text: { text: '.', fontfile: await trueTypeFile(file), dpi: 72 } }).raw().toBuffer();
  });
}

export async function textImage(markup: string, face: Face, width: number): Promise<{ input: Buffer; width: number; height: number }> {
  await registerFace(face);
  const { data, info } = await sharp({ text: { text: markup, fontfile: await trueTypeFile(face.files[0]!), width, dpi: 72, rgba: true, wrap: 'word' } })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, width: info.width, height: info.height };
}

export interface CardSpec {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The conference's short name, beside the logo. */
  kicker: string;
  title: string;
  /** Dates and place. */
  detail: string;
  colours: CardColours;
  logo?: Buffer | undefined;
}

/** Draws a card: logo and name at the top, the title, then dates and place above the bands. */
export async function drawCard(spec: CardSpec): Promise<Buffer> {
  const { bold, regular } = facesFor(spec.lang);
  // A right-to-left mark makes Pango lay out (and align) a line right to left even when it begins with Latin letters.
  const mark = spec.dir === 'rtl' ? '\u200f' : '';
  const textWidth = CARD.width - 2 * CARD.margin;
  const layers: OverlayOptions[] = [];
  let kickerInset: number = CARD.margin;
  if (spec.logo) {
    const logo = await sharp(spec.logo, { density: 288 }).resize({ height: CARD.logo }).png().toBuffer({ resolveWithObject: true });
    layers.push({ input: logo.data, left: startOf(logo.info.width, CARD.margin, spec.dir), top: 60 });
    kickerInset = CARD.margin + logo.info.width + 28;
  }
  const kicker = await textImage(pangoText(mark + spec.kicker, { family: bold.family, colour: spec.colours.primary, size: 34 }), bold, CARD.width - kickerInset - CARD.margin);
  layers.push({ input: kicker.input, left: startOf(kicker.width, kickerInset, spec.dir), top: 60 + Math.max(0, Math.round((CARD.logo - kicker.height) / 2)) });
  let title = await textImage(pangoText(mark + spec.title, { family: bold.family, colour: spec.colours.text, size: 66 }), bold, textWidth);
  for (const size of [54, 44, 36]) {
    if (title.height <= 250) break;
    title = await textImage(pangoText(mark + spec.title, { family: bold.family, colour: spec.colours.text, size }), bold, textWidth);
  }
  layers.push({ input: title.input, left: startOf(title.width, CARD.margin, spec.dir), top: 210 });
  const detail = await textImage(pangoText(mark + spec.detail, { family: regular.family, colour: spec.colours.muted, size: 32 }), regular, textWidth);
  layers.push({ input: detail.input, left: startOf(detail.width, CARD.margin, spec.dir), top: CARD.height - 48 - 44 - detail.height });
  return sharp(Buffer.from(cardBackground(spec.colours))).composite(layers).png({ compressionLevel: 9, palette: true }).toBuffer();
}

/** The card for `spec`, from the cache when an identical one was drawn before. */
export async function socialCard(spec: CardSpec): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify({ RENDERER_VERSION, ...spec, logo: spec.logo && createHash('sha256').update(spec.logo).digest('hex') }))
    .digest('hex')
    .slice(0, 24);
  const cached = join(cacheFolder, `${key}.png`);
  const found = await readFile(cached).catch(() => undefined);
  if (found) return found;
  const png = await drawCard(spec);
  await mkdir(cacheFolder, { recursive: true });
  await writeFile(cached, png);
  return png;
}

