/**
 * Every page of the built site has a social preview: og:image and a large Twitter card, whose
 * PNG exists, is 1200×630, and is that page's language's own (on the example conference).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';

const dist = inject('example').distDir;
const pages = htmlPages(dist);

describe('social preview images', () => {
  const previews = pages.map((page) => ({
    path: page.path,
    lang: page.$('html').attr('lang')!,
    image: page.$('meta[property="og:image"]').attr('content'),
    alt: page.$('meta[property="og:image:alt"]').attr('content'),
    card: page.$('meta[name="twitter:card"]').attr('content'),
    twitterImage: page.$('meta[name="twitter:image"]').attr('content'),
  }));

  it('gives every page an og:image with its text and a large Twitter card', () => {
    expect(previews.length).toBeGreaterThan(0);
    expect(previews.filter((preview) => !preview.image || !preview.alt || preview.card !== 'summary_large_image' || preview.twitterImage !== preview.image).map((preview) => preview.path)).toEqual([]);
  });

  it('points each page at a 1200×630 PNG the site publishes, in the page’s language', async () => {
    const images = [...new Set(previews.map((preview) => new URL(preview.image!).pathname))];
    for (const path of images) {
      const meta = await sharp(readFileSync(join(dist, path))).metadata();
      expect([path, meta.format, meta.width, meta.height]).toEqual([path, 'png', 1200, 630]);
    }
    const localized = previews.filter((preview) => /^\/[a-z]{2,3}(-[a-z0-9]+)*\/./.test(preview.path) && !preview.path.endsWith('.html'));
    expect(localized.filter((preview) => !new URL(preview.image!).pathname.startsWith(`/${preview.lang}/`)).map((preview) => preview.path)).toEqual([]);
  });

  it('gives a session page its language’s programme card, the nearest drawn image (no card per session: docs/performance.md, "Social images")', () => {
    const sessions = pages.filter((page) => page.$('article.session').length === 1);
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) {
      const lang = session.$('html').attr('lang')!;
      const programme = pages.find((page) => page.path === session.$('.breadcrumb a').attr('href'));
      expect(programme, session.path).toBeDefined();
      expect([session.path, session.$('meta[property="og:image"]').attr('content')]).toEqual([session.path, programme!.$('meta[property="og:image"]').attr('content')]);
      expect(new URL(session.$('meta[property="og:image"]').attr('content')!).pathname, session.path).toMatch(new RegExp(`^/${lang}/`));
    }
  });

  it('draws different cards for different kinds of page, each once', () => {
    const byLanguage = Map.groupBy(previews, (preview) => preview.lang);
    for (const [lang, ofLanguage] of byLanguage) {
      const distinct = new Set(ofLanguage.map((preview) => preview.image));
      // Home, programme, registration, search … at least these differ.
      expect(distinct.size, lang).toBeGreaterThanOrEqual(4);
    }
  });
});
