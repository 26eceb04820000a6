import { describe, expect, it } from 'vitest';
import { cutSlot, groupIntoSlots, overlaps, partsOf, slotRows, type SlotCell } from '../../src/lib/slots.ts';

const at = (time: string) => new Date(`2025-11-01T${time}:00Z`);
const session = (id: string, start: string, end: string, room?: number) => ({ id, start: at(start), end: at(end), room });
const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe('overlaps', () => {
  it('is true for sessions sharing a moment, false for ones that only touch', () => {
    expect(overlaps(session('a', '10:00', '11:00'), session('b', '10:59', '12:00'))).toBe(true);
    expect(overlaps(session('a', '10:00', '11:00'), session('b', '11:00', '12:00'))).toBe(false);
    expect(overlaps(session('a', '10:00', '13:00'), session('b', '11:00', '12:00'))).toBe(true);
  });
});

describe('groupIntoSlots', () => {
  it('groups overlapping sessions, including through a chain, and keeps the others apart', () => {
    const slots = groupIntoSlots([
      session('late', '16:00', '17:00'),
      session('b', '10:30', '11:30'),
      session('a', '10:00', '11:00'),
      session('c', '11:15', '12:00'),
      session('d', '12:00', '13:00'),
    ]);
    expect(slots.map((slot) => ids(slot.sessions))).toEqual([['a', 'b', 'c'], ['d'], ['late']]);
    expect(slots[0]!.start).toEqual(at('10:00'));
    expect(slots[0]!.end).toEqual(at('12:00'));
  });

  it('has no slot without sessions', () => {
    expect(groupIntoSlots([])).toEqual([]);
  });
});

describe('partsOf', () => {
  it('fills parts up to the limit without cutting a slot', () => {
    const slots = groupIntoSlots([
      session('a', '09:00', '10:00'),
      session('b', '10:00', '11:00', 0),
      session('c', '10:00', '11:00', 1),
      session('d', '10:00', '11:00', 2),
      session('e', '11:00', '12:00'),
      session('f', '12:00', '13:00'),
    ]);
    expect(partsOf(slots, 3).map((part) => part.flatMap((slot) => ids(slot.sessions)))).toEqual([['a'], ['b', 'c', 'd'], ['e', 'f']]);
    expect(partsOf(slots, 100)).toHaveLength(1);
  });

  it('cuts a slot larger than the limit between start times, so no page grows with the whole day', () => {
    // A chain of overlaps: each session overlaps the next, so all five form one slot.
    const [chain] = groupIntoSlots([
      session('a', '09:00', '10:30'),
      session('b', '10:00', '11:30'),
      session('b2', '10:00', '10:45'),
      session('c', '11:00', '12:30'),
      session('d', '12:00', '13:30'),
    ]);
    expect(chain!.sessions).toHaveLength(5);
    const pieces = cutSlot(chain!, 2);
    // b and b2 start together: the first piece closes early rather than part them.
    expect(pieces.map((piece) => ids(piece.sessions))).toEqual([['a'], ['b2', 'b'], ['c', 'd']]);
    expect(pieces[1]!.start).toEqual(at('10:00'));
    expect(pieces[1]!.end).toEqual(at('11:30'));
    expect(partsOf(pieces, 2).map((part) => part.flatMap((slot) => ids(slot.sessions)))).toEqual([['a'], ['b2', 'b'], ['c', 'd']]);
    // Pieces are kept as they are: a part is never cut again (the programme lays each piece out once).
    expect(partsOf(pieces, 2).flat()).toEqual(pieces);
    expect(cutSlot(chain!, 5)).toEqual([chain]);
  });

  it('cuts sessions starting at one moment among themselves only when there are more than the limit, so no piece exceeds it', () => {
    // Seven rooms start at 10:00, then one session at 10:30 overlapping them.
    const [slot] = groupIntoSlots([...Array.from({ length: 7 }, (_, i) => session(`r${i}`, '10:00', '11:00', i)), session('late', '10:30', '11:30')]);
    const pieces = cutSlot(slot!, 3);
    expect(pieces.map((piece) => ids(piece.sessions))).toEqual([['r0', 'r1', 'r2'], ['r3', 'r4', 'r5'], ['r6', 'late']]);
    expect(pieces.map((piece) => piece.end)).toEqual([at('11:00'), at('11:00'), at('11:30')]);
  });
});

describe('slotRows', () => {
  const byRoom = (s: { room?: number | undefined }) => s.room ?? ('all' as const);
  const cellIds = (row: { cells: unknown[] }) => row.cells.map((cell) => ('empty' in (cell as object) ? '-' : ids((cell as SlotCell<{ id: string }>).sessions).join('+')));

  it('puts each room in its column and lets a long session span the rows of the others', () => {
    const [slot] = groupIntoSlots([
      session('budgets', '10:30', '11:30', 0),
      session('standards', '10:30', '11:30', 1),
      session('hackathon', '10:30', '12:30', 2),
      session('privacy', '11:30', '12:30', 0),
      session('civic', '11:30', '12:30', 1),
    ]);
    const rows = slotRows(slot!, 3, byRoom);
    expect(rows.map((row) => row.start)).toEqual([at('10:30'), at('11:30')]);
    expect(rows.map(cellIds)).toEqual([['budgets', 'standards', 'hackathon'], ['privacy', 'civic']]);
    const hackathon = rows[0]!.cells[2] as SlotCell<unknown>;
    expect([hackathon.rowspan, hackathon.colspan]).toEqual([2, 1]);
  });

  it('leaves an empty cell where a room has nothing, and spans every column for a lone session without a room', () => {
    const [parallel, plenary] = groupIntoSlots([session('a', '09:00', '10:00', 0), session('b', '09:30', '10:00', 2), session('plenary', '10:00', '11:00')]);
    expect(slotRows(parallel!, 3, byRoom).map(cellIds)).toEqual([['a', '-', '-'], ['-', 'b']]);
    const [row] = slotRows(plenary!, 3, byRoom);
    expect(cellIds(row!)).toEqual(['plenary']);
    expect((row!.cells[0] as SlotCell<unknown>).colspan).toBe(3);
  });

  it('keeps two sessions booked in one room at once together in one cell', () => {
    const [slot] = groupIntoSlots([session('a', '09:00', '11:00', 0), session('b', '10:00', '10:30', 0), session('c', '10:00', '11:00', 1)]);
    expect(slotRows(slot!, 2, byRoom).map(cellIds)).toEqual([['a+b', '-'], ['c']]);
  });
});
