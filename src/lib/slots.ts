/**
 * Time slots: sessions that overlap, directly or through a chain of overlaps, form one slot
 * and are shown side by side. A slot with rooms becomes table rows (one per start time) and
 * columns (one per room); a session lasting several rows spans them.
 */
import { byStartTime, type Timed } from './programme.ts';

export interface Slot<T> {
  start: Date;
  /** The latest end of its sessions. */
  end: Date;
  /** In programme order. */
  sessions: T[];
}

/** True when the two run at the same time for at least a moment (touching ends do not overlap). */
export function overlaps(a: Pick<Timed, 'start' | 'end'>, b: Pick<Timed, 'start' | 'end'>): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The slots of `sessions`, in order: a session joins the current slot while it starts before the slot ends. */
export function groupIntoSlots<T extends Timed>(sessions: readonly T[]): Slot<T>[] {
  const slots: Slot<T>[] = [];
  for (const session of [...sessions].sort(byStartTime)) {
    const current = slots.at(-1);
    if (current && session.start < current.end) {
      current.sessions.push(session);
      if (session.end > current.end) current.end = session.end;
    } else {
      slots.push({ start: session.start, end: session.end, sessions: [session] });
    }
  }
  return slots;
}

/** Consecutive sessions that start at the same moment. */
function startingTogether<T extends Timed>(sessions: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const session of sessions) {
    const run = runs.at(-1);
    if (run && run[0]!.start.getTime() === session.start.getTime()) run.push(session);
    else runs.push([session]);
  }
  return runs;
}

/**
 * A slot cut into slots of at most `limit` sessions, between start times where it can: in a
 * dense programme overlaps chain all day into one slot; cut, each piece still shows side by
 * side what starts together, and a session running on past a cut is shown, with its end,
 * where it starts. Only more sessions starting at one moment than a page holds (hundreds of
 * rooms) are cut among themselves, in programme order, so no page ever grows past the limit.
 */
export function cutSlot<T extends Timed>(slot: Slot<T>, limit: number): Slot<T>[] {
  if (slot.sessions.length <= limit) return [slot];
  const pieces: T[][] = [[]];
  for (const run of startingTogether(slot.sessions)) {
    for (let first = 0; first < run.length; first += limit) {
      const chunk = run.slice(first, first + limit);
      if (pieces.at(-1)!.length + chunk.length > limit) pieces.push([]);
      pieces.at(-1)!.push(...chunk);
    }
  }
  return pieces
    .filter((sessions) => sessions.length > 0)
    .map((sessions) => ({ start: sessions[0]!.start, end: new Date(Math.max(...sessions.map((session) => session.end.getTime()))), sessions }));
}

/**
 * Consecutive slots gathered into parts of at most `limit` sessions. A slot is never cut here:
 * one larger than the limit (cut it first with cutSlot) is a part alone.
 */
export function partsOf<T>(slots: readonly Slot<T>[], limit: number): Slot<T>[][] {
  const parts: Slot<T>[][] = [];
  let size = 0;
  for (const slot of slots) {
    const current = parts.at(-1);
    if (current && size + slot.sessions.length <= limit) {
      current.push(slot);
      size += slot.sessions.length;
    } else {
      parts.push([slot]);
      size = slot.sessions.length;
    }
  }
  return parts;
}

/** Where a session sits in the table: a column index, or every column (a session alone in its slot with no room). */
export type Column = number | 'all';

export interface SlotCell<T> {
  /** The first column it covers. */
  column: number;
  colspan: number;
  rowspan: number;
  /** Usually one; more when sessions share a room at the same time, so none is lost. */
  sessions: T[];
}

/** One table row: its start time, and in column order each cell starting in it or an empty cell; columns covered from above are left out. */
export interface SlotRow<T> {
  start: Date;
  cells: (SlotCell<T> | { column: number; empty: true })[];
}

/** The table rows of `slot` over `columns` columns, `columnOf` placing each session. */
export function slotRows<T extends Timed>(slot: Slot<T>, columns: number, columnOf: (session: T) => Column): SlotRow<T>[] {
  const times = [...new Set(slot.sessions.map((session) => session.start.getTime()))].sort((a, b) => a - b);
  const grid: (SlotCell<T> | undefined)[][] = times.map(() => Array.from({ length: columns }, () => undefined));
  /** `row:column` of each cell's top-left corner, where it is written. */
  const origins = new Set<string>();
  for (const session of slot.sessions) {
    const row = times.indexOf(session.start.getTime());
    const rowspan = Math.max(1, times.filter((time) => time >= session.start.getTime() && time < session.end.getTime()).length);
    const place = columnOf(session);
    const [column, colspan] = place === 'all' ? [0, columns] : [place, 1];
    const taken = grid[row]![column];
    if (taken) {
      taken.sessions.push(session);
      continue;
    }
    const cell: SlotCell<T> = { column, colspan, rowspan, sessions: [session] };
    origins.add(`${row}:${column}`);
    for (let r = row; r < row + rowspan; r++) for (let c = column; c < column + colspan; c++) grid[r]![c] ??= cell;
  }
  return times.map((time, row) => ({
    start: new Date(time),
    // Elsewhere than its corner, a cell covers the place from above or beside, and nothing is written there.
    cells: grid[row]!.flatMap((cell, column): SlotRow<T>['cells'] => (!cell ? [{ column, empty: true }] : origins.has(`${row}:${column}`) ? [cell] : [])),
  }));
}
