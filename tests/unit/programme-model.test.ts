/** The programme model pages read (src/data/programme.ts), on a small made-up site model. */
import { describe, expect, it } from 'vitest';
import { programmeOf, SESSIONS_PER_PAGE } from '../../src/data/programme.ts';
import type { Site } from '../../src/data/site.ts';

const timeZone = 'UTC';
const rooms = ['a', 'b', 'c'].map((id, order) => ({ id, data: { label: { en: id }, order } }));

/** A site whose sessions run on 2025-11-01 (UTC), `minutes` after 08:00, each an hour long. */
function siteWith(sessions: { id: string; minutes: number; room?: string; length?: number }[]): Site {
  const at = (minutes: number) => new Date(Date.UTC(2025, 10, 1, 8, minutes));
  return {
    conference: { timeZone },
    rooms,
    audiences: [{ id: 'all', data: { label: { en: 'All' }, order: 1 } }],
    sessions: sessions.map(({ id, minutes, room, length = 60 }) => ({ id, start: at(minutes), end: at(minutes + length), data: { audiences: ['all'], room } })),
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
    expect(day!.tally['* *']).toBe(count);
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
