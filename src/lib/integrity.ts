/**
 * Checks across files that a schema alone cannot make: references to other entries,
 * times that must fall inside the conference, and files in languages the site lacks.
 * All problems are collected, so an editor sees every mistake in one run.
 */
import { entryFolders } from './entry-folders.ts';
import { dayInZone, toZonedIso, WallTimeError, wallTimeToInstant } from './time.ts';

export interface ContentProblem {
  /** Path of the file to fix, relative to the project. */
  file: string;
  /** The field (or part of the file) at fault. */
  field: string;
  found: string;
  expected: string;
  /** The file's lines around the problem, numbered, shown below the message. */
  excerpt?: readonly string[] | undefined;
  /** What a parser said, for whoever helps the editor: shown last. */
  detail?: string | undefined;
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
  /** Files under content/ the session links to, e.g. `files/slides.pdf`. */
  resources?: readonly { file?: string | undefined }[];
}

/** One language's file of a speaker (`speakers/<id>/index.<lang>.mdx`). */
export interface SpeakerFile {
  file: string;
  speakerId: string;
  locale: string;
  /** The photo's file name, if this file names one. */
  photo?: string | undefined;
  /** The fields it has that are the same in every language (name, photo, links). */
  languageNeutral: readonly string[];
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
  /** The last moment to register, when the conference file says (conference.yaml `registration.deadline`). */
  registrationDeadline?: Date | undefined;
  locales: readonly string[];
  sessions: readonly SessionFacts[];
  /** Per-language files (sessions, letter, home), which must be in a configured language. */
  localizedFiles: readonly LocalizedFile[];
  /** The language whose files hold what is the same in every language. */
  defaultLocale: string;
  speakerFiles: readonly SpeakerFile[];
  /** Files the site publishes as they are (photos, documents), relative to the content folder. */
  assets: ReadonlySet<string>;
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

  const deadline = input.registrationDeadline;
  if (deadline !== undefined && dayInZone(deadline, input.timeZone) > input.endDate) {
    problems.push({
      file: input.conferenceFile,
      field: 'registration.deadline',
      found: `${toZonedIso(deadline, input.timeZone)}, which is ${dayInZone(deadline, input.timeZone)} on the conference's clock`,
      expected: `a deadline on or before the conference's last day, ${input.endDate}`,
    });
  }

  for (const session of input.sessions) {
    const { file } = session;
    checkRef(file, 'format', session.format, input.ids.formats, 'formats');
    session.audiences.forEach((id, i) => checkRef(file, `audiences[${i}]`, id, input.ids.audiences, 'audiences'));
    if (session.theme !== undefined) checkRef(file, 'theme', session.theme, input.ids.themes, 'themes');
    if (session.room !== undefined) checkRef(file, 'room', session.room, input.ids.rooms, 'rooms');
    session.speakers.forEach((id, i) => checkRef(file, `speakers[${i}]`, id, input.ids.speakers, 'speakers'));
    session.moderators.forEach((id, i) => checkRef(file, `moderators[${i}]`, id, input.ids.speakers, 'speakers'));
    session.resources?.forEach(({ file: asset }, i) => {
      if (asset !== undefined && !input.assets.has(asset)) {
        problems.push({ file, field: `resources[${i}].file`, found: `${quote(asset)}, which is not in the content folder`, expected: 'the path of a file in the files/ folder of the content, e.g. "files/slides.pdf"' });
      }
    });
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

  problems.push(...speakerProblems(input));

  for (const text of [...input.localizedFiles, ...input.speakerFiles]) {
    if (!input.locales.includes(text.locale)) {
      problems.push({ file: text.file, field: '(file name)', found: quote(text.locale), expected: `a language of the site (${localeList}) in the file name, index.<lang>.mdx` });
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

/** A photo that is not beside the person's file, or that is not an image the site can read. */
export function photoProblem(file: string, photo: string, fault: 'missing' | 'unreadable'): ContentProblem {
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  return {
    file,
    field: 'photo',
    found: fault === 'missing' ? `${quote(photo)}, which is not in the folder ${folder}` : `${quote(photo)}, which cannot be read as an image (damaged, or not really a JPEG, PNG, WebP or AVIF file)`,
    expected: 'the file name of a photo beside this file, or no photo field (the site then shows the initials)',
  };
}

/** A speaker's folder follows the entry-folder rule, has a name in the default language's file, and a photo that exists. */
function speakerProblems(input: IntegrityInput): ContentProblem[] {
  const defaultFile = `index.${input.defaultLocale}.mdx`;
  const folders = entryFolders(input.speakerFiles, input.defaultLocale, (file) => file.speakerId, (file) => file.languageNeutral);
  return folders.flatMap(({ id, main, mainFile, misplaced }): ContentProblem[] => [
    ...(!main
      ? [{ file: mainFile, field: '(file)', found: 'no such file', expected: `the person's file in the default language (${input.defaultLocale}), with their name` }]
      : main.languageNeutral.includes('name')
        ? []
        : [{ file: main.file, field: 'name', found: 'nothing (the field is missing)', expected: 'the name as the person wants it published' }]),
    ...misplaced.map(({ file, field }) => ({ file: file.file, field, found: 'a field that is the same in every language', expected: `it only in ${defaultFile}, beside this file` })),
    ...(main?.photo !== undefined && !input.assets.has(`speakers/${id}/${main.photo}`) ? [photoProblem(main.file, main.photo, 'missing')] : []),
  ]);
}

/** The message that stops the build: the problems of each file under its name. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = [`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`];
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  for (const file of [...byFile.keys()].sort()) {
    lines.push(`  ${file}`);
    for (const problem of byFile.get(file)!) {
      lines.push(`    field "${problem.field}": found ${problem.found}; expected ${problem.expected}`);
      for (const line of problem.excerpt ?? []) lines.push(`      ${line}`);
      if (problem.detail) lines.push(`      (technical detail: ${problem.detail})`);
    }
  }
  return lines.join('\n');
}
