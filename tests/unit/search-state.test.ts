import { describe, expect, it } from 'vitest';
import { filterAttribute, hasFilters, pagefindFilters, pagefindSort, searchStateFromQuery, searchStateToQuery, sortAttribute } from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('reads the words and the filters, ignoring other and empty parameters', () => {
    expect(searchStateFromQuery('?q=%20open%20data%20&audience=ict&day=&format=workshop&utm=x')).toEqual({
      term: 'open data',
      filters: { audience: 'ict', format: 'workshop' },
    });
    expect(searchStateFromQuery('')).toEqual({ term: '', filters: {} });
  });

  it('writes a query that reads back the same, keeping unrelated parameters', () => {
    const state = { term: 'données ouvertes', filters: { day: '2021-06-17', audience: 'ict' } };
    const query = searchStateToQuery(state, '?lang=fr&audience=old');
    expect(new URLSearchParams(query).get('lang')).toBe('fr');
    expect(searchStateFromQuery(query)).toEqual(state);
  });

  it('leaves no query at all when nothing is searched', () => {
    expect(searchStateToQuery({ term: '', filters: {} }, '?q=old&format=x')).toBe('');
  });

  it('turns filters into what Pagefind takes, one chosen value each', () => {
    expect(pagefindFilters({ term: 'x', filters: { audience: 'ict', day: '2021-06-16' } })).toEqual({ audience: ['ict'], day: ['2021-06-16'] });
    expect(hasFilters({ term: 'x', filters: {} })).toBe(false);
    expect(hasFilters({ term: '', filters: { format: 'talk' } })).toBe(true);
  });

  it('tags a page with one filter value in Pagefind’s key:value form', () => {
    expect(filterAttribute('format', 'round-table')).toBe('format:round-table');
  });

  it('gives a session its place in the programme as a sort value that orders the same as text and as a number', () => {
    const values = [0, 7, 42, 1234].map((position) => sortAttribute(position).split(':')[1]!);
    expect(sortAttribute(42)).toMatch(/^programme:0*42$/);
    expect([...values].sort()).toEqual(values);
    expect(values.map(Number)).toEqual([0, 7, 42, 1234]);
  });

  it('lists in programme order when only filters are chosen, by relevance once words are typed', () => {
    expect(pagefindSort({ term: '', filters: { audience: 'ict' } })).toEqual({ programme: 'asc' });
    expect(pagefindSort({ term: 'data', filters: { audience: 'ict' } })).toEqual({});
  });
});
