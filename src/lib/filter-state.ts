/**
 * The programme filter (an audience, a room) as it lives in the page URL, `?audience=ict&room=main`,
 * so a filtered view can be shared and survives a reload; and the counts it shows, computed
 * from tallies the build writes once, in files the filter fetches when a filter is chosen,
 * instead of from every session or from counts carried by every page.
 */
import { joinFile } from './urls.ts';

export interface FilterState {
  audience?: string;
  room?: string;
}

export interface Filterable {
  audiences: readonly string[];
  room?: string | undefined;
}

const KEYS = ['audience', 'room'] as const;

/** The filter in `search` (a URL's query), ignoring values the page does not offer. */
export function readFilter(search: string, offered: { audiences: readonly string[]; rooms: readonly string[] }): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  const audience = params.get('audience');
  const room = params.get('room');
  if (audience && offered.audiences.includes(audience)) state.audience = audience;
  if (room && offered.rooms.includes(room)) state.room = room;
  return state;
}

/** `url` with the filter written into its query (and nothing else of it changed). */
export function writeFilter(url: string, state: FilterState): string {
  const next = new URL(url);
  for (const key of KEYS) {
    const value = state[key];
    if (value) next.searchParams.set(key, value);
    else next.searchParams.delete(key);
  }
  return next.href;
}

export function matchesFilter(item: Filterable, state: FilterState): boolean {
  return (!state.audience || item.audiences.includes(state.audience)) && (!state.room || item.room === state.room);
}

/** The tally key of an audience and a room, `*` standing for any. */
const tallyKey = (audience: string | undefined, room: string | undefined) => `${audience ?? '*'} ${room ?? '*'}`;

/** How many items match each possible filter: `{ "* *": 12, "ict *": 5, "* main": 4, "ict main": 2 }`; combinations with none are left out. */
export type Tally = Record<string, number>;

export function tally(items: readonly Filterable[]): Tally {
  const counts: Tally = {};
  for (const item of items) {
    for (const audience of [undefined, ...item.audiences]) {
      for (const room of item.room ? [undefined, item.room] : [undefined]) {
        const key = tallyKey(audience, room);
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** The number of items matching `state`, from their tally. */
export function countMatching(counts: Readonly<Tally>, state: FilterState): number {
  return counts[tallyKey(state.audience, state.room)] ?? 0;
}

/**
 * What a counted element counts, written on it as `data-tally-of`: the whole `programme`, a day
 * (`2021-06-16`) or a part of a day cut into parts (`2021-06-16/2`). A page carries only these
 * references, so its weight does not grow with the number of audiences and rooms.
 */
export type TallyRef = string;

export function tallyRef(day?: string, part?: number): TallyRef {
  if (!day) return 'programme';
  return part ? `${day}/${part}` : day;
}

/**
 * The file a tally is in: `days` holds the programme's and each day's (what the overview and
 * every day bar count), a day cut into parts has a file of its own for its parts' (what only
 * that day's pages count), so no page fetches the counts of every part of every day.
 */
export function tallyFile(ref: TallyRef): string {
  return ref.includes('/') ? ref.slice(0, ref.indexOf('/')) : 'days';
}

/** The tallies a file holds, by reference. */
export type TallyFile = Record<TallyRef, Tally>;

/** Path of a tally file, e.g. `/wepc2021/tallies/days.json`. */
export function tallyFilePath(base: string, file: string): string {
  return `${joinFile(base, 'tallies', file)}.json`;
}
