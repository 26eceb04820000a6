/**
 * A page's cache key must change whenever something the page shows changes (or a rebuild copies
 * a stale page), and should not change otherwise (or a rebuild copies nothing). Checked for each
 * kind of input against each kind of page; tests/build/rebuild.test.ts checks the
 * same on real builds.
 */
import { describe, expect, it } from 'vitest';
import { cacheKeyOf, shownChanged, siteDigests, withFacts, type KeyedEntry } from '../../src/lib/page-cache-key.ts';
import type { PageKey } from '../../src/lib/routes.ts';

const entries: KeyedEntry[] = [
  { collection: 'conference', id: 'conference', data: { name: { en: 'Summit' } } },
  { collection: 'rooms', id: 'hall', data: { label: { en: 'Hall' } } },
  { collection: 'home', id: 'en', data: {}, body: 'Welcome.', html: '<p>Welcome.</p>' },
  { collection: 'sessions', id: 'opening/en', data: { title: 'Opening', day: '2025-11-01' }, body: 'About the opening.', html: '<p>About the opening.</p>' },
  { collection: 'sessions', id: 'opening/es', data: { title: 'Apertura' }, body: 'Sobre la apertura.', html: '<p>Sobre la apertura.</p>' },
  { collection: 'sessions', id: 'closing/en', data: { title: 'Closing' }, body: 'About the closing.', html: '<p>About the closing.</p>' },
  { collection: 'speakers', id: 'ada/en', data: { name: 'Ada', role: 'Chair' }, body: 'Ada chairs.', html: '<p>Ada chairs.</p>' },
];
const more = { files: 'digest-of-the-other-files', clock: { moment: 'before' } };

const pages: Record<string, PageKey> = {
  home: { kind: 'home' },
  day: { kind: 'day', id: '2025-11-01' },
  opening: { kind: 'session', id: 'opening' },
  closing: { kind: 'session', id: 'closing' },
  ada: { kind: 'speaker', id: 'ada' },
  audience: { kind: 'audience', id: 'opening' },
};

/** Each page's key with `entries` changed by `change` (and `more` replaced by `withMore`). */
function keysAfter(change: (entry: KeyedEntry) => KeyedEntry, withMore: unknown = more): Record<string, string> {
  const digests = siteDigests(entries.map(change), withMore);
  return Object.fromEntries(Object.entries(pages).map(([name, key]) => [name, cacheKeyOf(digests, key)]));
}
const before = keysAfter((entry) => entry);
/** The pages whose key differs from `before`. */
const changed = (after: Record<string, string>) => Object.keys(pages).filter((name) => after[name] !== before[name]);
const editing = (id: string, edit: Partial<KeyedEntry>) => (entry: KeyedEntry) => (entry.id === id ? { ...entry, ...edit } : entry);

describe('page cache keys', () => {
  it('are the same for the same inputs, in any order', () => {
    expect(keysAfter((entry) => entry)).toEqual(before);
    const reversed = siteDigests([...entries].reverse(), more);
    expect(Object.values(pages).map((key) => cacheKeyOf(reversed, key))).toEqual(Object.values(before));
  });

  it("change only the session's own pages when its description changes, in any language", () => {
    expect(changed(keysAfter(editing('opening/es', { body: 'Otra cosa.', html: '<p>Otra cosa.</p>' })))).toEqual(['opening']);
    // The HTML alone, as after a change to the renderer that Astro's cache reports.
    expect(changed(keysAfter(editing('opening/en', { html: '<p>About the <em>opening</em>.</p>' })))).toEqual(['opening']);
  });

  it("change only the person's own pages when their biography changes", () => {
    expect(changed(keysAfter(editing('ada/en', { body: 'Ada chairs often.', html: '<p>Ada chairs often.</p>' })))).toEqual(['ada']);
  });

  it("change every page when a session's facts or a person's fields change, as lists, pagers and people show them", () => {
    const all = Object.keys(pages);
    expect(changed(keysAfter(editing('opening/en', { data: { title: 'Opening', day: '2025-11-02' } })))).toEqual(all);
    expect(changed(keysAfter(editing('ada/en', { data: { name: 'Ada', role: 'Speaker' } })))).toEqual(all);
  });

  it("change only the session's own pages when its title or summary changes, and its shown digest, which the pages linking to it compare", () => {
    const digests = siteDigests(entries, more);
    for (const edit of [{ data: { title: 'Farewell' } }, { data: { title: 'Closing', summary: 'Goodbye.' } }]) {
      expect(changed(keysAfter(editing('closing/en', edit)))).toEqual(['closing']);
      const after = siteDigests(entries.map(editing('closing/en', edit)), more);
      const before = Object.fromEntries(digests.shown);
      expect(shownChanged(['closing'], before, after.shown)).toBe(true);
      expect(shownChanged(['opening'], before, after.shown)).toBe(false);
      expect(shownChanged([], before, after.shown)).toBe(false);
    }
    // A session that is gone (or new) counts as changed.
    expect(shownChanged(['closing'], Object.fromEntries(digests.shown), new Map())).toBe(true);
  });

  it('change every page when any other entry changes, its fields or its text', () => {
    const all = Object.keys(pages);
    expect(changed(keysAfter(editing('hall', { data: { label: { en: 'Great hall' } } })))).toEqual(all);
    expect(changed(keysAfter(editing('conference', { data: { name: { en: 'Summit 2025' } } })))).toEqual(all);
    expect(changed(keysAfter(editing('en', { body: 'Hello.', html: '<p>Hello.</p>' })))).toEqual(all);
  });

  it('change every page when an entry is added or removed', () => {
    const all = Object.keys(pages);
    expect(Object.keys(pages).filter((name) => cacheKeyOf(siteDigests(entries.slice(0, -1), more), pages[name]!) !== before[name])).toEqual(all);
    const added = siteDigests([...entries, { collection: 'rooms', id: 'annex', data: { label: { en: 'Annex' } } }], more);
    expect(Object.keys(pages).filter((name) => cacheKeyOf(added, pages[name]!) !== before[name])).toEqual(all);
  });

  it("change every page when the other files or the clock's facts change", () => {
    const all = Object.keys(pages);
    expect(changed(keysAfter((entry) => entry, { ...more, files: 'another-digest' }))).toEqual(all);
    expect(changed(keysAfter((entry) => entry, { ...more, clock: { moment: 'during' } }))).toEqual(all);
  });

  it("with the clock's facts added, change every page when they change, and still keep the own texts apart", () => {
    const digests = siteDigests(entries, more);
    const keys = (facts: unknown) => Object.values(pages).map((key) => cacheKeyOf(withFacts(digests, facts), key));
    const before = keys({ moment: 'before' });
    expect(keys({ moment: 'before' })).toEqual(before);
    const after = keys({ moment: 'during' });
    expect(after.filter((key, index) => key === before[index])).toEqual([]);
    expect(cacheKeyOf(withFacts(digests, { moment: 'before' }), pages.opening!)).not.toBe(cacheKeyOf(withFacts(digests, { moment: 'before' }), pages.closing!));
    expect(Object.values(pages).map((key) => cacheKeyOf(digests, key))).not.toContain(before[0]);
  });

  it('do not mix up fields and text: moving words from one to the other changes the key', () => {
    const split = siteDigests([{ collection: 'home', id: 'en', data: 'ab', body: 'c' }], more);
    const moved = siteDigests([{ collection: 'home', id: 'en', data: 'a', body: 'bc' }], more);
    expect(split.shared).not.toBe(moved.shared);
  });
});
