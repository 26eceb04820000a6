/**
 * The scaffolders refuse what the build would refuse, with the reason, and accept the rest;
 * answers are checked against the real content, in memory.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseContent, readContentFiles, textsOf, type ContentSnapshot } from '../../src/lib/content-reader.ts';
import { applies, audienceScaffold, refusals, sessionScaffold, slugify, type Answers, type Scaffold } from '../../src/lib/scaffold.ts';
import type { Conference } from '../../src/schemas/conference.ts';
import { projectRoot } from '../helpers/build.ts';
import { exampleContent } from '../helpers/fixtures.ts';

let files: Map<string, string>;
let content: ContentSnapshot;
let conference: Conference;
let session: Scaffold;
let audience: Scaffold;

beforeAll(async () => {
  files = textsOf(await readContentFiles(join(projectRoot, exampleContent)));
  content = parseContent(files, 'content');
  conference = content.entries.conference[0]!.data;
  session = sessionScaffold(content, conference);
  audience = audienceScaffold(content, conference);
});

function validSession(): Answers {
  const texts = Object.fromEntries(
    conference.locales.flatMap(({ code }) => [
      [`title-${code}`, `A new session (${code})`],
      [`summary-${code}`, `What it is about, in ${code}.`],
    ]),
  );
  return {
    languages: conference.locales.map(({ code }) => code).join(', '),
    day: conference.endDate,
    start: '09:00',
    end: '10:30',
    format: content.entries.formats[0]!.id,
    audiences: content.entries.audiences.slice(0, 2).map((a) => a.id).join(', '),
    ...texts,
    id: 'new-session-for-a-test',
  };
}

const refused = (scaffold: Scaffold, answers: Answers) => refusals(scaffold, files, answers, 'content');

describe('the session scaffold', () => {
  it('accepts valid answers, and the files it gives read without a problem', () => {
    const answers = validSession();
    expect(refused(session, answers)).toEqual(new Map());
    const created = session.files(answers);
    expect([...created.keys()].sort()).toEqual(conference.locales.map((l) => `sessions/new-session-for-a-test/index.${l.code}.mdx`).sort());
    const merged = parseContent(new Map([...files, ...created]), 'content');
    expect(merged.problems).toEqual([]);
    const made = merged.entries.sessions.find((s) => s.id === 'new-session-for-a-test')!;
    expect(made.data).toMatchObject({ day: answers['day'], start: '09:00', end: '10:30', format: answers['format'] });
    expect(made.data.audiences).toEqual(answers['audiences']!.split(', '));
  });

  it.each([
    ['day', { day: '2000-01-01' }, /conference day/],
    ['day', { day: '2021-02-30' }, /2021-02-30: February 2021 has 28 days/],
    ['start', { start: '9h' }, /HH:MM/],
    ['end', { start: '11:00', end: '10:00' }, /after the start/],
    ['format', { format: 'lecture' }, /formats\/.*one of/],
    ['audiences', { audiences: 'developers, nobody' }, /"nobody".*audiences\//],
    ['audiences', { audiences: '' }, /at least one/],
    ['id', { id: 'My Session' }, /lowercase letters, digits and hyphens/],
  ])('refuses a bad %s with the reason', (name, change, reason) => {
    const reasons = refused(session, { ...validSession(), ...change });
    expect([...reasons.keys()]).toEqual([name]);
    expect(reasons.get(name)).toMatch(reason);
    expect(reasons.get(name)).toMatch(/^found .*; expected /);
  });

  it('refuses an empty title', () => {
    const code = conference.locales[1]!.code;
    expect([...refused(session, { ...validSession(), [`title-${code}`]: '' }).keys()]).toEqual([`title-${code}`]);
  });

  it('writes only the languages chosen, the facts in the default language\'s file only', () => {
    const other = conference.locales.find((l) => l.code !== conference.defaultLocale)!.code;
    const answers = { ...validSession(), languages: `${other}, ${conference.defaultLocale}` };
    expect(refused(session, answers)).toEqual(new Map());
    const created = session.files(answers);
    const folder = 'sessions/new-session-for-a-test';
    expect([...created.keys()].sort()).toEqual([`${folder}/index.${conference.defaultLocale}.mdx`, `${folder}/index.${other}.mdx`].sort());
    expect(created.get(`${folder}/index.${conference.defaultLocale}.mdx`)).toMatch(/^day: /m);
    expect(created.get(`${folder}/index.${other}.mdx`)).not.toMatch(/^(day|start|audiences):/m);
    expect(parseContent(new Map([...files, ...created]), 'content').problems).toEqual([]);
  });

  it('asks for titles only in the languages chosen', () => {
    const other = conference.locales.find((l) => l.code !== conference.defaultLocale)!.code;
    const title = session.questions.find((q) => q.name === `title-${other}`)!;
    expect(applies(title, { languages: conference.defaultLocale })).toBe(false);
    expect(applies(title, { languages: `${conference.defaultLocale}, ${other}` })).toBe(true);
  });

  it('requires the default language, which holds the facts, and refuses languages the site does not have', () => {
    const other = conference.locales.find((l) => l.code !== conference.defaultLocale)!.code;
    expect(refused(session, { ...validSession(), languages: other }).get('languages')).toMatch(new RegExp(`^found ${other}; expected ${conference.defaultLocale} among them`));
    expect(refused(session, { ...validSession(), languages: `${conference.defaultLocale}, xx` }).get('languages')).toMatch(/^found xx; expected languages of the site/);
  });

  it('writes every prompt in English, whatever the languages of the site', () => {
    const prompts = session.questions.map((q) => `${q.prompt} ${q.hint ?? ''}`).join('\n');
    for (const locale of conference.locales) expect(prompts).not.toContain(locale.label === 'English' ? '\u0000' : locale.label);
    expect(prompts).toContain(`Title in ${new Intl.DisplayNames(['en'], { type: 'language' }).of(conference.defaultLocale)}`);
  });

  it('refuses the id of a session that exists', () => {
    const existing = content.entries.sessions[0]!.id;
    expect(refused(session, { ...validSession(), id: existing }).get('id')).toMatch(/already exists/);
  });

  it('judges each answer as soon as it is given, before the others', () => {
    expect(refused(session, { day: '2000-01-01' })).toEqual(new Map([['day', expect.stringMatching(/conference day/)]]));
    expect(refused(session, { day: conference.startDate })).toEqual(new Map());
    expect([...refused(session, { day: conference.startDate, start: '10:00', end: '09:00' }).keys()]).toEqual(['end']);
  });

  it('suggests an id from the day and the title in the default language', () => {
    const id = session.questions.find((q) => q.name === 'id')!;
    expect(id.suggest!({ day: '2021-06-17', [`title-${conference.defaultLocale}`]: 'Débat : l’IA au Parlement' }, {})).toBe('2021-06-17-debat-l-ia-au-parlement');
  });
});

describe('the audience scaffold', () => {
  const validAudience = (): Answers => ({
    ...Object.fromEntries(conference.locales.map(({ code }) => [`label-${code}`, `Label ${code}`])),
    order: '20',
    id: 'new-audience-for-a-test',
  });

  it('accepts valid answers, and the file it gives reads without a problem', () => {
    const answers = { ...validAudience(), [`description-${conference.defaultLocale}`]: 'Who they are.' };
    expect(refused(audience, answers)).toEqual(new Map());
    const merged = parseContent(new Map([...files, ...audience.files(answers)]), 'content');
    expect(merged.problems).toEqual([]);
    const made = merged.entries.audiences.find((a) => a.id === 'new-audience-for-a-test')!;
    expect(made.data.order).toBe(20);
    expect(made.data.description).toEqual({ [conference.defaultLocale]: 'Who they are.' });
  });

  it('refuses a position that is not a number and an id that exists', () => {
    const reasons = refused(audience, { ...validAudience(), order: 'first', id: content.entries.audiences[0]!.id });
    expect([...reasons.keys()].sort()).toEqual(['id', 'order']);
  });

  it('suggests the next position in lists', () => {
    const order = audience.questions.find((q) => q.name === 'order')!;
    const highest = Math.max(...content.entries.audiences.map((a) => a.data.order));
    expect(order.suggest!({}, {})).toBe(String(highest + 1));
  });
});

describe('slugify', () => {
  it('keeps lowercase letters and digits, drops accents and cuts long titles at a word', () => {
    expect(slugify('Hackathon: Open Data 2025!')).toBe('hackathon-open-data-2025');
    expect(slugify('Élaboration collaborative d’un guide pratique sur les données', 30)).toBe('elaboration-collaborative-d-un');
    expect(slugify('الذكاء الاصطناعي')).toBe('');
  });
});
