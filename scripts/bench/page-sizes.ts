/**
 * The weight of the programme pages of a built site: the overview and every day page (and part
 * of a day), in gzip bytes, the heaviest of each kind over all languages. Their budget is 20 kB
 * (docs/performance.md); the bench reports it at any programme size.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { uiStrings } from '../../src/i18n/index.ts';

export interface PageSize {
  path: string;
  gzipBytes: number;
}

export interface ProgrammeSizes {
  overview: PageSize;
  day: PageSize;
  /** Day pages and parts of days, in all languages. */
  dayPages: number;
}

const DAY_PAGE = /^\d{4}-\d{2}-\d{2}(\/\d+)?\/index\.html$/;

const heaviest = (sizes: PageSize[]) => sizes.reduce((max, size) => (size.gzipBytes > max.gzipBytes ? size : max));

export async function programmeSizes(dist: string, locales: readonly string[]): Promise<ProgrammeSizes> {
  const overviews: PageSize[] = [];
  const days: PageSize[] = [];
  const sizeOf = async (path: string) => ({ path, gzipBytes: gzipSync(await readFile(join(dist, path)), { level: 9 }).length });
  for (const locale of locales) {
    const programme = `${locale}/${uiStrings(locale).routes.programme}`;
    overviews.push(await sizeOf(`${programme}/index.html`));
    const files = await readdir(join(dist, programme), { recursive: true });
    for (const file of files.filter((name) => DAY_PAGE.test(name))) days.push(await sizeOf(`${programme}/${file}`));
  }
  if (days.length === 0) throw new Error(`No day page in ${dist}: expected <lang>/<programme>/<YYYY-MM-DD>/index.html`);
  return { overview: heaviest(overviews), day: heaviest(days), dayPages: days.length };
}
