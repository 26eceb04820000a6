/**
 * The programme filter (an audience, a room) as it lives in the page URL, `?audience=ict&room=main`,
 * so a filtered view can be shared and survives a reload; and the counts it shows, computed
 * from a tally the build writes once per day instead of from every session.
 */

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
export function tally(items: readonly Filterable[]): Record<string, number> {
  const counts: Record<string, number> = {};
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
export function countMatching(counts: Readonly<Record<string, number>>, state: FilterState): number {
  return counts[tallyKey(state.audience, state.room)] ?? 0;
}
