/**
 * Scale cannot break silently: the example conference with 1,500 generated sessions in every
 * language stays within the page budgets (session, programme and day pages, home, My programme,
 * audience pages), its day pages (cut into parts on long days) list every session of their day
 * exactly once, each linked to its page, and so do each audience's pages (cut by day) for it;
 * the filter's counts are in tally files, not in the pages, and right. Its day tables, with many
 * rooms side by side, are checked in Chromium (wide-day-tables.ts). Its speakers index is cut by
 * initial letter, every page within budget, listing everyone once under their letter in the
 * page's order; its fullest letter page fits a phone and a desktop and passes axe (en and ar).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/content.ts';
import { pageKind } from '../../scripts/bench/dist-report.ts';
import type { SyntheticSession } from '../../scripts/bench/synthetic.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { countMatching, tallyFile, tallyRef, type FilterState, type TallyFile } from '../../src/lib/filter-state.ts';
import { axeTags } from '../gates/accessibility.ts';
import { budgets } from '../gates/budgets.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/server.ts';
import { buildSite, projectRoot } from '../helpers/build.ts';
import { contentFolder, readFrontmatter } from '../helpers/content-read.ts';
import { exampleContent } from '../helpers/fixtures.ts';
import { visitorFiles } from '../helpers/dist.ts';
import { wallClockInstant } from '../helpers/wall-time.ts';
import { wideDayTables } from './wide-day-tables.ts';

const SESSIONS = 1500;
const example = join(projectRoot, 'examples/open-data-summit/content');

let work: string;
let dist: string;
let sessions: SyntheticSession[];
let locales: string[];
/** Every person's name, by id, as the content folder gives it. */
let people: Map<string, string>;
/** Every HTML page by kind (`session`, `day`, `day (part)`, `programme`…), as site paths → file. */
const pages = new Map<string, { path: string; file: string }[]>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scale-test-'));
  const content = join(work, 'content');
  sessions = await writeSyntheticContent(example, content, SESSIONS);
  const { defaultLocale } = contentFolder(exampleContent).conference;
  const ids = await readdir(join(content, 'speakers'));
  people = new Map(ids.map((id) => [id, readFrontmatter<{ name: string }>(join(content, 'speakers', id, `index.${defaultLocale}.mdx`)).name]));
  locales = [...sessions[0]!.texts.keys()];
  // Built during the conference, a minute into a session in the middle of the programme: the home page then lists what is live and next.
  const middle = [...sessions].sort((a, b) => `${a.day}${a.start}`.localeCompare(`${b.day}${b.start}`))[Math.floor(sessions.length / 2)]!;
  const now = new Date(wallClockInstant(middle.day, middle.start, contentFolder(exampleContent).conference.timeZone).getTime() + 60_000);
  const build = await buildSite({ content, now: now.toISOString() });
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

  it(`keeps the home page, My programme and every audience page within ${kb(budgets.homeHtml)}, ${kb(budgets.myProgrammeHtml)} and ${kb(budgets.audienceHtml)} of gzip HTML`, async () => {
    expect(pages.get('home')?.length).toBe(locales.length);
    expect(pages.get('myProgramme')?.length).toBe(locales.length);
    // Measured while it lists what is live and next, its heaviest moment.
    const home = load(await readFile(join(dist, locales[0]!, 'index.html'), 'utf8'));
    expect(home('[data-now-next] [data-phase="during"]').attr('hidden')).toBeUndefined();
    expect(home('[data-now-next] [data-group="live"] li').length).toBeGreaterThan(0);
    expect(await overBudget(['home'], budgets.homeHtml)).toEqual([]);
    expect(await overBudget(['myProgramme'], budgets.myProgrammeHtml)).toEqual([]);
    expect(await overBudget(['audiences/…'], budgets.audienceHtml)).toEqual([]);
  });

  it('says on the home page, for after the event, that the session pages hold the recordings, rather than listing them', async () => {
    for (const locale of locales) {
      const $ = load(await readFile(join(dist, locale, 'index.html'), 'utf8'));
      expect($('.after-event__sessions').length, locale).toBe(0);
      expect($('.after-event').text(), locale).toContain(uiStrings(locale).lightPages.remainsOnSessionPages);
      expect($(`.after-event a[href="/${locale}/${uiStrings(locale).routes.programme}/"]`).length, locale).toBe(1);
    }
  });

  it('prints the heaviest page of each kind', async () => {
    const rows: string[] = [];
    for (const [kind, ofKind] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
      let heaviest = { path: '', bytes: 0 };
      for (const { path, file } of ofKind) {
        const bytes = await gzipOf(file);
        if (bytes > heaviest.bytes) heaviest = { path, bytes };
      }
      rows.push(`${kind.padEnd(14)} ${String(ofKind.length).padStart(6)} pages, heaviest ${kb(heaviest.bytes).padStart(8)}  ${heaviest.path}`);
    }
    console.log(`Heaviest page of each kind at ${SESSIONS} sessions (gzip HTML):\n${rows.join('\n')}`);
    expect(rows.length).toBeGreaterThan(0);
  });

  /** The session ids linked from the main part of these pages, each page counted once per session. */
  async function sessionsLinkedFrom(files: string[], programme: string, sessionIds: Set<string>): Promise<string[]> {
    const linked: string[] = [];
    for (const file of files) {
      const $ = load(await readFile(join(dist, file), 'utf8'));
      const hrefs = $('main a[href]').map((_, link) => $(link).attr('href')!).get();
      // A session may be linked twice on its page (title, image…), but from one page only.
      linked.push(...new Set(hrefs.filter((href) => href.startsWith(programme)).map((href) => href.slice(programme.length).replace(/\/$/, '')).filter((id) => sessionIds.has(id))));
    }
    return linked.sort();
  }

  it('lists, on each audience’s pages (cut by day), every session of that audience exactly once, and links each of its pages from its first page', async () => {
    const sessionIds = new Set(sessions.map((session) => session.id));
    const audiences = [...new Set(sessions.flatMap((session) => session.audiences))].sort();
    for (const locale of locales) {
      const { programme: programmeSegment, audiences: audiencesSegment } = uiStrings(locale).routes;
      for (const audience of audiences) {
        const first = `/${locale}/${audiencesSegment}/${audience}/`;
        const audiencePages = (pages.get('audiences/…') ?? []).filter(({ path }) => path.startsWith(first));
        const expected = sessions.filter((session) => session.audiences.includes(audience)).map((session) => session.id);
        // At this size every audience has more sessions than a page lists: it is cut by day.
        expect(audiencePages.length, first).toBeGreaterThan(1);
        expect(await sessionsLinkedFrom(audiencePages.map(({ file }) => file), `/${locale}/${programmeSegment}/`, sessionIds), first).toEqual(expected.sort());
        const firstPage = load(await readFile(join(dist, first.slice(1), 'index.html'), 'utf8'));
        for (const { path } of audiencePages.filter((page) => page.path !== first && !/\/\d+\/$/.test(page.path))) expect(firstPage(`a[href="${path}"]`).length, `${path} from ${first}`).toBeGreaterThan(0);
        for (const { path } of audiencePages.filter((page) => /\/\d+\/$/.test(page.path))) {
          const dayPage = load(await readFile(join(dist, path.replace(/\d+\/$/, '').slice(1), 'index.html'), 'utf8'));
          expect(dayPage(`a[href="${path}"]`).length, `${path} from its day`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('lists, on each day’s pages, every session of that day exactly once, and no other', async () => {
    const days = [...new Set(sessions.map((session) => session.day))].sort();
    const sessionIds = new Set(sessions.map((session) => session.id));
    for (const locale of locales) {
      const programme = `/${locale}/${uiStrings(locale).routes.programme}/`;
      for (const day of days) {
        const dayPages = [...(pages.get('day') ?? []), ...(pages.get('day (part)') ?? [])].filter(({ path }) => path.startsWith(`${programme}${day}/`));
        expect(dayPages.length, `${programme}${day}/`).toBeGreaterThan(0);
        const expected = sessions.filter((session) => session.day === day).map((session) => session.id);
        expect(await sessionsLinkedFrom(dayPages.map(({ file }) => file), programme, sessionIds), `${locale} ${day}`).toEqual(expected.sort());
      }
    }
  });

  it('carries on programme and day pages only short references to the filter’s counts, whose files count right', async () => {
    const files = new Map<string, TallyFile>();
    const tallyOf = async (ref: string) => {
      const file = tallyFile(ref);
      if (!files.has(file)) files.set(file, JSON.parse(await readFile(join(dist, 'tallies', `${file}.json`), 'utf8')));
      const found = files.get(file)![ref];
      expect(found, `${ref} in ${file}.json`).toBeDefined();
      return found!;
    };
    for (const { path, file } of ['programme', 'day', 'day (part)'].flatMap((kind) => pages.get(kind) ?? [])) {
      const $ = load(await readFile(join(dist, file), 'utf8'));
      const refs = $('[data-tally-of]').map((_, element) => $(element).attr('data-tally-of')!).get();
      expect(refs.length, path).toBeGreaterThan(1);
      for (const ref of new Set(refs)) await tallyOf(ref);
      // Nothing that grows with the audiences × rooms is written into the page.
      const long = $('*')
        .toArray()
        .flatMap((element) => Object.entries('attribs' in element ? element.attribs : {}).filter(([name, value]) => name.startsWith('data-') && value.length > 200).map(([name]) => name));
      expect(long, path).toEqual([]);
    }
    const audiences = [...new Set(sessions.flatMap((session) => session.audiences))];
    const filters: FilterState[] = [{}, ...audiences.flatMap((audience) => [{ audience }, { audience, room: sessions[0]!.room! }]), { room: sessions[1]!.room! }];
    const matching = (day: string | undefined, state: FilterState) =>
      sessions.filter((s) => (!day || s.day === day) && (!state.audience || s.audiences.includes(state.audience)) && (!state.room || s.room === state.room)).length;
    for (const state of filters) {
      expect(countMatching(await tallyOf(tallyRef()), state), JSON.stringify(state)).toBe(matching(undefined, state));
      for (const day of new Set(sessions.map((session) => session.day))) {
        expect(countMatching(await tallyOf(tallyRef(day)), state), `${day} ${JSON.stringify(state)}`).toBe(matching(day, state));
        const parts = Object.entries(files.get(day) ?? {});
        if (parts.length > 0) expect(parts.reduce((sum, [, counts]) => sum + countMatching(counts, state), 0), `${day}'s parts ${JSON.stringify(state)}`).toBe(matching(day, state));
      }
    }
  });

  it('links, without JavaScript, each audience’s page of the same day from a day page', async () => {
    for (const locale of locales) {
      const { programme, audiences } = uiStrings(locale).routes;
      for (const day of new Set(sessions.map((session) => session.day))) {
        const $ = load(await readFile(join(dist, locale, programme, day, 'index.html'), 'utf8'), { scriptingEnabled: false });
        const linked = $('.programme-filter__pages a').map((_, link) => $(link).attr('href')).get().sort();
        const expected = [...new Set(sessions.filter((session) => session.day === day).flatMap((session) => session.audiences))].map((id) => `/${locale}/${audiences}/${id}/${day}/`);
        expect(linked, `${locale} ${day}`).toEqual(expected.sort());
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

describe(`the speakers index of ${SESSIONS} sessions`, () => {
  it(`keeps every page of the speakers index within ${kb(budgets.speakersIndexHtml)} of gzip HTML`, async () => {
    expect(pages.get('speakers')?.length).toBe(locales.length);
    expect(await overBudget(['speakers', 'speakers (letter)'], budgets.speakersIndexHtml)).toEqual([]);
  });

  it('is cut by initial letter: every person once, under the letter their name begins with, in the page language’s order', async () => {
    // Larger than one page: the index is cut (src/data/people.ts), into at least a page per letter.
    expect(people.size).toBeGreaterThan(500);
    /** The first letter without accents, in capitals: what a reader expects the group to be. */
    const initial = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleUpperCase();
    const sitemapXml = load(await readFile(join(dist, 'sitemap.xml'), 'utf8'), { xml: true });
    const sitemap = new Set(sitemapXml('url > loc').map((_, loc) => new URL(sitemapXml(loc).text()).pathname).get());
    for (const locale of locales) {
      const speakers = `/${locale}/${uiStrings(locale).routes.speakers}/`;
      const collator = new Intl.Collator(locale);
      const letterPages = (pages.get('speakers (letter)') ?? []).filter(({ path }) => path.startsWith(speakers));
      expect(letterPages.length, locale).toBeGreaterThan(5);
      const overview = load(await readFile(join(dist, locale, uiStrings(locale).routes.speakers, 'index.html'), 'utf8'));
      expect(overview('main .people').length, `${speakers} lists letters, not people`).toBe(0);
      const listed: string[] = [];
      for (const { path, file } of letterPages) {
        const $ = load(await readFile(join(dist, file), 'utf8'));
        // The letter bar is plain links, this page's letter marked; the overview links each letter's first page.
        const letterPath = path.replace(/\d+\/$/, '');
        expect($(`nav a[href="${letterPath}"][aria-current="page"]`).length, path).toBe(1);
        expect(overview(`main a[href="${letterPath}"]`).length, `${letterPath} from ${speakers}`).toBeGreaterThan(0);
        if (letterPath !== path) expect($(`nav a[href="${path}"][aria-current="page"]`).length, `${path} marked in its parts`).toBe(1);
        const ids = $('main .people a[href]').map((_, link) => $(link).attr('href')!.slice(speakers.length).replace(/\/$/, '')).get();
        const names = ids.map((id) => people.get(id)!);
        expect(names.every(Boolean), path).toBe(true);
        expect(new Set(names.map(initial)).size, `${path} holds one letter: ${[...new Set(names.map(initial))].join(' ')}`).toBe(1);
        expect(names, `${path} in ${locale} order`).toEqual([...names].sort(collator.compare));
        expect($('main').attr('data-pagefind-body'), `${path} stays out of the search index`).toBeUndefined();
        expect(sitemap.has(path), `${path} in the sitemap`).toBe(true);
        listed.push(...ids);
      }
      expect(listed.sort(), locale).toEqual([...people.keys()].sort());
    }
  });

  it.each([
    ['en', 390],
    ['en', 1280],
    ['ar', 390],
    ['ar', 1280],
  ] as const)('shows the part of a letter with the most people (%s, %d px) without sideways scrolling, and passes axe', async (locale, width) => {
    const speakers = `/${locale}/${uiStrings(locale).routes.speakers}/`;
    let fullest = { path: '', count: 0 };
    for (const { path, file } of (pages.get('speakers (letter)') ?? []).filter(({ path }) => path.startsWith(speakers))) {
      const count = load(await readFile(join(dist, file), 'utf8'))('main .people > li').length;
      if (count > fullest.count) fullest = { path, count };
    }
    expect(fullest.count, `${locale}: a letter page lists people`).toBeGreaterThan(0);
    const [server, browser] = await Promise.all([serveStatic(dist), launchBrowser()]);
    try {
      const tab = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      expect((await tab.goto(new URL(fullest.path.slice(1), server.url).href))?.ok(), fullest.path).toBe(true);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${fullest.path} fits ${width} px`).toBe(true);
      const axe = await new AxeBuilder({ page: tab }).options({ resultTypes: ['violations'] }).withTags(axeTags).analyze();
      expect(axe.violations.map((rule) => `${rule.id}: ${rule.nodes.map((node) => node.target.join(' ')).join(', ')}`), fullest.path).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

wideDayTables(() => ({ distDir: dist, dayPages: [...(pages.get('day') ?? []), ...(pages.get('day (part)') ?? [])].map(({ path }) => path) }));
