/**
 * `npm run bench [-- --sessions 500,1500,5000 --runs 3 --warm 1500 --keep --no-search]`: how much
 * slower the full site builds than a bare Astro + MDX + Pagefind project rendering the same
 * texts, on a synthetic programme of N sessions (in parallel rooms, with speakers, photos,
 * recordings and resources) in every language of the content (docs/performance.md).
 *
 * For each size, site and baseline builds alternate, each from a cold cache, and every figure
 * is the median of the runs; then the heaviest page of each kind and the size of dist/, what a
 * first search costs in Chromium and, with --warm, rebuilds after one session changed, with
 * the cache of the first build kept. It only reports: noise never fails anything.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentFolder } from '../../src/lib/content-reader.ts';
import { readShape, writeSyntheticContent } from './content.ts';
import { distReport, type DistReport } from './dist-report.ts';
import { measure, measureSteps, median, type Measured } from './measure.ts';
import { snapshotSite, writeBaseline } from './projects.ts';
import { commonWord, measureSearch, totalBytes, type SearchCost } from './search-cost.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(projectRoot, 'node_modules/.bin/pagefind');
const log = (message: string) => console.log(`[bench] ${message}`);

interface Step {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * A build (run in the project's folder) with its own cache and output. The site is built as
 * hosts build it, by `npm run build`'s script in the site's folder (scripts/build.ts: `astro
 * build`, then the search index), from a content folder; the baseline by `astro build`.
 */
function astroBuild(cacheDir: string, outDir: string, site?: { dir: string; content: string }): Step {
  return {
    command: process.execPath,
    args: [...(site ? [join(site.dir, 'scripts/build.ts')] : [astro, 'build']), '--outDir', outDir],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir, ...(site ? { CONFERENCE_CONTENT: site.content } : {}) },
  };
}

/** HTML pages in a built site. */
async function countPages(dist: string): Promise<number> {
  const files = await readdir(dist, { recursive: true });
  return files.filter((file) => file.endsWith('.html')).length;
}

interface Contender {
  name: 'site' | 'baseline';
  /** The build's output folder; inside the project, so Node finds its node_modules from there. */
  dist: string;
  build: (cacheDir: string) => Promise<Measured>;
}

interface Summary {
  name: Contender['name'];
  pages: number;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
}

/** Builds each contender `runs` times, alternating who goes first, each time from a cold cache; returns the medians. */
async function race(contenders: Contender[], runs: number, work: string): Promise<Summary[]> {
  const results = new Map(contenders.map((contender) => [contender.name, [] as { measured: Measured; pages: number }[]]));
  for (let run = 0; run < runs; run++) {
    // Alternating spreads a slow patch of the machine over both.
    for (const contender of run % 2 === 0 ? contenders : [...contenders].reverse()) {
      await rm(contender.dist, { recursive: true, force: true });
      const measured = await contender.build(join(work, `cache-${contender.name}-${run}`));
      if (measured.code !== 0) throw new Error(`The ${contender.name} build failed:\n${measured.output.slice(-4000)}`);
      const pages = await countPages(contender.dist);
      results.get(contender.name)!.push({ measured, pages });
      log(`run ${run + 1}/${runs} ${contender.name}: ${seconds(measured.wallMs)} wall, ${seconds(measured.cpuMs)} CPU, ${megabytes(measured.peakRssBytes)} peak, ${pages} pages`);
    }
  }
  return contenders.map(({ name }) => {
    const runsOf = results.get(name)!;
    const medianOf = (pick: (measured: Measured) => number) => median(runsOf.map((result) => pick(result.measured)));
    return {
      name,
      pages: runsOf[0]!.pages,
      wallMs: medianOf((m) => m.wallMs),
      cpuMs: medianOf((m) => m.cpuMs),
      peakRssBytes: medianOf((m) => m.peakRssBytes),
    };
  });
}

interface SearchReport {
  label: string;
  cost: SearchCost | undefined;
}

/** Search cost on the synthetic site and, once per bench, on the real one (built here, not timed). */
async function searchReports(siteDir: string, syntheticDist: string, syntheticContent: string, sourceContent: string | undefined, work: string): Promise<SearchReport[]> {
  const synthetic = await readShape(syntheticContent);
  const locale = synthetic.locales.includes('en') ? 'en' : synthetic.locales[0]!;
  const reports: SearchReport[] = [];
  if (sourceContent) {
    log('building the real site for the search measurement');
    const realDist = join(siteDir, 'dist-real');
    const step = astroBuild(join(work, 'cache-real'), realDist, { dir: siteDir, content: sourceContent });
    const build = await measure(step.command, step.args, { cwd: siteDir, env: step.env });
    if (build.code !== 0) throw new Error(`The real site did not build:\n${build.output.slice(-4000)}`);
    const real = await readShape(sourceContent);
    log('measuring search in Chromium on the real site');
    reports.push({ label: `real site (${await countPages(realDist)} pages)`, cost: await measureSearch(realDist, locale, commonWord(real.words.get(locale) ?? [])) });
  }
  log('measuring search in Chromium on the synthetic site');
  reports.push({ label: `synthetic site (${await countPages(syntheticDist)} pages)`, cost: await measureSearch(syntheticDist, locale, commonWord(synthetic.words.get(locale) ?? [])) });
  return reports;
}

const loadNow = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

function buildReport(summary: Summary[], sessions: number, locales: number, runs: number, loadBefore: string): string {
  const [site, baseline] = summary as [Summary, Summary];
  const perPage = (row: Summary) => row.wallMs / row.pages;
  return `
## Build: ${sessions} sessions × ${locales} languages, median of ${runs} alternating run${runs > 1 ? 's' : ''}

| | Pages | Wall time | Pages per second | ms per page | CPU time | Peak RSS (process tree) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${summary.map((row) => `| ${row.name} | ${row.pages} | ${seconds(row.wallMs)} | ${(row.pages / (row.wallMs / 1000)).toFixed(0)} | ${perPage(row).toFixed(1)} | ${seconds(row.cpuMs)} | ${megabytes(row.peakRssBytes)} |`).join('\n')}

Ratio site/baseline: **${(site.wallMs / baseline.wallMs).toFixed(2)}** wall time (target ≤ 1.3), ${(site.cpuMs / baseline.cpuMs).toFixed(2)} CPU time, ${(perPage(site) / perPage(baseline)).toFixed(2)} wall time per page.
Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${megabytes(totalmem())} memory, Node ${process.versions.node}; load average ${loadBefore} before, ${loadNow()} after (1, 5, 15 min).
`;
}

function distSection(report: DistReport): string {
  return `
## Site output: ${report.pages} pages, dist/ ${megabytes(report.totalBytes)}

| Page kind | Pages | Heaviest (gzip HTML) | Page |
| --- | ---: | ---: | --- |
${report.heaviest.map((row) => `| ${row.kind} | ${row.pages} | ${kilobytes(row.gzipBytes)} | ${row.path} |`).join('\n')}

| Files in dist/ | Files | Size |
| --- | ---: | ---: |
${report.files.map((group) => `| ${group.group} | ${group.files} | ${megabytes(group.bytes)} |`).join('\n')}
`;
}

/** A rebuild's figures. */
interface Rebuild {
  what: string;
  run: Measured;
}

function warmReport(cold: Summary, rebuilds: Rebuild[]): string {
  const row = (what: string, run: Pick<Measured, 'wallMs' | 'cpuMs' | 'peakRssBytes'>) => `| ${what} | ${seconds(run.wallMs)} | ${seconds(run.cpuMs)} | ${megabytes(run.peakRssBytes)} |`;
  return `
## Rebuilds with the cache folder of a cold build kept (content store, images and the kept build)

| Site build | Wall time | CPU time | Peak RSS |
| --- | ---: | ---: | ---: |
${row('cold (median above)', cold)}
${rebuilds.map(({ what, run }) => row(what, run)).join('\n')}
`;
}

function searchReport({ label, cost }: SearchReport): string {
  if (!cost) return `## Search, ${label}: no search page (a page with <pagefind-results>), not measured.\n`;
  const row = (what: string, files: SearchCost['onLoad']) => `| ${what} | ${files.length} | ${kilobytes(totalBytes(files, 'bytes'))} | ${kilobytes(totalBytes(files, 'gzipBytes'))} |`;
  return `## Search, ${label}: "${cost.query}" on ${cost.page}

| Pagefind files | Files | Bytes as served | Bytes with gzip (text files) |
| --- | ---: | ---: | ---: |
${row('loaded with the page', cost.onLoad)}
${row('fetched for the first query', cost.firstQuery)}

First query: ${cost.firstQuery.map((file) => `${file.path.replace(/^.*\/pagefind\//, '')} ${kilobytes(file.gzipBytes)}`).join(', ')}.
Last keystroke to first result (includes the search page's pause after typing): median ${Math.round(median(cost.keystrokeToResultMs))} ms (${cost.keystrokeToResultMs.map(Math.round).join(', ')}); ${cost.results} results shown first.
`;
}

function seconds(ms: number): string {
  return Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(1)} s`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MiB`;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

const { values: options } = parseArgs({
  options: {
    /** One size or several, comma-separated, measured one after the other in one sitting. */
    sessions: { type: 'string', default: '500' },
    runs: { type: 'string', default: '3' },
    /** Parallel rooms; default: about eight sessions a room a day. */
    rooms: { type: 'string' },
    /** People named as speakers and moderators; default: 0.6 per session. */
    speakers: { type: 'string' },
    /** Share of people with a photo, 0 to 1. */
    photos: { type: 'string', default: '0.5' },
    /** At these sizes (comma-separated), also measure rebuilds keeping the cache of a cold build: unchanged, then one session changed three ways. */
    warm: { type: 'string', default: '' },
    /** Keep the temporary folder, to look at the built sites. */
    keep: { type: 'boolean', default: false },
    /** Skip the Chromium measurements. */
    'no-search': { type: 'boolean', default: false },
  },
});
const sizes = options.sessions.split(',').map(Number);
const runs = Number(options.runs);
const warmSizes = options.warm.split(',').filter(Boolean).map(Number);
const whole = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const photoShare = Number(options.photos);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(runs) || runs < 1 || !(photoShare >= 0 && photoShare <= 1)) {
  throw new Error('--sessions and --runs take whole numbers of at least 1 (--sessions also a list, e.g. 500,1500), --photos a share from 0 to 1, e.g. --sessions 1000 --runs 5 --photos 0.5');
}

/** Edits the first session's file in the default language, as an editor would: `change` gets its text. */
async function editFirstSession(content: string, change: (text: string) => string): Promise<string> {
  const shape = await readShape(content);
  const [first] = (await readdir(join(content, 'sessions'))).sort();
  const file = join(content, 'sessions', first!, `index.${shape.defaultLocale}.mdx`);
  await writeFile(file, change(await readFile(file, 'utf8')));
  return `sessions/${first}/index.${shape.defaultLocale}.mdx`;
}

const sourceContent = resolve(projectRoot, contentFolder());
const work = await mkdtemp(join(tmpdir(), 'conference-bench-'));
try {
  const siteDir = await snapshotSite(projectRoot, join(work, 'site'));
  const reports: string[] = [];
  for (const [index, sessions] of sizes.entries()) {
    const content = join(work, `content-${sessions}`);
    log(`writing ${sessions} synthetic sessions from ${sourceContent} to ${content}`);
    await writeSyntheticContent(sourceContent, content, sessions, { rooms: whole(options.rooms), speakers: whole(options.speakers), photoShare });
    const baselineDir = await writeBaseline(projectRoot, join(work, `baseline-${sessions}`), join(content, 'sessions'));
    const siteDist = join(siteDir, `dist-${sessions}`);
    const baselineDist = join(baselineDir, 'dist');
    const loadBefore = loadNow();
    const summary = await race(
      [
        {
          name: 'site',
          dist: siteDist,
          build: (cacheDir) => {
            const step = astroBuild(cacheDir, siteDist, { dir: siteDir, content });
            return measure(step.command, step.args, { cwd: siteDir, env: step.env });
          },
        },
        {
          name: 'baseline',
          dist: baselineDist,
          build: (cacheDir) => {
            const step = astroBuild(cacheDir, baselineDist);
            return measureSteps([step, { command: pagefind, args: ['--site', baselineDist] }], { cwd: baselineDir, env: step.env });
          },
        },
      ],
      runs,
      join(work, `caches-${sessions}`),
    );
    reports.push(buildReport(summary, sessions, (await readShape(content)).locales.length, runs, loadBefore));
    reports.push(distSection(await distReport(siteDist)));

    if (warmSizes.includes(sessions)) {
      // The cache of the site's first run (kept by race), as a host that keeps it between builds.
      const step = astroBuild(join(work, `caches-${sessions}`, 'cache-site-0'), siteDist, { dir: siteDir, content });
      const rebuild = async (what: string): Promise<Rebuild> => {
        const run = await measure(step.command, step.args, { cwd: siteDir, env: step.env });
        if (run.code !== 0) throw new Error(`The build "${what}" failed:\n${run.output.slice(-4000)}`);
        log(`${what}: ${seconds(run.wallMs)} wall, ${seconds(run.cpuMs)} CPU`);
        return { what, run };
      };
      log('rebuilds: nothing changed, then one description, one summary, one end time');
      const rebuilds = [await rebuild('nothing changed')];
      // A description shows on its session's page only, a summary on the pages that link to it too,
      // and a time on every list, count and pager (src/lib/page-cache-key.ts).
      const description = await editFirstSession(content, (text) => `${text}\nA sentence an editor added.\n`);
      rebuilds.push(await rebuild(`one session's description changed (${description})`));
      const summaryFile = await editFirstSession(content, (text) => text.replace(/^summary: "/m, 'summary: "Edited. '));
      rebuilds.push(await rebuild(`one session's summary changed (${summaryFile})`));
      const timeFile = await editFirstSession(content, (text) => text.replace(/^end: "(\d\d):(\d\d)"/m, (_, hour: string) => `end: "${hour}:55"`));
      rebuilds.push(await rebuild(`one session's end time changed (${timeFile})`));
      reports.push(warmReport(summary[0]!, rebuilds));
    }

    if (!options['no-search']) {
      try {
        // The real site once, with the first size.
        reports.push(...(await searchReports(siteDir, siteDist, content, index === 0 ? sourceContent : undefined, work)).map(searchReport));
      } catch (error) {
        // A missing browser must not hide the build figures.
        reports.push(`## Search: not measured (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})\n`);
      }
    }
    console.log(reports.join('\n'));
    reports.length = 0;
  }
} finally {
  if (options.keep) log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
