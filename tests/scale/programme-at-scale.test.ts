/**
 * Scale cannot break silently: the example conference with 1,500 generated sessions in every
 * language stays within the page budgets, and its day pages (cut into parts on long days) list
 * every session of their day exactly once, each linked to its page.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/content.ts';
import { pageKind } from '../../scripts/bench/dist-report.ts';
import type { SyntheticSession } from '../../scripts/bench/synthetic.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { budgets } from '../gates/budgets.ts';
import { buildSite, projectRoot } from '../helpers/build.ts';
import { visitorFiles } from '../helpers/dist.ts';

const SESSIONS = 1500;
const example = join(projectRoot, 'examples/open-data-summit/content');

let work: string;
let dist: string;
let sessions: SyntheticSession[];
let locales: string[];
/** Every HTML page by kind (`session`, `day`, `day (part)`, `programme`…), as site paths → file. */
const pages = new Map<string, { path: string; file: string }[]>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scale-test-'));
  const content = join(work, 'content');
  sessions = await writeSyntheticContent(example, content, SESSIONS);
  locales = [...sessions[0]!.texts.keys()];
  const build = await buildSite({ content });
  if (build.code !== 0) throw new Error(`The 1,500-session build failed:\n${build.output.slice(-4000)}`);
  dist = build.outDir;
  for (const file of visitorFiles(dist).filter((name) => name.endsWith('.html'))) {
    const kind = pageKind(file, (locale) => (locales.includes(locale) ? { ...uiStrings(locale).routes } : undefined));
    pages.set(kind, [...(pages.get(kind) ?? []), { path: `/${file.replace(/index\.html$/, '')}`, file }]);
  }
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
  if (dist) await rm(join(dist, '..'), { recursive: true, force: true });
});

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipOf = async (file: string) => gzipSync(await readFile(join(dist, file)), { level: 9 }).length;

/** Pages of these kinds heavier than `budget`, with their weights. */
async function overBudget(kinds: string[], budget: number): Promise<string[]> {
  const over: string[] = [];
  for (const { path, file } of kinds.flatMap((kind) => pages.get(kind) ?? [])) {
    const bytes = await gzipOf(file);
    if (bytes > budget) over.push(`${path}: ${kb(bytes)} > ${kb(budget)}`);
  }
  return over;
}

describe(`a programme of ${SESSIONS} sessions`, () => {
  it('has a page for every session in every language', () => {
    expect(pages.get('session')?.length).toBe(SESSIONS * locales.length);
  });

  it(`keeps every session page within ${kb(budgets.sessionHtml)} of gzip HTML`, async () => {
    expect(await overBudget(['session'], budgets.sessionHtml)).toEqual([]);
  });

  it(`keeps the programme and every day page within ${kb(budgets.programmeHtml)} of gzip HTML`, async () => {
    expect(pages.get('programme')?.length).toBe(locales.length);
    expect(await overBudget(['programme', 'day', 'day (part)'], budgets.programmeHtml)).toEqual([]);
  });

  it('lists, on each day’s pages, every session of that day exactly once, and no other', async () => {
    const days = [...new Set(sessions.map((session) => session.day))].sort();
    const sessionIds = new Set(sessions.map((session) => session.id));
    for (const locale of locales) {
      const programme = `/${locale}/${uiStrings(locale).routes.programme}/`;
      for (const day of days) {
        const dayPages = [...(pages.get('day') ?? []), ...(pages.get('day (part)') ?? [])].filter(({ path }) => path.startsWith(`${programme}${day}/`));
        expect(dayPages.length, `${programme}${day}/`).toBeGreaterThan(0);
        const linked: string[] = [];
        for (const { file } of dayPages) {
          const $ = load(await readFile(join(dist, file), 'utf8'));
          const hrefs = $('main a[href]').map((_, link) => $(link).attr('href')!).get();
          // A session may be linked twice on its page (title, image…), but from one page only.
          linked.push(...new Set(hrefs.filter((href) => href.startsWith(programme)).map((href) => href.slice(programme.length).replace(/\/$/, '')).filter((id) => sessionIds.has(id))));
        }
        const expected = sessions.filter((session) => session.day === day).map((session) => session.id);
        expect(linked.sort(), `${locale} ${day}`).toEqual(expected.sort());
      }
    }
  });

  it('links every day page, and every part of a long day, from the programme and from the day itself', async () => {
    for (const locale of locales) {
      const programme = `/${locale}/${uiStrings(locale).routes.programme}/`;
      const overview = load(await readFile(join(dist, locale, uiStrings(locale).routes.programme, 'index.html'), 'utf8'));
      const fromOverview = new Set(overview('main a[href]').map((_, link) => overview(link).attr('href')).get());
      for (const { path } of (pages.get('day') ?? []).filter((page) => page.path.startsWith(programme))) expect(fromOverview.has(path), path).toBe(true);
      for (const { path } of (pages.get('day (part)') ?? []).filter((page) => page.path.startsWith(programme))) {
        const firstPart = load(await readFile(join(dist, path.replace(/\d+\/$/, ''), 'index.html'), 'utf8'));
        expect(firstPart(`a[href="${path}"]`).length, `${path} from its day`).toBeGreaterThan(0);
      }
    }
  });
});
