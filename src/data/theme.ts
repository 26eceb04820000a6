/**
 * The conference's visual identity as pages use it: the checked `theme:` of conference.yaml
 * (src/schemas/theme.ts), or a neutral one, with each file it names read once, measured and
 * given a content-hashed address under /identity/ (src/pages/identity/[file].ts); the hero
 * picture instead goes through astro:assets, which resizes it (src/data/theme-image.ts).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ImageMetadata } from 'astro';
import { isESMImportedImage } from 'astro/assets/utils';
import sharp from 'sharp';
import { contentFolder } from '../lib/content-reader.ts';
import { defaultThemeColours, type SchemeName } from '../lib/theme-colours.ts';
import { ContentError, loadSite } from './site.ts';

export interface ThemeFile {
  /** The file's address on the site, with the base path, e.g. "/identity/logo.3f2a1c0b.svg". */
  url: string;
  /** Its name under /identity/. */
  name: string;
  /** Its bytes, published as they are. */
  bytes: Buffer;
  /** Its media type, e.g. "image/svg+xml". */
  type: string;
  width: number;
  height: number;
}

export interface SiteTheme {
  colours: Record<SchemeName, { primary: string; accent: string }>;
  /** The logo, with its dark-scheme variant and its text per language, when the conference has one. */
  logo?: { light: ThemeFile; dark?: ThemeFile | undefined; alt: Record<string, string> };
  /** The browser-tab icon: the given one, else the logo. */
  favicon?: ThemeFile | undefined;
  /** The home page picture, for astro:assets, and its text per language. */
  hero?: { image: ImageMetadata; alt: Record<string, string> } | undefined;
}

const types: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

let loading: Promise<SiteTheme> | undefined;

/** The site's identity, read once per build. */
export function loadTheme(): Promise<SiteTheme> {
  loading ??= assemble();
  return loading;
}

/** Where theme files are published, under the site's base path. */
export function identityUrl(name: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}identity/${name}`;
}

async function themeFile(field: string, path: string, role: string): Promise<ThemeFile> {
  const folder = contentFolder();
  let bytes: Buffer;
  try {
    bytes = await readFile(`${folder}/${path}`);
  } catch {
    throw new ContentError(`${folder}/conference.yaml: theme.${field}: expected a file at ${folder}/${path}, found none (paths are relative to the content folder)`);
  }
  const { width, height } = await sharp(bytes)
    .metadata()
    .catch(() => {
      throw new ContentError(`${folder}/conference.yaml: theme.${field}: expected a readable image at ${folder}/${path}, found a file no image reader understands`);
    });
  if (!width || !height) throw new ContentError(`${folder}/conference.yaml: theme.${field}: expected an image with a width and a height at ${folder}/${path}`);
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const name = `${role}.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.${extension}`;
  return { url: identityUrl(name), name, bytes, type: types[extension]!, width, height };
}

/** The hero picture as the conference collection hands it over: an image, not its path (src/data/theme-image.ts). */
function heroImage(file: unknown): ImageMetadata {
  if (typeof file === 'object' && file !== null && isESMImportedImage(file as ImageMetadata)) return file as ImageMetadata;
  throw new ContentError(`${contentFolder()}/conference.yaml: theme.hero.file: expected a picture the image pipeline can read (JPEG, PNG or WebP), found ${JSON.stringify(file)}`);
}

async function assemble(): Promise<SiteTheme> {
  const { theme } = (await loadSite()).conference;
  if (!theme) return { colours: defaultThemeColours };
  const light = await themeFile('logo.file', theme.logo.file, 'logo');
  const dark = theme.logo.dark ? await themeFile('logo.dark', theme.logo.dark, 'logo-dark') : undefined;
  return {
    colours: { light: theme.light, dark: theme.dark },
    logo: { light, dark, alt: theme.logo.alt },
    favicon: theme.favicon ? await themeFile('favicon', theme.favicon, 'favicon') : light,
    hero: theme.hero ? { image: heroImage(theme.hero.file), alt: theme.hero.alt } : undefined,
  };
}

/** Every file the identity publishes, once each. */
export function themeFiles(theme: SiteTheme): ThemeFile[] {
  const files = [theme.logo?.light, theme.logo?.dark, theme.favicon].filter((file): file is ThemeFile => file !== undefined);
  return [...new Map(files.map((file) => [file.name, file])).values()];
}
