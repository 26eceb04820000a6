/**
 * Checks across files that a schema alone cannot make: references to other entries,
 * times that must fall inside the conference, and files in languages the site lacks.
 * All problems are collected, so an editor sees every mistake in one run.
 */
import { dayInZone, WallTimeError, wallTimeToInstant } from './time.ts';

export interface ContentProblem {
  /** Path of the file to fix, relative to the project. */
  file: string;
  /** The field (or part of the file) at fault. */
  field: string;
  found: string;
  expected: string;
}

export interface SessionFacts {
  id: string;
  file: string;
  day: string;
  start: string;
  end: string;
  format: string;
  audiences: readonly string[];
  theme?: string | undefined;
  room?: string | undefined;
  speakers: readonly string[];
  moderators: readonly string[];
}

export interface LocalizedFile {
  file: string;
  locale: string;
}

export interface IntegrityInput {
  conferenceFile: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  locales: readonly string[];
  sessions: readonly SessionFacts[];
  /** Per-language session texts, keyed by their session id. */
  sessionTexts: readonly (LocalizedFile & { sessionId: string })[];
  /** Other per-language files (letter, home), which must be in a configured language. */
  localizedFiles: readonly LocalizedFile[];
  /** Language keys used in `{ en: …, fr: … }` fields, to catch typos like `fr-fr`. */
  localizedFields: readonly { file: string; field: string; locales: readonly string[] }[];
  ids: { formats: ReadonlySet<string>; audiences: ReadonlySet<string>; themes: ReadonlySet<string>; rooms: ReadonlySet<string>; speakers: ReadonlySet<string> };
}

export interface TimedSession {
  id: string;
  start: Date;
  end: Date;
}

export interface IntegrityResult {
  problems: ContentProblem[];
  /** Start and end instants of every session whose times could be read. */
  times: Map<string, TimedSession>;
}

const quote = (value: string) => JSON.stringify(value);

export function checkIntegrity(input: IntegrityInput): IntegrityResult {
  const problems: ContentProblem[] = [];
  const times = new Map<string, TimedSession>();
  const localeList = input.locales.join(', ');

  const checkRef = (file: string, field: string, id: string, known: ReadonlySet<string>, folder: string) => {
    if (!known.has(id)) {
      const choices = [...known].sort().join(', ') || 'none yet';
      problems.push({ file, field, found: quote(id), expected: `the id of a file in ${folder}/ (one of: ${choices})` });
    }
  };

  for (const session of input.sessions) {
    const { file } = session;
    checkRef(file, 'format', session.format, input.ids.formats, 'formats');
    session.audiences.forEach((id, i) => checkRef(file, `audiences[${i}]`, id, input.ids.audiences, 'audiences'));
    if (session.theme !== undefined) checkRef(file, 'theme', session.theme, input.ids.themes, 'themes');
    if (session.room !== undefined) checkRef(file, 'room', session.room, input.ids.rooms, 'rooms');
    session.speakers.forEach((id, i) => checkRef(file, `speakers[${i}]`, id, input.ids.speakers, 'speakers'));
    session.moderators.forEach((id, i) => checkRef(file, `moderators[${i}]`, id, input.ids.speakers, 'speakers'));
    const repeated = session.audiences.find((id, i) => session.audiences.indexOf(id) !== i);
    if (repeated) problems.push({ file, field: 'audiences', found: `${quote(repeated)} twice`, expected: 'each audience once' });

    if (session.day < input.startDate || session.day > input.endDate) {
      problems.push({ file, field: 'day', found: session.day, expected: `a conference day, from ${input.startDate} to ${input.endDate}` });
    }
    let start: Date, end: Date;
    try {
      start = wallTimeToInstant(session.day, session.start, input.timeZone);
      end = wallTimeToInstant(session.day, session.end, input.timeZone);
    } catch (error) {
      if (!(error instanceof WallTimeError)) throw error;
      problems.push({ file, field: 'start/end', found: error.message, expected: `times that exist on ${session.day} in ${input.timeZone}` });
      continue;
    }
    if (end <= start) {
      problems.push({ file, field: 'end', found: `${session.end} (start is ${session.start})`, expected: 'an end time after the start time' });
    } else if (dayInZone(end, input.timeZone) !== session.day) {
      problems.push({ file, field: 'end', found: session.end, expected: `an end on the same day, ${session.day}` });
    }
    times.set(session.id, { id: session.id, start, end });
  }

  const sessionIds = new Set(input.sessions.map((session) => session.id));
  const textsBySession = new Map<string, string[]>();
  for (const text of input.sessionTexts) {
    if (!sessionIds.has(text.sessionId)) {
      problems.push({
        file: text.file,
        field: '(file)',
        found: `a text for session "${text.sessionId}", which has no session.yaml`,
        expected: `a session.yaml beside it, in the same folder`,
      });
    }
    textsBySession.set(text.sessionId, [...(textsBySession.get(text.sessionId) ?? []), text.locale]);
  }
  for (const session of input.sessions) {
    if (!textsBySession.has(session.id)) {
      problems.push({
        file: session.file,
        field: '(folder)',
        found: 'no title or description in any language',
        expected: `at least one text file beside it, e.g. ${input.locales[0]}.mdx`,
      });
    }
  }

  for (const text of [...input.sessionTexts, ...input.localizedFiles]) {
    if (!input.locales.includes(text.locale)) {
      problems.push({ file: text.file, field: '(file name)', found: quote(text.locale), expected: `a language of the site (${localeList}) as the file name` });
    }
  }
  for (const field of input.localizedFields) {
    for (const locale of field.locales) {
      if (!input.locales.includes(locale)) {
        problems.push({ file: field.file, field: `${field.field}.${locale}`, found: quote(locale), expected: `a language of the site (${localeList})` });
      }
    }
  }
  return { problems, times };
}

/** The message that stops the build: the problems of each file under its name. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = [`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`];
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  for (const file of [...byFile.keys()].sort()) {
    lines.push(`  ${file}`);
    for (const problem of byFile.get(file)!) lines.push(`    field "${problem.field}": found ${problem.found}; expected ${problem.expected}`);
  }
  return lines.join('\n');
}
