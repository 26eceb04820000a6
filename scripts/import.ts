/**
 * `npm run import -- <file> --into <folder>`: a programme from pretalx, frab, osem (C3VOC
 * schedule.json or frab schedule.xml) or Sessionize (view/All JSON) into a content folder.
 * Everything is converted and checked in a temporary folder first; the folder is replaced
 * only when all of it worked, so a bad file leaves nothing behind. See docs/programme-data.md.
 */
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { parseContent, readContentFiles, textsOf } from '../src/lib/content-reader.ts';
import { importContent, stateFile, type ImportState } from '../src/lib/import-content.ts';
import { formatProblems } from '../src/lib/integrity.ts';
import {
  chooseTimeZone,
  ImportError,
  placeLocalTimes,
  readSchedule,
  scheduleSources,
  type ScheduleSource,
} from '../src/lib/schedule-import.ts';
import { isSlug } from '../src/lib/urls.ts';
import { isValidTimeZone } from '../src/lib/time.ts';
import { checkMdxBody } from '../src/integrations/mdx-body.ts';

const usage = `Usage: npm run import -- <file> --into <folder> [options]

  <file>                 a C3VOC schedule.json (pretalx, frab, osem), a frab schedule.xml or a Sessionize "All data" JSON
  --into <folder>        the content folder to create or update, e.g. content
  --format <format>      ${scheduleSources.join(', ')} (default: detected from the file)
  --audience <id>        audience every new session gets; repeat for several (default: general)
  --language <code>      the folder's default language (default: the folder's, else the talks' most common, else en)
  --time-zone <zone>     IANA zone of the programme, e.g. Europe/Berlin (needed for Sessionize files, whose times have no offset)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: ReturnType<typeof parseArgs<{ allowPositionals: true; options: Record<string, { type: 'string'; multiple?: boolean }> }>>;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { into: { type: 'string' }, format: { type: 'string' }, audience: { type: 'string', multiple: true }, language: { type: 'string' }, 'time-zone': { type: 'string' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n\n${usage}`);
}
const [file] = args.positionals;
const into = args.values['into'] as string | undefined;
if (!file || !into || args.positionals.length > 1) fail(usage);
const format = args.values['format'] as string | undefined;
if (format && !scheduleSources.includes(format as ScheduleSource)) fail(`--format "${format}" is not known; expected one of ${scheduleSources.join(', ')}.`);
const audiences = (args.values['audience'] as string[] | undefined) ?? ['general'];
const badAudience = audiences.find((id) => !isSlug(id));
if (badAudience !== undefined) fail(`--audience "${badAudience}" is not an id; expected lowercase letters, digits and hyphens, e.g. general.`);
const zoneFlag = args.values['time-zone'] as string | undefined;
if (zoneFlag && !isValidTimeZone(zoneFlag)) fail(`--time-zone "${zoneFlag}" is not a time zone; expected an IANA name such as Europe/Berlin.`);

const folder = resolve(into);
let text: string;
try {
  text = await readFile(file, 'utf8');
} catch {
  fail(`Cannot read ${file}: no such file.`);
}

try {
  let schedule = readSchedule(text, format as ScheduleSource | undefined);
  const existing = existsSync(folder) ? textsOf(await readContentFiles(folder)) : new Map<string, string>();
  const conference = existing.has('conference.yaml') ? (yaml.load(existing.get('conference.yaml')!) as { timeZone?: string; defaultLocale?: string } | null) : null;
  const previous = existsSync(join(folder, stateFile)) ? (JSON.parse(await readFile(join(folder, stateFile), 'utf8')) as ImportState) : null;

  // The zone: the folder's own when it has one (instants are kept, written on its clock), else the file's offsets decide.
  let timeZone: string;
  let zoneReason: string;
  if (schedule.source === 'sessionize') {
    timeZone = zoneFlag ?? conference?.timeZone ?? fail('Sessionize files give times without a time zone: add --time-zone, e.g. --time-zone Europe/Berlin.');
    zoneReason = zoneFlag ? 'given with --time-zone (Sessionize times carry no offset)' : "the folder's conference.yaml (Sessionize times carry no offset)";
    schedule = placeLocalTimes(schedule, timeZone);
  } else if (conference?.timeZone) {
    timeZone = conference.timeZone;
    zoneReason = `the folder's conference.yaml; the file's instants are written on that clock`;
  } else {
    ({ timeZone, reason: zoneReason } = chooseTimeZone(schedule.namedTimeZone, schedule.offsets, zoneFlag ?? null));
  }

  const languages = schedule.sessions.map((session) => session.language?.toLowerCase().split(/[-_]/)[0]).filter((code): code is string => Boolean(code));
  const mostCommon = [...new Set(languages)].sort((a, b) => languages.filter((l) => l === b).length - languages.filter((l) => l === a).length)[0];
  const languageFlag = args.values['language'] as string | undefined;
  if (languageFlag && conference?.defaultLocale && languageFlag !== conference.defaultLocale) {
    throw new ImportError(`--language ${languageFlag} is not the folder's default language (${conference.defaultLocale} in conference.yaml), where the imported facts must go; leave --language out.`);
  }
  const language = languageFlag ?? conference?.defaultLocale ?? mostCommon ?? 'en';

  const result = importContent(schedule, existing, previous, { language, timeZone, audiences, conferenceTitle: schedule.title ?? basename(file).replace(/\.[^.]+$/, '') });

  // Everything goes to a temporary folder beside the target, is checked there, then replaces it in one move.
  const temporary = join(dirname(folder), `.${basename(folder)}.import-${process.pid}`);
  await rm(temporary, { recursive: true, force: true });
  try {
    if (existsSync(folder)) await cp(folder, temporary, { recursive: true });
    else await mkdir(temporary, { recursive: true });
    for (const [path, content] of result.files) {
      await mkdir(dirname(join(temporary, path)), { recursive: true });
      await writeFile(join(temporary, path), content);
    }
    await writeFile(join(temporary, stateFile), `${JSON.stringify(result.state, null, 1)}\n`);
    const problems = parseContent(await readContentFiles(temporary), into, checkMdxBody).problems;
    if (problems.length > 0) throw new ImportError(`The imported programme would not pass the content check, so nothing was written:\n${formatProblems(problems)}`);
    const old = join(dirname(folder), `.${basename(folder)}.before-import-${process.pid}`);
    if (existsSync(folder)) await rename(folder, old);
    await rename(temporary, folder);
    await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }

  const { report } = result;
  const lines = [
    `Imported ${schedule.sessions.length} sessions and ${schedule.speakers.length} speakers from ${file} (${schedule.source}) into ${into}.`,
    `Time zone: ${timeZone}: ${zoneReason}.`,
    `Created ${report.created.length} files, updated ${report.updated.length}.`,
    ...report.updated.map((path) => `  updated ${path}`),
    ...(report.conflicts.length ? [`${report.conflicts.length} conflicts (the editors' values are kept):`, ...report.conflicts.map((line) => `  ${line}`)] : []),
    ...(report.gone.length ? ['No longer in the source (kept; delete them if they are gone):', ...report.gone.map((path) => `  ${path}`)] : []),
    ...(report.skipped.length ? ['Not imported:', ...report.skipped.map((line) => `  ${line}`)] : []),
    `New sessions are tagged for the audience${audiences.length > 1 ? 's' : ''} ${audiences.join(', ')}: tag each session's audiences in its index.${language}.mdx.`,
  ];
  console.log(lines.join('\n'));
} catch (error) {
  if (error instanceof ImportError) fail(`${file}: ${error.message}`);
  throw error;
}
