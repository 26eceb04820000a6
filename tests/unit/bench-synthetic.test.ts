import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sessionFacts, sessionMdx, syntheticSessions, wordsOf, type ProgrammeShape } from '../../scripts/bench/synthetic.ts';
import { checkIntegrity } from '../../src/lib/integrity.ts';
import { isSlug } from '../../src/lib/urls.ts';
import { sessionFolder } from '../../src/schemas/session.ts';

// New York's clocks jump forward on 9 March 2025: every generated time must still exist.
const shape: ProgrammeShape = {
  startDate: '2025-03-08',
  endDate: '2025-03-10',
  locales: ['en', 'es', 'ar'],
  defaultLocale: 'en',
  formats: ['keynote', 'workshop'],
  audiences: ['developers', 'journalists', 'officials', 'researchers'],
  themes: ['open-data'],
  words: new Map([
    ['en', wordsOf('Open data helps journalists, researchers and officials read the public budget.', 'en')],
    ['es', wordsOf('Los datos abiertos ayudan a leer el presupuesto público.', 'es')],
    // Arabic has no text of its own here: it borrows another language's words.
    ['ar', []],
  ]),
};
const count = 120;
const sessions = syntheticSessions(shape, count);

const frontmatter = (mdx: string) => yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!);

describe('syntheticSessions', () => {
  it('makes the number of sessions asked for, with distinct ids usable as folder names', () => {
    expect(sessions).toHaveLength(count);
    expect(new Set(sessions.map((session) => session.id)).size).toBe(count);
    expect(sessions.every((session) => isSlug(session.id))).toBe(true);
  });

  it('writes default-language files whose facts and texts the schemas accept', () => {
    for (const session of sessions) {
      const data = frontmatter(sessionMdx(session.texts.get('en')!, sessionFacts(session)));
      expect(sessionFolder.file.safeParse(data).error, session.id).toBeUndefined();
      const facts = Object.fromEntries(Object.entries(data as object).filter(([key]) => (sessionFolder.factNames as string[]).includes(key)));
      expect(sessionFolder.facts.safeParse(facts).error, session.id).toBeUndefined();
    }
  });

  it('keeps every session inside the conference days, at times that exist, ending after they start on the same day', () => {
    const { problems, times } = checkIntegrity({
      conferenceFile: 'conference.yaml',
      startDate: shape.startDate,
      endDate: shape.endDate,
      timeZone: 'America/New_York',
      locales: shape.locales,
      sessions: sessions.map((session) => ({
        ...sessionFolder.facts.parse(yaml.load(sessionFacts(session))),
        id: session.id,
        file: `sessions/${session.id}/index.en.mdx`,
      })),
      localizedFiles: sessions.flatMap((session) => [...session.texts.keys()].map((locale) => ({ file: `${session.id}/index.${locale}.mdx`, locale }))),
      defaultLocale: shape.defaultLocale,
      speakerFiles: [],
      assets: new Set(),
      localizedFields: [],
      ids: { formats: new Set(shape.formats), audiences: new Set(shape.audiences), themes: new Set(shape.themes), rooms: new Set(), speakers: new Set() },
    });
    expect(problems).toEqual([]);
    expect(times.size).toBe(count);
  });

  it('spreads the sessions over every conference day and uses every format and audience', () => {
    expect(new Set(sessions.map((session) => session.day))).toEqual(new Set(['2025-03-08', '2025-03-09', '2025-03-10']));
    expect(new Set(sessions.map((session) => session.format))).toEqual(new Set(shape.formats));
    expect(new Set(sessions.flatMap((session) => session.audiences))).toEqual(new Set(shape.audiences));
  });

  it('gives every session a text in every language, with a title, a summary and a body of paragraphs, a list and a link', () => {
    for (const session of sessions) {
      expect([...session.texts.keys()]).toEqual(shape.locales);
      for (const text of session.texts.values()) {
        const mdx = sessionMdx(text);
        expect(sessionFolder.texts.safeParse(frontmatter(mdx)).error).toBeUndefined();
        expect(text.body.split('\n\n').length).toBeGreaterThanOrEqual(4);
        expect(text.body).toMatch(/^- \S/m);
        expect(text.body).toMatch(/\[[^\]]+\]\(https:\/\/example\.org\/[^)]+\)/);
        // Nothing MDX would read as code or markup.
        expect(text.body).not.toMatch(/[{}<>]/);
      }
    }
  });

  it('draws the words from the language’s own text, or borrows another language’s when it has none', () => {
    const english = new Set(shape.words.get('en')!.map((word) => word.toLowerCase()));
    const spanish = new Set(shape.words.get('es')!.map((word) => word.toLowerCase()));
    const wordsIn = (text: string, locale: string) => wordsOf(text, locale).map((word) => word.toLowerCase());
    const first = sessions[0]!;
    expect(wordsIn(first.texts.get('es')!.summary, 'es').every((word) => spanish.has(word))).toBe(true);
    expect(wordsIn(first.texts.get('ar')!.summary, 'ar').every((word) => english.has(word))).toBe(true);
  });

  it('is repeatable: the same seed gives the same programme, another seed another', () => {
    const again = syntheticSessions(shape, count);
    expect(again.map(sessionFacts)).toEqual(sessions.map(sessionFacts));
    expect(again.map((session) => session.texts.get('en')!.body)).toEqual(sessions.map((session) => session.texts.get('en')!.body));
    expect(syntheticSessions(shape, count, 7).map(sessionFacts)).not.toEqual(sessions.map(sessionFacts));
  });
});

describe('wordsOf', () => {
  it('keeps words, in any script, and drops numbers and punctuation', () => {
    expect(wordsOf('Le 16 juin, l’e-Parlement (IPU) : 10 % !', 'fr')).toEqual(['Le', 'juin', 'l’e', 'Parlement', 'IPU']);
    expect(wordsOf('المؤتمر العالمي 2021.', 'ar')).toEqual(['المؤتمر', 'العالمي']);
  });
});
