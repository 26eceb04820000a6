import { describe, expect, it } from 'vitest';
import { countMatching, matchesFilter, readFilter, tally, tallyFile, tallyFilePath, tallyRef, writeFilter } from '../../src/lib/filter-state.ts';

const offered = { audiences: ['ict', 'library'], rooms: ['main', 'annex'] };

describe('filter state in the URL', () => {
  it('reads the audience and room offered, and ignores the rest', () => {
    expect(readFilter('?audience=ict&room=annex&q=x', offered)).toEqual({ audience: 'ict', room: 'annex' });
    expect(readFilter('?audience=nobody&room=', offered)).toEqual({});
    expect(readFilter('', offered)).toEqual({});
  });

  it('writes the filter and keeps the rest of the address', () => {
    const url = writeFilter('https://example.org/en/programme/?audience=ict&tz=x#now', { room: 'main' });
    expect(url).toBe('https://example.org/en/programme/?tz=x&room=main#now');
    expect(readFilter(new URL(url).search, offered)).toEqual({ room: 'main' });
    expect(writeFilter(url, {})).toBe('https://example.org/en/programme/?tz=x#now');
  });
});

describe('matching and counting', () => {
  const sessions = [
    { audiences: ['ict'], room: 'main' },
    { audiences: ['ict', 'library'], room: 'annex' },
    { audiences: ['library'] },
  ];

  it('matches on the audience, the room, or both', () => {
    expect(sessions.filter((s) => matchesFilter(s, { audience: 'ict' }))).toHaveLength(2);
    expect(sessions.filter((s) => matchesFilter(s, { audience: 'library', room: 'annex' }))).toHaveLength(1);
    expect(sessions.filter((s) => matchesFilter(s, {}))).toHaveLength(3);
  });

  it('counts from the tally exactly as matching does, for every filter', () => {
    const counts = tally(sessions);
    for (const audience of [undefined, ...offered.audiences]) {
      for (const room of [undefined, ...offered.rooms]) {
        const state = { ...(audience ? { audience } : {}), ...(room ? { room } : {}) };
        expect(countMatching(counts, state), JSON.stringify(state)).toBe(sessions.filter((s) => matchesFilter(s, state)).length);
      }
    }
  });
});

describe('where the tallies are', () => {
  it('refers to the programme, a day and a part of a day, and finds each in its file', () => {
    expect([tallyRef(), tallyRef('2021-06-16'), tallyRef('2021-06-16', 2)]).toEqual(['programme', '2021-06-16', '2021-06-16/2']);
    expect([tallyRef(), tallyRef('2021-06-16'), tallyRef('2021-06-16', 2)].map(tallyFile)).toEqual(['days', 'days', '2021-06-16']);
  });

  it('puts the files under the site’s base path', () => {
    expect(tallyFilePath('/', 'days')).toBe('/tallies/days.json');
    expect(tallyFilePath('/wepc2021/', '2021-06-16')).toBe('/wepc2021/tallies/2021-06-16.json');
  });
});
