import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sessionFacts, sessionMdx, speakerMdx, syntheticSessions, syntheticSpeakers, wordsOf, type ProgrammeShape } from '../../scripts/bench/synthetic.ts';
import { checkIntegrity } from '../../src/lib/integrity.ts';
import { isSlug } from '../../src/lib/urls.ts';
import { sessionFolder } from '../../src/schemas/session.ts';
import { languageNeutralSpeakerFields, speakerSchema } from '../../src/schemas/speaker.ts';

// New York's clocks jump forward on 9 March 2025: every generated time must still exist.
const shape: ProgrammeShape = {
  startDate: '2025-03-08',
  endDate: '2025-03-10',
  locales: ['en', 'es', 'ar'],
  defaultLocale: 'en',
  formats: ['keynote', 'workshop'],
  audiences: ['developers', 'journalists', 'officials', 'researchers'],
  themes: ['open-data'],
  rooms: ['hall', 'room-2', 'room-3'],
  speakers: ['person-1', 'person-2', 'person-3', 'person-4', 'person-5', 'person-6'],
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
      ids: { formats: new Set(shape.formats), audiences: new Set(shape.audiences), themes: new Set(shape.themes), rooms: new Set(shape.rooms), speakers: new Set(shape.speakers) },
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

describe('what the real model has: rooms, people, recordings, resources', () => {
  it('puts sessions in parallel rooms, each room busy with one session at a time when there are rooms enough', () => {
    const roomy = syntheticSessions({ ...shape, rooms: Array.from({ length: 12 }, (_, index) => `room-${index + 1}`) }, count);
    const byRoom = Map.groupBy(roomy, (session) => `${session.day} ${session.room}`);
    expect(new Set(roomy.map((session) => session.room)).size).toBeGreaterThan(3);
    for (const [room, list] of byRoom) {
      const sorted = list.sort((a, b) => a.start.localeCompare(b.start));
      for (const [index, session] of sorted.entries()) if (index > 0) expect(session.start >= sorted[index - 1]!.end, `${room}: ${session.id}`).toBe(true);
    }
    // Parallel: some sessions of a day start at the same time in different rooms.
    expect(roomy.some((session) => roomy.some((other) => other !== session && other.day === session.day && other.start === session.start))).toBe(true);
  });

  it('names speakers and moderators among the people, never the same person twice in a session', () => {
    for (const session of sessions) {
      const people = [...session.speakers, ...session.moderators];
      expect(new Set(people).size, session.id).toBe(people.length);
      expect(people.every((id) => shape.speakers!.includes(id))).toBe(true);
    }
    expect(sessions.filter((session) => session.speakers.length > 0).length).toBeGreaterThan(count / 2);
    expect(sessions.some((session) => session.moderators.length > 0)).toBe(true);
  });

  it('gives some sessions a recording and resources labelled in every language', () => {
    expect(sessions.filter((session) => session.recording).length).toBeGreaterThan(count / 4);
    const resources = sessions.flatMap((session) => session.resources);
    expect(resources.length).toBeGreaterThan(count / 4);
    for (const resource of resources) expect(Object.keys(resource.label)).toEqual(shape.locales);
  });

  it('writes people the speaker schema accepts: name and photo only in the default language, a biography in every language', () => {
    const people = syntheticSpeakers(shape, 40, 0.5);
    expect(people.filter((person) => person.photo).length).toBeGreaterThan(5);
    expect(people.filter((person) => !person.photo).length).toBeGreaterThan(5);
    for (const person of people) {
      for (const locale of shape.locales) {
        const mdx = speakerMdx(person, locale, shape.defaultLocale);
        const data = frontmatter(mdx) as Record<string, unknown>;
        expect(speakerSchema.safeParse(data).error, `${person.id} ${locale}`).toBeUndefined();
        const neutral = languageNeutralSpeakerFields.filter((field) => field in data);
        expect(neutral).toEqual(locale === shape.defaultLocale ? (person.photo ? ['name', 'photo'] : ['name']) : []);
        expect(mdx.split('---\n')[2]!.trim().length).toBeGreaterThan(20);
      }
    }
  });
});

describe('wordsOf', () => {
  it('keeps words, in any script, and drops numbers and punctuation', () => {
    expect(wordsOf('Le 16 juin, l’e-Parlement (IPU) : 10 % !', 'fr')).toEqual(['Le', 'juin', 'l’e', 'Parlement', 'IPU']);
    expect(wordsOf('المؤتمر العالمي 2021.', 'ar')).toEqual(['المؤتمر', 'العالمي']);
  });
});
