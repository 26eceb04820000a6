import { describe, expect, it } from 'vitest';
import {
  mergeSelections,
  parseSelection,
  selectionKey,
  selectionStore,
  serialiseSelection,
  sharedSelection,
  shareQuery,
  withSession,
} from '../../src/lib/favourites.ts';

/** Just enough of the Web Storage API, backed by a Map. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe('the stored selection', () => {
  it('reads back what was written, sorted and without duplicates', () => {
    expect(parseSelection(serialiseSelection(['b-2', 'a-1', 'b-2']))).toEqual(['a-1', 'b-2']);
  });

  it('is empty when missing or damaged, and ignores values that are not session ids', () => {
    expect(parseSelection(null)).toEqual([]);
    expect(parseSelection('{not json')).toEqual([]);
    expect(parseSelection('{"a":1}')).toEqual([]);
    expect(parseSelection('["ok-1", 3, "Bad Id", "../x", null]')).toEqual(['ok-1']);
  });

  it('adds and removes one session at a time', () => {
    const one = withSession([], 'opening', true);
    const two = withSession(one, 'closing', true);
    expect(two).toEqual(['closing', 'opening']);
    expect(withSession(two, 'opening', true)).toEqual(two);
    expect(withSession(two, 'opening', false)).toEqual(['closing']);
  });

  it('keeps one list per site, whatever the language', () => {
    expect(selectionKey('/')).not.toBe(selectionKey('/wepc2021/'));
  });
});

describe('sharing', () => {
  it('round-trips a selection through a link', () => {
    const ids = ['2021-06-17-debate-data', '2021-06-16-opening'];
    const query = shareQuery(ids);
    expect(query).toBe('?s=2021-06-16-opening,2021-06-17-debate-data');
    expect(sharedSelection(new URL(`https://example.org/en/my-programme/${query}`).search)).toEqual([...ids].sort());
  });

  it('reads links that encoded the comma, and ignores junk', () => {
    expect(sharedSelection('?s=b%2Ca,,a,<script>')).toEqual(['a', 'b']);
    expect(sharedSelection('')).toBeUndefined();
    expect(sharedSelection('?s=')).toBeUndefined();
    expect(sharedSelection('?audience=ict')).toBeUndefined();
  });

  it('adds an imported selection to the visitor’s own', () => {
    expect(mergeSelections(['a', 'c'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});

describe('selectionStore', () => {
  it('writes to and reads from the storage under the key', () => {
    const storage = memoryStorage();
    const store = selectionStore(() => storage, 'k')!;
    store.write(['x', 'y']);
    expect(store.read()).toEqual(['x', 'y']);
    expect(selectionStore(() => storage, 'k')!.read()).toEqual(['x', 'y']);
    expect(selectionStore(() => storage, 'other')!.read()).toEqual([]);
  });

  it('is undefined where the browser refuses storage', () => {
    const refused = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(selectionStore(refused, 'k')).toBeUndefined();
    const broken = { ...memoryStorage(), getItem: refused };
    expect(selectionStore(() => broken, 'k')).toBeUndefined();
  });
});
