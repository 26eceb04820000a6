/**
 * `npm run bench [-- --sessions 500 --runs 3 --keep]`: how much slower the full site builds
 * than a bare Astro + MDX + Pagefind project rendering the same texts, on a synthetic
 * programme of N sessions in every language of the content (docs/performance.md).
 *
 * Site and baseline builds alternate, each from a cold cache, and every figure is the
 * median of the runs. Then it measures what a first search costs in Chromium, on the
 * synthetic site and on the real one. It only reports: noise never fails anything.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readShape, writeSyntheticContent } from './content.ts';
import { measure, measureSteps, median, type Measured } from './measure.ts';
import { snapshotSite, writeBaseline } from './projects.ts';
import { commonWord, measureSearch, totalBytes, type SearchCost } from './search-cost.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const { values: options } = parseArgs({
  options: {
    sessions: { type: 'string', default: '500' },
    runs: { type: 'string', default: '3' },
    /** Keep the temporary folder, to look at the built sites. */
    keep: { type: 'boolean', default: false },
    /** Skip the Chromium measurements. */
    'no-search': { type: 'boolean', default: false },
  },
});
const sessionCount = Number(options.sessions);
const runs = Number(options.runs);
if (!Number.isInteger(sessionCount) || sessionCount < 1 || !Number.isInteger(runs) || runs < 1) {
  throw new Error('--sessions and --runs take whole numbers of at least 1, e.g. --sessions 1000 --runs 5');
}

const sourceContent = resolve(projectRoot, process.env['CONFERENCE_CONTENT']?.trim() || 'content');
const work = await mkdtemp(join(tmpdir(), 'conference-bench-'));
const log = (message: string) => console.log(`[bench] ${message}`);

const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(projectRoot, 'node_modules/.bin/pagefind');
const quietEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

interface Contender {
  name: 'site' | 'baseline';
  dir: string;
  build: (cacheDir: string) => Promise<Measured>;
  results: { measured: Measured; pages: number }[];
}

/** HTML pages in a built site. */
async function countPages(dist: string): Promise<number> {
  const files = await readdir(dist, { recursive: true });
  return files.filter((file) => file.endsWith('.html')).length;
}

function astroBuild(dir: string, cacheDir: string, content?: string, outDir = join(dir, 'dist')) {
  return {
    command: process.execPath,
    args: [astro, 'build', '--outDir', outDir],
    env: { ...quietEnv, ASTRO_CACHE_DIR: cacheDir, ...(content ? { CONFERENCE_CONTENT: content } : {}) },
  };
}

try {
  const content = join(work, 'content');
  log(`writing ${sessionCount} synthetic sessions from ${sourceContent} to ${content}`);
  await writeSyntheticContent(sourceContent, content, sessionCount);
  const siteDir = await snapshotSite(projectRoot, join(work, 'site'));
  const baselineDir = await writeBaseline(projectRoot, join(work, 'baseline'), join(content, 'sessions'));

  const contenders: Contender[] = [
    {
      name: 'site',
      dir: siteDir,
      results: [],
      build: (cacheDir) => {
        const step = astroBuild(siteDir, cacheDir, content);
        return measure(step.command, step.args, { cwd: siteDir, env: step.env });
      },
    },
    {
      name: 'baseline',
      dir: baselineDir,
      results: [],
      build: (cacheDir) => {
        const step = astroBuild(baselineDir, cacheDir);
        return measureSteps([step, { command: pagefind, args: ['--site', join(baselineDir, 'dist')] }], { cwd: baselineDir, env: step.env });
      },
    },
  ];

  for (let run = 0; run < runs; run++) {
    // Alternate who goes first, so a slow patch of the machine does not always hit the same one.
    for (const contender of run % 2 === 0 ? contenders : [...contenders].reverse()) {
      const dist = join(contender.dir, 'dist');
      await rm(dist, { recursive: true, force: true });
      const measured = await contender.build(join(work, `cache-${contender.name}-${run}`));
      if (measured.code !== 0) throw new Error(`The ${contender.name} build failed:\n${measured.output.slice(-4000)}`);
      const pages = await countPages(dist);
      contender.results.push({ measured, pages });
      log(`run ${run + 1}/${runs} ${contender.name}: ${seconds(measured.wallMs)} wall, ${seconds(measured.cpuMs)} CPU, ${megabytes(measured.peakRssBytes)} peak, ${pages} pages`);
    }
  }

  const summary = contenders.map((contender) => ({
    name: contender.name,
    pages: contender.results[0]!.pages,
    wallMs: median(contender.results.map((result) => result.measured.wallMs)),
    cpuMs: median(contender.results.map((result) => result.measured.cpuMs)),
    peakRssBytes: median(contender.results.map((result) => result.measured.peakRssBytes)),
  }));
  const [site, baseline] = summary as [(typeof summary)[0], (typeof summary)[0]];

  let searches: { label: string; cost: SearchCost | undefined }[] = [];
  if (!options['no-search']) {
    const shape = await readShape(content);
    const locale = shape.locales.includes('en') ? 'en' : shape.locales[0]!;
    log('building the real site for the search measurement');
    const realDist = join(siteDir, 'dist-real');
    const real = astroBuild(siteDir, join(work, 'cache-real'), sourceContent, realDist);
    const realBuild = await measure(real.command, real.args, { cwd: siteDir, env: real.env });
    if (realBuild.code !== 0) throw new Error(`The real site did not build:\n${realBuild.output.slice(-4000)}`);
    const realWords = (await readShape(sourceContent)).words.get(locale) ?? [];
    log('measuring search in Chromium');
    searches = [
      { label: `real site (${await countPages(realDist)} pages)`, cost: await measureSearch(realDist, locale, commonWord(realWords)) },
      { label: `synthetic site (${site.pages} pages)`, cost: await measureSearch(join(siteDir, 'dist'), locale, commonWord(shape.words.get(locale) ?? [])) },
    ];
  }

  const ratio = site.wallMs / baseline.wallMs;
  console.log(`
## Build: ${sessionCount} sessions × ${(await readShape(content)).locales.length} languages, median of ${runs} alternating runs

| | Pages | Wall time | ms per page | CPU time | Peak RSS (process tree) |
| --- | ---: | ---: | ---: | ---: | ---: |
${summary.map((row) => `| ${row.name} | ${row.pages} | ${seconds(row.wallMs)} | ${(row.wallMs / row.pages).toFixed(1)} | ${seconds(row.cpuMs)} | ${megabytes(row.peakRssBytes)} |`).join('\n')}

Ratio site/baseline: **${ratio.toFixed(2)}** wall time (target ≤ 1.3), ${(site.cpuMs / baseline.cpuMs).toFixed(2)} CPU time, ${((site.wallMs / site.pages) / (baseline.wallMs / baseline.pages)).toFixed(2)} per page.
Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${megabytes(totalmem())} memory, Node ${process.versions.node}; load average now ${loadAverage()}.
`);
  for (const { label, cost } of searches) {
    if (!cost) {
      console.log(`## Search, ${label}: no search page found (a page with <pagefind-results>), not measured.\n`);
      continue;
    }
    console.log(`## Search, ${label}: "${cost.query}" on ${cost.page}

| Pagefind files | Files | Bytes as served | Bytes with gzip (text files) |
| --- | ---: | ---: | ---: |
| loaded with the page | ${cost.onLoad.length} | ${kilobytes(totalBytes(cost.onLoad, 'bytes'))} | ${kilobytes(totalBytes(cost.onLoad, 'gzipBytes'))} |
| fetched for the first query | ${cost.firstQuery.length} | ${kilobytes(totalBytes(cost.firstQuery, 'bytes'))} | ${kilobytes(totalBytes(cost.firstQuery, 'gzipBytes'))} |

First query: ${cost.firstQuery.map((file) => `${file.path.replace(/^.*\/pagefind\//, '')} ${kilobytes(file.gzipBytes)}`).join(', ')}.
Last keystroke to first result (includes the search page's pause after typing): median ${Math.round(median(cost.keystrokeToResultMs))} ms (${cost.keystrokeToResultMs.map(Math.round).join(', ')}); ${cost.results} results shown first.
`);
  }
} finally {
  if (options.keep) log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

function seconds(ms: number): string {
  return Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(1)} s`;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MiB`;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function loadAverage(): string {
  return loadavg().map((value) => value.toFixed(2)).join(', ');
}
