/**
 * "My programme": the sessions a visitor marks with a star. No account: the list lives in
 * this browser (localStorage), one list for every language of the site since it holds only
 * session ids, and travels to another browser as a link (`?s=id1,id2`).
 */
import { isSlug } from './urls.ts';

/** The query parameter of a shared selection. */
export const SHARE_PARAM = 's';

/** Where the selection is stored: one per site, so two sites served from one host keep theirs apart. */
export function selectionKey(basePath: string): string {
  return `my-programme:${basePath}`;
}

/** Distinct ids, sorted so the same selection always gives the same link; anything that is not an id is dropped. */
function normalise(values: readonly unknown[]): string[] {
  const ids = values.filter((value): value is string => typeof value === 'string' && isSlug(value));
  return [...new Set(ids)].sort();
}

/** The selection written by `serialiseSelection`; nothing chosen when the value is missing or damaged. */
export function parseSelection(stored: string | null): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(value) ? normalise(value) : [];
  } catch {
    return [];
  }
}

export function serialiseSelection(ids: readonly string[]): string {
  return JSON.stringify(normalise(ids));
}

/** The selection with `id` added (`chosen`) or removed. */
export function withSession(ids: readonly string[], id: string, chosen: boolean): string[] {
  return normalise(chosen ? [...ids, id] : ids.filter((other) => other !== id));
}

/** Both selections together: importing a shared list never drops what the visitor had chosen. */
export function mergeSelections(current: readonly string[], incoming: readonly string[]): string[] {
  return normalise([...current, ...incoming]);
}

/** The query string of a link that shares `ids`, e.g. `?s=2021-06-16-opening,2021-06-17-closing`. */
export function shareQuery(ids: readonly string[]): string {
  return `?${SHARE_PARAM}=${normalise(ids).join(',')}`;
}

/** The ids a shared link carries (from `location.search`), or undefined when it carries none. */
export function sharedSelection(search: string): string[] | undefined {
  const value = new URLSearchParams(search).get(SHARE_PARAM);
  if (value === null) return undefined;
  const ids = normalise(value.split(','));
  return ids.length > 0 ? ids : undefined;
}

export interface SelectionStore {
  read(): string[];
  write(ids: readonly string[]): void;
}

/** The selection kept in `storage`, or undefined where the browser refuses storage (blocked site data, some private modes). */
export function selectionStore(storage: () => Storage, key: string): SelectionStore | undefined {
  try {
    const store = storage();
    store.getItem(key);
    return {
      read: () => parseSelection(store.getItem(key)),
      write: (ids) => store.setItem(key, serialiseSelection(ids)),
    };
  } catch {
    return undefined;
  }
}
