/**
 * New content from a few answers (`npm run new:session`, `npm run new:audience`). Answers
 * are checked by writing the files they would give into a copy of the content in memory
 * and reading it all as `npm run check` does, so the scaffolders refuse exactly what the
 * build would refuse, with the same reasons.
 */
import type { Conference } from '../schemas/conference.ts';
import { parseContent, type ContentFiles, type ContentSnapshot } from './content-reader.ts';
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
  /** A proposed answer, taken when the answer is left empty; `flags` are the answers given on the command line. */
  suggest?: (answers: Answers, flags: Answers) => string | undefined;
  /** Asked only when this says so, from the answers before it (a title only in the languages chosen). */
  when?: (answers: Answers) => boolean;
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
  /** Refusals the content check cannot make, by question: answers that would give no file to check. */
  ownRefusals?: (answers: Answers) => [name: string, reason: string][];
}

/** Whether `question` is asked, given the answers before it. */
export const applies = (question: Question, answers: Answers) => question.when?.(answers) ?? true;

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

/** A language's name in English, the language of every prompt: "French (fr)". */
const localeName = (code: string) => `${new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code} (${code})`;
const idsOf = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id).sort();
const choices = (ids: readonly string[]) => (ids.length ? `one of: ${ids.join(', ')}` : 'none exist yet');

/** Lines of `field:` then one indented `lang: "text"` per answered language. */
function localizedBlock(field: string, answers: Answers, prefix: string, locales: readonly string[]): string[] {
  const given = locales.filter((code) => answers[`${prefix}-${code}`]);
  return given.length ? [`${field}:`, ...given.map((code) => `  ${code}: ${JSON.stringify(answers[`${prefix}-${code}`])}`)] : [];
}

export function sessionScaffold(content: ContentSnapshot, conference: Conference): Scaffold {
  const locales = conference.locales.map((locale) => locale.code);
  const main = conference.defaultLocale;
  const { entries } = content;
  const formats = idsOf(entries.formats);
  const audiences = idsOf(entries.audiences);
  const themes = idsOf(entries.themes);
  const zone = `conference time, ${conference.timeZone}`;
  /** The languages chosen, in the site's order. */
  const chosen = (answers: Answers) => {
    const codes = listAnswer(answers['languages']);
    return locales.filter((code) => codes.includes(code));
  };
  const written = (code: string) => (answers: Answers) => chosen(answers).includes(code);
  return {
    kind: 'session',
    nextSteps: `Write the description below the second --- line of each index.<lang>.mdx file, then preview with "npm run dev" (docs/editing.md).`,
    questions: [
      {
        name: 'languages',
        prompt: 'Languages to write now, separated by commas',
        hint: `${localeName(main)} is required: its file also holds the day, times and audiences; the others (${locales.filter((code) => code !== main).join(', ')}) can be added later`,
        // With titles given as flags, their languages; else every language of the site.
        suggest: (_answers, flags) => {
          const titled = locales.filter((code) => flags[`title-${code}`]);
          return (titled.length ? titled : locales).join(', ');
        },
      },
      { name: 'day', prompt: 'Day', hint: `YYYY-MM-DD, from ${conference.startDate} to ${conference.endDate}` },
      { name: 'start', prompt: 'Start time', hint: `HH:MM, 24-hour, ${zone}` },
      { name: 'end', prompt: 'End time', hint: `HH:MM, 24-hour, ${zone}` },
      { name: 'format', prompt: 'Format', hint: choices(formats) },
      { name: 'audiences', prompt: 'Audiences, separated by commas', hint: choices(audiences) },
      ...(themes.length ? [{ name: 'theme', prompt: 'Theme', hint: `${choices(themes)}; leave empty for none`, optional: true }] : []),
      ...locales.flatMap((code) => [
        { name: `title-${code}`, prompt: `Title in ${localeName(code)}`, when: written(code) },
        { name: `summary-${code}`, prompt: `Summary in ${localeName(code)}`, hint: 'one or two sentences for the programme', when: written(code) },
      ]),
      {
        name: 'id',
        prompt: 'Id (the folder name and the end of the URL)',
        hint: 'lowercase letters, digits and hyphens',
        suggest: (answers) => `${answers['day']}-${slugify(answers[`title-${main}`] ?? '') || 'session'}`,
      },
    ],
    placeholders: {
      languages: main,
      id: 'new-session',
      day: conference.startDate,
      start: '12:00',
      end: '12:01',
      format: formats[0] ?? 'none',
      audiences: audiences[0] ?? 'none',
      ...Object.fromEntries(locales.flatMap((code) => [[`title-${code}`, 'Title'], [`summary-${code}`, 'Summary']])),
    },
    ownRefusals: (answers) => {
      if (!('languages' in answers)) return [];
      const codes = listAnswer(answers['languages']);
      const unknown = codes.filter((code) => !locales.includes(code));
      if (unknown.length) return [['languages', `found ${unknown.join(', ')}; expected languages of the site: ${locales.join(', ')}`]];
      if (!codes.includes(main)) {
        return [['languages', `found ${codes.join(', ') || 'none'}; expected ${main} among them: its file holds the session's day, times and audiences`]];
      }
      return [];
    },
    files: (answers) => {
      const folder = `sessions/${answers['id']}`;
      const texts = (code: string) => [`title: ${JSON.stringify(answers[`title-${code}`] ?? '')}`, `summary: ${JSON.stringify(answers[`summary-${code}`] ?? '')}`];
      const facts = [
        `# The session's facts, the same in every language, are written in this ${main} file only (docs/editing.md).`,
        // In quotes: YAML reads an unquoted 2021-02-30 as the date 2021-03-02, without a word.
        `day: ${JSON.stringify(answers['day'])}`,
        `start: ${JSON.stringify(answers['start'])}`,
        `end: ${JSON.stringify(answers['end'])}`,
        `format: ${scalar(answers['format'] ?? '')}`,
        `audiences: [${listAnswer(answers['audiences']).map(scalar).join(', ')}]`,
        ...(answers['theme'] ? [`theme: ${scalar(answers['theme'])}`] : []),
      ];
      return new Map(
        chosen(answers).map((code): [string, string] => [
          `${folder}/index.${code}.mdx`,
          `---\n${[...texts(code), ...(code === main ? facts : [])].join('\n')}\n---\n\n`,
        ]),
      );
    },
    questionsFor: (field, path) => {
      if (field === '(file name)') return ['id'];
      if (field === '(file)') return ['languages'];
      if (field === 'start/end') return ['start', 'end'];
      if (field === 'title' || field === 'summary') return [`${field}-${/index\.([^/]+)\.mdx$/.exec(path)?.[1]}`];
      return [field.replace(/\[\d+\]$/, '')];
    },
  };
}

export function audienceScaffold(content: ContentSnapshot, conference: Conference): Scaffold {
  const locales = conference.locales.map((locale) => locale.code);
  const orders = content.entries.audiences.map((audience) => audience.data.order);
  return {
    kind: 'audience',
    nextSteps: `List its id under "audiences:" in the index.${conference.defaultLocale}.mdx of its sessions, then preview with "npm run dev" (docs/editing.md).`,
    questions: [
      ...locales.map((code) => ({ name: `label-${code}`, prompt: `Label in ${localeName(code)}`, hint: 'short, for badges and filters' })),
      ...locales.map((code) => ({
        name: `description-${code}`,
        prompt: `Description in ${localeName(code)}`,
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
export function refusals(scaffold: Scaffold, content: ContentFiles, answers: Answers, shownDir: string): Map<string, string> {
  const reasons = new Map<string, string>();
  const refuse = (name: string, reason: string) => {
    if (name in answers && !reasons.has(name)) reasons.set(name, reason);
  };
  for (const [name, reason] of scaffold.ownRefusals?.(answers) ?? []) refuse(name, reason);
  const complete = { ...scaffold.placeholders, ...answers };
  const created = scaffold.files(complete);
  if ([...created.keys()].some((path) => content.has(path))) {
    refuse('id', `found "${complete['id']}"; expected a new id: a ${scaffold.kind} with this id already exists`);
  }
  const merged = new Map([...content, ...created]);
  const { problems, shownPath } = parseContent(merged, shownDir);
  const createdFiles = new Map([...created.keys()].map((path) => [shownPath(path), path]));
  const allAnswered = scaffold.questions.every((question) => question.name in answers || !applies(question, answers));
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
