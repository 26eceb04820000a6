/**
 * The card renderer with the site's own fonts: Arabic is shaped (letters join) and laid out
 * right to left, and a card is a 1200×630 PNG.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawCard, facesFor, textImage } from '../../src/data/social-card-renderer.ts';
import { pangoText } from '../../src/lib/social-card.ts';

const colours = { page: '#ffffff', text: '#111111', muted: '#555555', primary: '#1f4f8f', accent: '#c2561a' };
const logo = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" fill="#1f4f8f"/></svg>');

async function widthOf(text: string, lang: string): Promise<number> {
  const { bold } = facesFor(lang);
  return (await textImage(pangoText(text, { family: bold.family, colour: '#000000', size: 48 }), bold, 2000)).width;
}

/** Columns of the card (0–1199) that hold ink between two rows. */
async function inkColumns(png: Buffer, top: number, bottom: number): Promise<number[]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const columns = new Set<number>();
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < info.width; x++) {
      const at = (y * info.width + x) * info.channels;
      if (data[at]! < 128) columns.add(x);
    }
  }
  return [...columns].sort((a, b) => a - b);
}

describe('social card renderer', () => {
  it('shapes Arabic: joined letters are drawn differently from the same letters kept apart', async () => {
    const joined = await widthOf('سلام عليكم', 'ar');
    // A zero-width non-joiner between letters stops them joining; only a shaping renderer with an Arabic face tells the two apart.
    const apart = await widthOf('س\u200cل\u200cا\u200cم ع\u200cل\u200cي\u200cك\u200cم', 'ar');
    expect(joined).toBeGreaterThan(0);
    expect(Math.abs(joined - apart)).toBeGreaterThan(10);
  });

  it('lays an Arabic card out right to left: logo at the right, title against the right margin', async () => {
    const png = await drawCard({ lang: 'ar', dir: 'rtl', kicker: 'المؤتمر', title: 'البرنامج', detail: '16–18 يونيو 2021', colours, logo });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    const logoColumns = await inkColumns(png, 70, 150);
    expect(Math.min(...logoColumns)).toBeGreaterThan(600);
    const titleColumns = await inkColumns(png, 215, 300);
    expect(Math.max(...titleColumns)).toBeGreaterThan(1080);
    expect(Math.min(...titleColumns)).toBeGreaterThan(600);
  });

  it('lays a left-to-right card out from the left', async () => {
    const png = await drawCard({ lang: 'en', dir: 'ltr', kicker: 'Conference', title: 'Programme', detail: '16–18 June 2021', colours, logo });
    expect(Math.max(...(await inkColumns(png, 70, 150)))).toBeLessThan(600);
    expect(Math.min(...(await inkColumns(png, 215, 300)))).toBeLessThan(120);
  });
});
