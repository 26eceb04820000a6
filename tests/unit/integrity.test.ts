import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type IntegrityInput } from '../../src/lib/integrity.ts';

function input(overrides: Partial<IntegrityInput> = {}): IntegrityInput {
  return {
    conferenceFile: 'content/conference.yaml',
    startDate: '2021-06-16',
    endDate: '2021-06-18',
    timeZone: 'Europe/Zurich',
    locales: ['fr', 'en'],
    sessions: [
      {
        id: 'opening',
        file: 'content/sessions/opening/index.fr.mdx',
        day: '2021-06-16',
        start: '14:00',
        end: '14:30',
        format: 'opening',
        audiences: ['ict'],
        speakers: [],
        moderators: [],
      },
    ],
    localizedFiles: [
      { file: 'content/sessions/opening/index.fr.mdx', locale: 'fr' },
      { file: 'content/letter/index.fr.mdx', locale: 'fr' },
    ],
    defaultLocale: 'fr',
    speakerFiles: [],
    assets: new Set(),
    localizedFields: [{ file: 'content/audiences/ict.yaml', field: 'label', locales: ['fr', 'en'] }],
    ids: { formats: new Set(['opening']), audiences: new Set(['ict']), themes: new Set(['data']), rooms: new Set(['main']), speakers: new Set() },
    ...overrides,
  };
}

const withSession = (changes: Partial<IntegrityInput['sessions'][number]>) => input({ sessions: [{ ...input().sessions[0]!, ...changes }] });

describe('checkIntegrity', () => {
  it('accepts consistent content and returns session instants', () => {
    const { problems, times } = checkIntegrity(input());
    expect(problems).toEqual([]);
    expect(times.get('opening')?.start.toISOString()).toBe('2021-06-16T12:00:00.000Z');
  });

  it('names unknown references with the file, the field and the valid ids', () => {
    const { problems } = checkIntegrity(withSession({ format: 'keynote', audiences: ['ict', 'librarians'], theme: 'ai', speakers: ['nobody'] }));
    expect(problems.map((p) => p.field).sort()).toEqual(['audiences[1]', 'format', 'speakers[0]', 'theme']);
    const format = problems.find((p) => p.field === 'format')!;
    expect(format.file).toBe('content/sessions/opening/index.fr.mdx');
    expect(format.found).toBe('"keynote"');
    expect(format.expected).toContain('opening');
  });

  it('checks the room a session names against content/rooms/', () => {
    expect(checkIntegrity(withSession({ room: 'main' })).problems).toEqual([]);
    const { problems } = checkIntegrity(withSession({ room: 'hall-b' }));
    expect(problems).toEqual([expect.objectContaining({ field: 'room', found: '"hall-b"', expected: expect.stringContaining('rooms/ (one of: main)') })]);
  });

  it('rejects an end before the start and sessions outside the conference days', () => {
    const early = checkIntegrity(withSession({ start: '15:00', end: '14:00' })).problems;
    expect(early).toEqual([expect.objectContaining({ field: 'end', expected: 'an end time after the start time' })]);
    const outside = checkIntegrity(withSession({ day: '2021-06-19' })).problems;
    expect(outside).toEqual([expect.objectContaining({ field: 'day', found: '2021-06-19' })]);
  });

  it('rejects a time that does not exist in the zone', () => {
    const { problems } = checkIntegrity({ ...withSession({ day: '2021-03-28', start: '02:30', end: '03:30' }), startDate: '2021-03-28' });
    expect(problems).toEqual([expect.objectContaining({ field: 'start/end' })]);
  });

  it('reports files and fields in languages the site does not have', () => {
    const { problems } = checkIntegrity(
      input({
        localizedFiles: [
          { file: 'content/letter/index.de.mdx', locale: 'de' },
          { file: 'content/sessions/opening/index.fr.mdx', locale: 'fr' },
        ],
        localizedFields: [{ file: 'content/audiences/ict.yaml', field: 'label', locales: ['fr', 'fr-fr'] }],
      }),
    );
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual(['content/audiences/ict.yaml label.fr-fr', 'content/letter/index.de.mdx (file name)']);
  });

  it('reports a repeated audience', () => {
    expect(checkIntegrity(withSession({ audiences: ['ict', 'ict'] })).problems).toEqual([expect.objectContaining({ field: 'audiences' })]);
  });

  it('collects every problem instead of stopping at the first', () => {
    const broken = input({
      sessions: [
        { ...input().sessions[0]!, format: 'x' },
        { ...input().sessions[0]!, id: 'second', file: 'content/sessions/second/index.fr.mdx', day: '2022-01-01' },
      ],
    });
    const message = formatProblems(checkIntegrity(broken).problems);
    expect(message).toMatch(/^The content has 2 problems:/);
    expect(message).toContain('content/sessions/second/index.fr.mdx');
    expect(message).toContain('field "format": found "x"');
  });
});

describe('speakers', () => {
  const speaker = (locale: string, changes: Partial<IntegrityInput['speakerFiles'][number]> = {}) => ({
    file: `content/speakers/ada/index.${locale}.mdx`,
    speakerId: 'ada',
    locale,
    languageNeutral: locale === 'fr' ? ['name'] : [],
    ...changes,
  });
  const withSpeakers = (speakerFiles: IntegrityInput['speakerFiles'], assets: string[] = []) =>
    checkIntegrity({ ...withSession({ speakers: ['ada'] }), speakerFiles, assets: new Set(assets), ids: { ...input().ids, speakers: new Set(speakerFiles.map((f) => f.speakerId)) } }).problems;

  it('accepts a person with a name in the default language, a photo beside it and texts in site languages', () => {
    expect(withSpeakers([speaker('fr', { photo: 'photo.jpg', languageNeutral: ['name', 'photo'] }), speaker('en')], ['speakers/ada/photo.jpg'])).toEqual([]);
  });

  it('names a missing photo with the file, the field and what was found', () => {
    const problems = withSpeakers([speaker('fr', { photo: 'portrait.jpg', languageNeutral: ['name', 'photo'] })], ['speakers/ada/photo.jpg']);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/speakers/ada/index.fr.mdx', field: 'photo', found: expect.stringContaining('"portrait.jpg"') })]);
  });

  it('rejects a biography in a language the site does not have', () => {
    const problems = withSpeakers([speaker('fr'), speaker('de')]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/speakers/ada/index.de.mdx', field: '(file name)', found: '"de"' })]);
  });

  it('wants the default language file, with the name, and the facts only there', () => {
    expect(withSpeakers([speaker('en')])).toEqual([expect.objectContaining({ file: 'content/speakers/ada/index.fr.mdx', found: 'no such file' })]);
    expect(withSpeakers([speaker('fr', { languageNeutral: [] })])).toEqual([expect.objectContaining({ field: 'name' })]);
    const moved = withSpeakers([speaker('fr'), speaker('en', { languageNeutral: ['website'] })]);
    expect(moved).toEqual([expect.objectContaining({ file: 'content/speakers/ada/index.en.mdx', field: 'website', expected: expect.stringContaining('index.fr.mdx') })]);
  });

  it('names an unknown person in a session', () => {
    const problems = checkIntegrity(withSession({ moderators: ['nobody'] })).problems;
    expect(problems).toEqual([expect.objectContaining({ field: 'moderators[0]', found: '"nobody"' })]);
  });
});

describe('session resources', () => {
  it('needs a linked file to be in the content folder', () => {
    const resources = [{ file: 'files/slides.pdf' }, { file: 'files/missing.pdf' }];
    const { problems } = checkIntegrity({ ...withSession({ resources }), assets: new Set(['files/slides.pdf']) });
    expect(problems).toEqual([expect.objectContaining({ field: 'resources[1].file', found: expect.stringContaining('"files/missing.pdf"') })]);
  });
});
