/** The programme model pages read (src/data/programme.ts), on a small made-up site model. */
import { describe, expect, it } from 'vitest';
import { audiencePageOn, partTallyRef, programmeOf, SESSIONS_PER_PAGE, tallyFiles } from '../../src/data/programme.ts';
import type { Site } from '../../src/data/site.ts';
import { countMatching, matchesFilter, tallyFile, tallyRef } from '../../src/lib/filter-state.ts';

const timeZone = 'UTC';
const rooms = ['a', 'b', 'c'].map((id, order) => ({ id, data: { label: { en: id }, order } }));

/** A site whose sessions run on 2025-11-01 (UTC) or `day` days later, `minutes` after 08:00, each an hour long, for the audience `all` unless told. */
function siteWith(sessions: { id: string; minutes: number; room?: string; length?: number; day?: number; audiences?: string[] }[]): Site {
  const at = (day: number, minutes: number) => new Date(Date.UTC(2025, 10, 1 + day, 8, minutes));
  const audienceIds = [...new Set(sessions.flatMap((session) => session.audiences ?? ['all']))];
  return {
    conference: { timeZone },
    rooms,
    audiences: audienceIds.map((id, order) => ({ id, data: { label: { en: id }, order } })),
    sessions: sessions.map(({ id, minutes, room, length = 60, day = 0, audiences = ['all'] }) => ({ id, start: at(day, minutes), end: at(day, minutes + length), data: { audiences, room } })),
  } as unknown as Site;
}

describe('programmeOf', () => {
  it('cuts a long day into pages of at most SESSIONS_PER_PAGE sessions, each slot laid out as table rows, no session lost', () => {
    // Every 5 minutes seven sessions at once, in turn in the rooms: overlaps chain the whole day into one slot.
    const count = SESSIONS_PER_PAGE * 3 + 7;
    const site = siteWith(Array.from({ length: count }, (_, i) => ({ id: `s${String(i).padStart(3, '0')}`, minutes: Math.floor(i / 7) * 5, room: rooms[i % 3]!.id })));
    const [day] = programmeOf(site).days;
    expect(day!.parts.length).toBeGreaterThanOrEqual(3);
    for (const part of day!.parts) {
      expect(part.sessionCount).toBeLessThanOrEqual(SESSIONS_PER_PAGE);
      for (const slot of part.slots) expect(slot.rows, `a slot of part ${part.number}`).toBeDefined();
    }
    const listed = day!.parts.flatMap((part) => part.slots.flatMap((slot) => slot.rows!.flatMap((row) => row.cells.flatMap((cell) => ('sessions' in cell ? cell.sessions : [])))));
    expect(listed.map((session) => session.id).sort()).toEqual(site.sessions.map((session) => session.id).sort());
  });

  it('lets a lone session without a room span every column, and gives one sharing its time a column of its own', () => {
    const lone = programmeOf(siteWith([{ id: 'plenary', minutes: 0 }, { id: 'x', minutes: 60, room: 'a' }, { id: 'y', minutes: 60, room: 'b' }])).days[0]!;
    expect(lone.parts[0]!.columns.map((room) => room?.id)).toEqual(['a', 'b']);
    const plenary = lone.parts[0]!.slots[0]!.rows![0]!.cells[0]!;
    expect('colspan' in plenary && plenary.colspan).toBe(2);
    const shared = programmeOf(siteWith([{ id: 'z', minutes: 0 }, { id: 'x', minutes: 0, room: 'a' }])).days[0]!;
    expect(shared.parts[0]!.columns.map((room) => room?.id)).toEqual(['a', undefined]);
  });

  it('gives each part of a long day only the rooms its sessions use, so a page never carries columns that stay empty', () => {
    // Room a all morning, then room b all afternoon: more sessions than one page holds in each half.
    const morning = Array.from({ length: SESSIONS_PER_PAGE }, (_, i) => ({ id: `m${String(i).padStart(3, '0')}`, minutes: i * 2, room: 'a', length: 1 }));
    const afternoon = Array.from({ length: SESSIONS_PER_PAGE }, (_, i) => ({ id: `n${String(i).padStart(3, '0')}`, minutes: 300 + i * 2, room: 'b', length: 1 }));
    const [day] = programmeOf(siteWith([...morning, ...afternoon])).days;
    expect(day!.parts.map((part) => part.columns.map((room) => room?.id))).toEqual([['a'], ['b']]);
    for (const part of day!.parts) {
      for (const row of part.slots.flatMap((slot) => slot.rows!)) expect(row.cells).toHaveLength(1);
    }
  });
});

describe('tallyFiles', () => {
  // Day 1 holds more sessions than a page lists, in turns of rooms and audiences; day 2 a few.
  const long = Array.from({ length: SESSIONS_PER_PAGE + 10 }, (_, i) => ({ id: `l${String(i).padStart(3, '0')}`, minutes: i * 2, length: 1, room: rooms[i % 3]!.id, audiences: i % 2 ? ['ict'] : ['ict', 'library'] }));
  const short = [
    { id: 's1', minutes: 0, day: 1, room: 'a', audiences: ['library'] },
    { id: 's2', minutes: 60, day: 1, audiences: ['press'] },
  ];
  const site = siteWith([...long, ...short]);
  const files = tallyFiles(site);
  const filters = ['ict', 'library', 'press', undefined].flatMap((audience) => ['a', 'b', 'c', undefined].map((room) => ({ ...(audience ? { audience } : {}), ...(room ? { room } : {}) })));
  const matching = (list: readonly { audiences: string[]; room?: string }[], state: (typeof filters)[number]) => list.filter((session) => matchesFilter({ audiences: session.audiences, room: session.room }, state)).length;
  const counted = (ref: string, state: (typeof filters)[number]) => countMatching(files[tallyFile(ref)]![ref]!, state);

  it('writes the programme’s and each day’s tallies in one file, and the parts’ only for a day cut into parts', () => {
    const [longDay, shortDay] = programmeOf(site).days;
    expect(longDay!.parts.length).toBeGreaterThan(1);
    expect(shortDay!.parts).toHaveLength(1);
    expect(Object.keys(files).sort()).toEqual(['2025-11-01', 'days']);
    expect(Object.keys(files.days!).sort()).toEqual(['2025-11-01', '2025-11-02', 'programme']);
    expect(partTallyRef(shortDay!, shortDay!.parts[0]!)).toBe('2025-11-02');
  });

  it('counts, for every filter, what the programme, each day and each part of a long day hold', () => {
    const [longDay] = programmeOf(site).days;
    for (const state of filters) {
      const label = JSON.stringify(state);
      expect(counted(tallyRef(), state), label).toBe(matching([...long, ...short], state));
      expect(counted('2025-11-01', state), label).toBe(matching(long, state));
      expect(counted('2025-11-02', state), label).toBe(matching(short, state));
      const inParts = longDay!.parts.map((part) => {
        const shown = new Set(part.slots.flatMap((slot) => slot.sessions.map((session) => session.id)));
        const ref = partTallyRef(longDay!, part);
        expect(ref).toBe(`2025-11-01/${part.number}`);
        expect(counted(ref, state), `${ref} ${label}`).toBe(matching(long.filter((session) => shown.has(session.id)), state));
        return counted(ref, state);
      });
      expect(inParts.reduce((a, b) => a + b, 0), label).toBe(matching(long, state));
    }
  });

  it('links, without JavaScript, an audience cut by day to its page of that day, another to its page, and none where it has no session that day', () => {
    expect(audiencePageOn(site, 'ict', '2025-11-01')).toEqual({ kind: 'audience', id: 'ict', day: '2025-11-01' });
    expect(audiencePageOn(site, 'ict', '2025-11-02')).toBeUndefined();
    expect(audiencePageOn(site, 'library', '2025-11-02')).toEqual({ kind: 'audience', id: 'library' });
    expect(audiencePageOn(site, 'press', '2025-11-01')).toBeUndefined();
    expect(audiencePageOn(site, 'ict')).toEqual({ kind: 'audience', id: 'ict' });
  });
});
