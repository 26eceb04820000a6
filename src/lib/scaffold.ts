/**
 * New content from a few answers (`npm run new:session`, `npm run new:audience`). Answers
 * are checked by writing the files they would give into a copy of the content in memory
 * and reading it all as `npm run check` does, so the scaffolders refuse exactly what the
 * build would refuse, with the same reasons.
 */
import type { Conference } from '../schemas/conference.ts';
import { parseContent, type ContentSnapshot } from './content-reader.ts';
import { isSlug } from './urls.ts';

export type Answers = Record<string, string>;

export interface Question {
  /** The answer's name, also its command-line flag (`--day`, `--title-en`). */
  name: string;
  prompt: string;
  /** The choices or the form expected, shown with the prompt. */
  hint?: string | undefined;
  /** An optional question may be left empty. */
  optional?: boolean;
  /** A proposed answer, taken when the answer is left empty. */
  suggest?: (answers: Answers) => string | undefined;
}

export interface Scaffold {
  /** What the new entry is called in messages, e.g. "session". */
  kind: string;
  /** What the editor does once the files exist. */
  nextSteps: string;
  questions: Question[];
  /** The files the answers give, by path in the content folder. */
  files: (answers: Answers) => Map<string, string>;
  /** Valid stand-ins for questions not answered yet, so each answer can be checked as soon as it is given. */
  placeholders: Answers;
  /** The questions a problem in a field of one of the new files (path in the content folder) is about. */
  questionsFor: (field: string, path: string) => string[];
}

/** A slug for ids: "Débat : l'IA" → "debat-l-ia". */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Cut at a hyphen, not inside a word.
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength + 1).replace(/-[^-]*$/, '');
}

/** A YAML scalar: ids as they are, everything else in double quotes (JSON strings are valid YAML). */
function scalar(value: string): string {
  return isSlug(value) ? value : JSON.stringify(value);
}

/** `a, b ,c` → [a, b, c]. */
const listAnswer = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const localeName = (conference: Conference, code: string) => `${conference.locales.find((l) => l.code === code)?.label ?? code} (${code})`;
const idsOf = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id).sort();
const choices = (ids: readonly string[]) => (ids.length ? `one of: ${ids.join(', ')}` : 'none exist yet');

/** Lines of `field:` then one indented `lang: "text"` per answered language. */
function localizedBlock(field: string, answers: Answers, prefix: string, locales: readonly string[]): string[] {
  const given = locales.filter((code) => answers[`${prefix}-${code}`]);
  return given.length ? [`${field}:`, ...given.map((code) => `  ${code}: ${JSON.stringify(answers[`${prefix}-${code}`])}`)] : [];
}

export function sessionScaffold(content: ContentSnapshot, conference: Conference): Scaffold {
  const locales = conference.locales.map((locale) => locale.code);
  const { entries } = content;
  const formats = idsOf(entries.formats);
  const audiences = idsOf(entries.audiences);
  const themes = idsOf(entries.themes);
  const zone = conference.timeZoneName[conference.defaultLocale] ?? conference.timeZone;
  return {
    kind: 'session',
    nextSteps: 'Write the description below the second --- line of each .mdx file, then preview with "npm run dev" (docs/editing.md).',
    questions: [
      { name: 'day', prompt: 'Day', hint: `YYYY-MM-DD, from ${conference.startDate} to ${conference.endDate}` },
      { name: 'start', prompt: 'Start time', hint: `HH:MM, 24-hour, ${zone}` },
      { name: 'end', prompt: 'End time', hint: `HH:MM, 24-hour, ${zone}` },
      { name: 'format', prompt: 'Format', hint: choices(formats) },
      { name: 'audiences', prompt: 'Audiences, separated by commas', hint: choices(audiences) },
      ...(themes.length ? [{ name: 'theme', prompt: 'Theme', hint: `${choices(themes)}; leave empty for none`, optional: true }] : []),
      ...locales.flatMap((code) => [
        { name: `title-${code}`, prompt: `Title in ${localeName(conference, code)}` },
        { name: `summary-${code}`, prompt: `Summary in ${localeName(conference, code)}`, hint: 'one or two sentences for the programme' },
      ]),
      {
        name: 'id',
        prompt: 'Id (the folder name and the end of the URL)',
        hint: 'lowercase letters, digits and hyphens',
        suggest: (answers) => `${answers['day']}-${slugify(answers[`title-${conference.defaultLocale}`] ?? '') || 'session'}`,
      },
    ],
    placeholders: {
      id: 'new-session',
      day: conference.startDate,
      start: '12:00',
      end: '12:01',
      format: formats[0] ?? 'none',
      audiences: audiences[0] ?? 'none',
      ...Object.fromEntries(locales.flatMap((code) => [[`title-${code}`, 'Title'], [`summary-${code}`, 'Summary']])),
    },
    files: (answers) => {
      const folder = `sessions/${answers['id']}`;
      const yaml = [
        '# Every field is explained in docs/editing.md.',
        // In quotes: YAML reads an unquoted 2021-02-30 as the date 2021-03-02, without a word.
        `day: ${JSON.stringify(answers['day'])}`,
        `start: ${JSON.stringify(answers['start'])}`,
        `end: ${JSON.stringify(answers['end'])}`,
        `format: ${scalar(answers['format'] ?? '')}`,
        `audiences: [${listAnswer(answers['audiences']).map(scalar).join(', ')}]`,
        ...(answers['theme'] ? [`theme: ${scalar(answers['theme'])}`] : []),
      ];
      return new Map([
        [`${folder}/session.yaml`, `${yaml.join('\n')}\n`],
        ...locales.map((code): [string, string] => [
          `${folder}/${code}.mdx`,
          `---\ntitle: ${JSON.stringify(answers[`title-${code}`] ?? '')}\nsummary: ${JSON.stringify(answers[`summary-${code}`] ?? '')}\n---\n\n`,
        ]),
      ]);
    },
    questionsFor: (field, path) => {
      if (field === '(file name)' || field === '(folder)') return ['id'];
      if (field === 'start/end') return ['start', 'end'];
      if (field === 'title' || field === 'summary') return [`${field}-${path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length)}`];
      return [field.replace(/\[\d+\]$/, '')];
    },
  };
}

export function audienceScaffold(content: ContentSnapshot, conference: Conference): Scaffold {
  const locales = conference.locales.map((locale) => locale.code);
  const orders = content.entries.audiences.map((audience) => audience.data.order);
  return {
    kind: 'audience',
    nextSteps: 'List its id under "audiences:" in the session.yaml of its sessions, then preview with "npm run dev" (docs/editing.md).',
    questions: [
      ...locales.map((code) => ({ name: `label-${code}`, prompt: `Label in ${localeName(conference, code)}`, hint: 'short, for badges and filters' })),
      ...locales.map((code) => ({
        name: `description-${code}`,
        prompt: `Description in ${localeName(conference, code)}`,
        hint: 'one sentence saying who this is; may be left empty',
        optional: true,
      })),
      { name: 'order', prompt: 'Position in lists', hint: 'a whole number, smaller first', suggest: () => String(Math.max(0, ...orders) + 1) },
      {
        name: 'id',
        prompt: 'Id (the file name and the end of the URL)',
        hint: 'lowercase letters, digits and hyphens',
        suggest: (answers) => slugify(answers[`label-${conference.defaultLocale}`] ?? '') || undefined,
      },
    ],
    placeholders: { id: 'new-audience', order: '1', ...Object.fromEntries(locales.map((code) => [`label-${code}`, 'Label'])) },
    files: (answers) => {
      const yaml = [
        ...localizedBlock('label', answers, 'label', locales),
        ...localizedBlock('description', answers, 'description', locales),
        `order: ${/^-?\d+$/.test(answers['order'] ?? '') ? answers['order'] : JSON.stringify(answers['order'])}`,
      ];
      return new Map([[`audiences/${answers['id']}.yaml`, `${yaml.join('\n')}\n`]]);
    },
    questionsFor: (field) => {
      if (field === '(file name)') return ['id'];
      const localized = /^(label|description)\.(.+)$/.exec(field);
      return [localized ? `${localized[1]}-${localized[2]}` : field];
    },
  };
}

/**
 * Why answers are refused, by question: only for questions in `answered`, plus `(other)`
 * for a problem no question explains once everything is answered.
 */
export function refusals(scaffold: Scaffold, content: ReadonlyMap<string, string>, answers: Answers, shownDir: string): Map<string, string> {
  const reasons = new Map<string, string>();
  const refuse = (name: string, reason: string) => {
    if (name in answers && !reasons.has(name)) reasons.set(name, reason);
  };
  const complete = { ...scaffold.placeholders, ...answers };
  const created = scaffold.files(complete);
  if ([...created.keys()].some((path) => content.has(path))) {
    refuse('id', `found "${complete['id']}"; expected a new id: a ${scaffold.kind} with this id already exists`);
  }
  const merged = new Map([...content, ...created]);
  const { problems, shownPath } = parseContent(merged, shownDir);
  const createdFiles = new Map([...created.keys()].map((path) => [shownPath(path), path]));
  const allAnswered = scaffold.questions.every((question) => question.name in answers);
  for (const problem of problems) {
    const path = createdFiles.get(problem.file);
    if (path === undefined) continue;
    const reason = `found ${problem.found}; expected ${problem.expected}`;
    const names = scaffold.questionsFor(problem.field, path).filter((name) => scaffold.questions.some((question) => question.name === name));
    if (names.length) names.forEach((name) => refuse(name, reason));
    else if (allAnswered) reasons.set('(other)', `${problem.file}, field "${problem.field}": ${reason}`);
  }
  return reasons;
}
