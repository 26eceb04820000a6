/**
 * Turns an imported programme (src/lib/schedule-import.ts) into the files of a content folder
 * (layout: docs/editing.md), merged with what the folder already holds. Pure: the folder's
 * files and the previous import's record go in; the files to write and a report come out.
 *
 * Re-import is a three-way merge per field: a field the source owns (title, summary, times,
 * room, format, theme, speakers, language, recording, resources, description) is updated when the editors left it as the last
 * import wrote it; an editor's change is kept, and reported as a conflict when the source
 * changed the same field too. Everything else (translations, audiences, fields the source
 * does not have) is never touched.
 */
import yaml from 'js-yaml';
import { assignIds, type ImportedSchedule } from './schedule-import.ts';
import { dayInZone, toZonedIso } from './time.ts';

/** What the last import wrote, kept in the folder as `.import-state.json` (hidden from the site). */
export interface ImportState {
  /** Per source key: the id it was given and the values written. */
  sessions: Record<string, { id: string; values: Record<string, unknown> }>;
  speakers: Record<string, { id: string; values: Record<string, unknown> }>;
}

export const stateFile = '.import-state.json';

export interface ImportOptions {
  /** The folder's default language: facts and imported texts go in `index.<lang>.mdx`. */
  language: string;
  /** Zone the programme is written in. */
  timeZone: string;
  /** Audience ids every new session gets (editors tag them afterwards). */
  audiences: string[];
  /** Title for a new conference.yaml. */
  conferenceTitle: string;
}

export interface ImportReport {
  created: string[];
  updated: string[];
  /** Fields editors changed that the source changed too: the editor's value is kept. */
  conflicts: string[];
  /** Sessions a previous import wrote that the source no longer has: kept, for editors to decide. */
  gone: string[];
  /** What could not be imported, e.g. a link that is not https. */
  skipped: string[];
}

export interface ImportResult {
  /** Files to write, by path in the content folder. */
  files: Map<string, string>;
  state: ImportState;
  report: ImportReport;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** An MDX file's front matter and body. */
export function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text };
  const data = yaml.load(match[1]!);
  return { data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}, body: match[2]!.trim() };
}

export function joinMdx(data: Record<string, unknown>, body: string): string {
  return `---\n${yamlText(data)}---\n${body ? `\n${body}\n` : ''}`;
}

/** YAML with every string in double quotes, so days and times stay strings. */
export function yamlText(data: unknown): string {
  return yaml.dump(data, { lineWidth: -1, quotingType: '"', forceQuotes: true, noRefs: true });
}

/**
 * Text from another tool made safe as MDX: braces and `<` would start code or components,
 * and a line starting with `import`/`export` would be read as code.
 */
export function mdxSafe(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[{}<]/g, (character) => `\\${character}`)
    .replace(/^(\s*)(import|export)\b/gm, (_, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The ids an earlier import gave, by source key. */
const remembered = (entries: ImportState['sessions'] | undefined) => new Map(Object.entries(entries ?? {}).map(([key, entry]) => [key, entry.id]));

/** A label map in one language, for rooms, formats, themes and audiences. */
const taxonomy = (language: string, label: string, order: number) => yamlText({ label: { [language]: label }, order });

export function importContent(schedule: ImportedSchedule, existing: ReadonlyMap<string, string>, previous: ImportState | null, options: ImportOptions): ImportResult {
  const { language, timeZone } = options;
  const files = new Map<string, string>();
  const report: ImportReport = { created: [], updated: [], conflicts: [], gone: [], skipped: [] };
  const state: ImportState = { sessions: {}, speakers: {} };

  /** Writes `path` unless it exists: for lists editors own once created. */
  const createOnce = (path: string, text: string) => {
    if (existing.has(path) || files.has(path)) return;
    files.set(path, text);
    report.created.push(path);
  };

  // Lists: rooms, formats (from type), themes (from track), in order of first use.
  const listIds = (names: (string | null)[], folder: string) => {
    const distinct = [...new Set(names.filter((name): name is string => Boolean(name)))];
    const ids = assignIds(distinct.map((name) => ({ key: name, name })), new Map(), folder);
    distinct.forEach((name, index) => createOnce(`${folder}/${ids.get(name)}.yaml`, taxonomy(language, name, index + 1)));
    return ids;
  };
  const rooms = listIds(schedule.sessions.map((session) => session.room), 'rooms');
  const formats = listIds(schedule.sessions.map((session) => session.type ?? 'Session'), 'formats');
  const themes = listIds(schedule.sessions.map((session) => session.track), 'themes');
  // A new audience is labelled with its id until editors name it in every language.
  for (const audience of options.audiences) createOnce(`audiences/${audience}.yaml`, taxonomy(language, audience.charAt(0).toUpperCase() + audience.slice(1).replace(/-/g, ' '), 1));

  /** Merges the source's `values` into the file at `path`, field by field (see the top of this file). */
  const merge = (path: string, values: Record<string, unknown>, before: Record<string, unknown> | undefined, extra: Record<string, unknown>) => {
    const text = existing.get(path);
    if (text === undefined) {
      const { body, ...data } = { ...values, ...extra };
      files.set(path, joinMdx(data, String(body ?? '')));
      report.created.push(path);
      return;
    }
    const current = splitMdx(text);
    const fields: Record<string, unknown> = { ...current.data, body: current.body };
    let changed = false;
    for (const [field, value] of Object.entries(values)) {
      const now = fields[field];
      if (same(now, value)) continue;
      const editorsLeftIt = before !== undefined && same(now, before[field]);
      if (editorsLeftIt) {
        fields[field] = value;
        if (value === undefined) delete fields[field];
        changed = true;
      } else if (before === undefined || !same(before[field], value)) {
        report.conflicts.push(`${path}: ${field}: kept ${JSON.stringify(now)}; the source says ${JSON.stringify(value)}`);
      }
    }
    if (!changed) return;
    const { body, ...data } = fields;
    files.set(path, joinMdx(data, String(body ?? '')));
    report.updated.push(path);
  };

  // Speakers: speakers/<id>/index.<lang>.mdx, name in the front matter, biography as the body.
  const speakerIds = assignIds(schedule.speakers, remembered(previous?.speakers), 'speaker');
  for (const speaker of schedule.speakers) {
    const id = speakerIds.get(speaker.key)!;
    const values: Record<string, unknown> = { name: speaker.name, ...(speaker.role ? { role: speaker.role } : {}), body: mdxSafe(speaker.biography ?? '') };
    merge(`speakers/${id}/index.${language}.mdx`, values, previous?.speakers[speaker.key]?.values, {});
    state.speakers[speaker.key] = { id, values };
  }

  // Sessions: sessions/<id>/index.<lang>.mdx with the facts and the text.
  const sessionIds = assignIds(
    schedule.sessions.map((session) => ({ key: session.key, name: session.title })),
    remembered(previous?.sessions),
    'session',
  );
  for (const session of schedule.sessions) {
    const id = sessionIds.get(session.key)!;
    const start = toZonedIso(session.start, timeZone);
    const end = toZonedIso(session.end, timeZone);
    const summary = session.summary || session.title;
    // The site links only to https addresses.
    const secure = (url: string) => {
      if (url.startsWith('https://')) return true;
      report.skipped.push(`sessions/${id}: ${url} (not an https address)`);
      return false;
    };
    const resources = session.links.filter((link) => secure(link.url)).map((link) => ({ label: { [language]: link.title }, url: link.url }));
    const values: Record<string, unknown> = {
      title: session.title,
      summary,
      day: dayInZone(session.start, timeZone),
      start: start.slice(11, 16),
      end: end.slice(11, 16),
      format: formats.get(session.type ?? 'Session'),
      theme: session.track ? themes.get(session.track) : undefined,
      room: session.room ? rooms.get(session.room) : undefined,
      speakers: session.speakers.map((key) => speakerIds.get(key)!),
      language: session.language && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(session.language) ? session.language : undefined,
      recording: session.recording && secure(session.recording) ? session.recording : undefined,
      resources: resources.length > 0 ? resources : undefined,
      body: session.description === summary ? '' : mdxSafe(session.description),
    };
    for (const key of Object.keys(values)) if (values[key] === undefined) delete values[key];
    merge(`sessions/${id}/index.${language}.mdx`, values, previous?.sessions[session.key]?.values, { audiences: options.audiences });
    state.sessions[session.key] = { id, values };
  }
  for (const [key, entry] of Object.entries(previous?.sessions ?? {})) {
    if (!state.sessions[key]) report.gone.push(`sessions/${entry.id}`);
  }

  if (!existing.has('conference.yaml')) files.set('conference.yaml', conferenceYaml(schedule, options));
  return { files, state, report };
}

/**
 * A first conference.yaml from what the file says. Fields the formats do not carry (organiser,
 * registration, contact) get placeholders on example.org, which editors must replace; the
 * file says so at the top.
 */
function conferenceYaml(schedule: ImportedSchedule, { language, timeZone, conferenceTitle }: ImportOptions): string {
  const days = schedule.sessions.map((session) => dayInZone(session.start, timeZone)).sort();
  const first = days[0] ?? new Date().toISOString().slice(0, 10);
  const label = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  const data = {
    name: { [language]: conferenceTitle },
    shortName: { [language]: conferenceTitle },
    startDate: first,
    endDate: days.at(-1) ?? first,
    timeZone,
    timeZoneName: { [language]: timeZone },
    attendance: 'online',
    organiser: { name: { [language]: conferenceTitle }, url: 'https://example.org/' },
    registration: { url: 'https://example.org/register', deadline: toZonedIso(new Date(`${first}T00:00:00Z`), 'UTC') },
    contact: { email: 'contact@example.org' },
    locales: [{ code: language, label: label.charAt(0).toLocaleUpperCase(language) + label.slice(1) }],
    defaultLocale: language,
  };
  return [
    `# Written by npm run import from a ${schedule.source} file. Replace the example.org placeholders`,
    '# (organiser, registration, contact), check attendance (add a venue unless online) and the',
    '# zone names, and add languages. Every field is explained in docs/editing.md.',
    yamlText(data),
  ].join('\n');
}
