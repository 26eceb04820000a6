/**
 * A site search as a shareable URL, e.g. `?q=data&audience=ict&day=2021-06-17&format=workshop`,
 * and the Pagefind filters it stands for. Session pages tag themselves with the same filter
 * keys (`filterAttribute`), so the search page and the index cannot drift apart. They also carry
 * their place in the programme (`sortAttribute`), so a search by filters alone lists them in
 * programme order rather than in the index's own order.
 */

/** The Pagefind filter keys session pages carry; their values are language-neutral ids. */
export const searchFilterKeys = ['audience', 'day', 'format'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** The folder of the built site where Pagefind writes the index and its browser files. */
export const searchBundleFolder = 'pagefind';

/** The URL parameter holding the words searched for. */
export const queryParam = 'q';

export interface SearchState {
  /** The words typed, trimmed; empty when there are none. */
  term: string;
  /** At most one chosen value per filter; a missing key means "any". */
  filters: Partial<Record<SearchFilterKey, string>>;
}

/** The value of a `data-pagefind-filter` attribute tagging a page with one filter value, e.g. `day:2021-06-16`. */
export function filterAttribute(key: SearchFilterKey, value: string): string {
  return `${key}:${value}`;
}

/** The Pagefind sort key session pages carry: their position in the programme (by day and start time). */
export const programmeSortKey = 'programme';

/**
 * The value of a `data-pagefind-sort` attribute giving a session's position in programme order,
 * e.g. `programme:000042`; zero-padded, so it sorts the same compared as text or as a number.
 */
export function sortAttribute(position: number): string {
  return `${programmeSortKey}:${String(position).padStart(6, '0')}`;
}

/** How Pagefind orders results: by relevance when words are typed, in programme order when only filters are chosen. */
export function pagefindSort(state: SearchState): Record<string, 'asc'> {
  return state.term ? {} : { [programmeSortKey]: 'asc' };
}

/** Reads a search from a URL's query string; unknown parameters and empty values are ignored. */
export function searchStateFromQuery(query: string): SearchState {
  const params = new URLSearchParams(query);
  const filters: SearchState['filters'] = {};
  for (const key of searchFilterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { term: params.get(queryParam)?.trim() ?? '', filters };
}

/**
 * The query string for a search (`?q=…&audience=…`), keeping any other parameters of `current`;
 * an empty string when nothing is left, so the plain page URL stays clean.
 */
export function searchStateToQuery(state: SearchState, current = ''): string {
  const params = new URLSearchParams(current);
  if (state.term) params.set(queryParam, state.term);
  else params.delete(queryParam);
  for (const key of searchFilterKeys) {
    const value = state.filters[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filters in the shape Pagefind's search takes: every chosen value must match. */
export function pagefindFilters(state: SearchState): Record<string, string[]> {
  return Object.fromEntries(Object.entries(state.filters).map(([key, value]) => [key, [value]]));
}

/** Whether any filter is chosen: then the search lists every matching page, even without words. */
export function hasFilters(state: SearchState): boolean {
  return Object.keys(state.filters).length > 0;
}
