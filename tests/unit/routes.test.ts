import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import fr from '../../src/i18n/ui/fr.json' with { type: 'json' };
import { preferredLocale } from '../../src/lib/preferred-locale.ts';
import { pageKeyId, pagePath } from '../../src/lib/routes.ts';
import { isSlug, joinFile, joinPath } from '../../src/lib/urls.ts';

describe('joinPath', () => {
  it('joins a base and segments with single slashes and a trailing slash', () => {
    expect(joinPath('/', 'fr', 'programme')).toBe('/fr/programme/');
    expect(joinPath('/wepc2021/', 'en', 'programme', 'x')).toBe('/wepc2021/en/programme/x/');
    expect(joinPath('/wepc2021', '/en/')).toBe('/wepc2021/en/');
    expect(joinPath('/')).toBe('/');
  });

  it('makes file paths without a trailing slash', () => {
    expect(joinFile('/base/', 'en', 'programme.ics')).toBe('/base/en/programme.ics');
  });
});

describe('pagePath', () => {
  it('puts translated segments in each language', () => {
    expect(pagePath('/', 'fr', { kind: 'audiences' }, fr.routes)).toBe(`/fr/${fr.routes.audiences}/`);
    expect(pagePath('/', 'en', { kind: 'audience', id: 'ict' }, en.routes)).toBe(`/en/${en.routes.audiences}/ict/`);
    expect(pagePath('/b/', 'fr', { kind: 'session', id: 's1' }, fr.routes)).toBe(`/b/fr/${fr.routes.programme}/s1/`);
    expect(pagePath('/', 'en', { kind: 'home' }, en.routes)).toBe('/en/');
  });

  it('puts a day under the programme, and the later parts of a long day under the day', () => {
    expect(pagePath('/', 'fr', { kind: 'day', id: '2021-06-17' }, fr.routes)).toBe(`/fr/${fr.routes.programme}/2021-06-17/`);
    expect(pagePath('/', 'en', { kind: 'day', id: '2021-06-17', part: 1 }, en.routes)).toBe(`/en/${en.routes.programme}/2021-06-17/`);
    expect(pagePath('/', 'en', { kind: 'day', id: '2021-06-17', part: 3 }, en.routes)).toBe(`/en/${en.routes.programme}/2021-06-17/3/`);
    expect(pageKeyId({ kind: 'day', id: '2021-06-17', part: 2 })).not.toBe(pageKeyId({ kind: 'day', id: '2021-06-17' }));
  });

  it('puts a large audience’s days under its page, and the later parts of a long day under the day', () => {
    expect(pagePath('/', 'fr', { kind: 'audience', id: 'mps' }, fr.routes)).toBe(`/fr/${fr.routes.audiences}/mps/`);
    expect(pagePath('/', 'fr', { kind: 'audience', id: 'mps', day: '2021-06-17' }, fr.routes)).toBe(`/fr/${fr.routes.audiences}/mps/2021-06-17/`);
    expect(pagePath('/', 'en', { kind: 'audience', id: 'mps', day: '2021-06-17', part: 1 }, en.routes)).toBe(`/en/${en.routes.audiences}/mps/2021-06-17/`);
    expect(pagePath('/', 'en', { kind: 'audience', id: 'mps', day: '2021-06-17', part: 2 }, en.routes)).toBe(`/en/${en.routes.audiences}/mps/2021-06-17/2/`);
    const ids = [{ kind: 'audience', id: 'mps' }, { kind: 'audience', id: 'mps', day: '2021-06-17' }, { kind: 'audience', id: 'mps', day: '2021-06-17', part: 2 }, { kind: 'day', id: '2021-06-17' }] as const;
    expect(new Set(ids.map(pageKeyId)).size).toBe(ids.length);
    expect(pageKeyId({ kind: 'audience', id: 'mps', day: '2021-06-17', part: 1 })).toBe(pageKeyId({ kind: 'audience', id: 'mps', day: '2021-06-17' }));
  });

  it('puts a large speakers index’s letters under the index, and the later parts of a large letter under the letter', () => {
    expect(pagePath('/', 'fr', { kind: 'speakers' }, fr.routes)).toBe(`/fr/${fr.routes.speakers}/`);
    expect(pagePath('/', 'fr', { kind: 'speakers', letter: 'e' }, fr.routes)).toBe(`/fr/${fr.routes.speakers}/e/`);
    expect(pagePath('/', 'en', { kind: 'speakers', letter: 'e', part: 1 }, en.routes)).toBe(`/en/${en.routes.speakers}/e/`);
    expect(pagePath('/', 'en', { kind: 'speakers', letter: 'u0627', part: 2 }, en.routes)).toBe(`/en/${en.routes.speakers}/u0627/2/`);
    const ids = [{ kind: 'speakers' }, { kind: 'speakers', letter: 'e' }, { kind: 'speakers', letter: 'e', part: 2 }, { kind: 'speaker', id: 'e' }] as const;
    expect(new Set(ids.map(pageKeyId)).size).toBe(ids.length);
    expect(pageKeyId({ kind: 'speakers', letter: 'e', part: 1 })).toBe(pageKeyId({ kind: 'speakers', letter: 'e' }));
  });

  it('identifies the same page across languages', () => {
    expect(pageKeyId({ kind: 'session', id: 'a' })).toBe(pageKeyId({ kind: 'session', id: 'a' }));
    expect(pageKeyId({ kind: 'session', id: 'a' })).not.toBe(pageKeyId({ kind: 'audience', id: 'a' }));
  });
});

describe('isSlug', () => {
  it('accepts lowercase words joined by hyphens only', () => {
    expect(isSlug('library-research')).toBe(true);
    expect(isSlug('2021-06-16-opening')).toBe(true);
    for (const bad of ['Library', 'a b', 'a--b', '-a', 'a-', 'é', '']) expect(isSlug(bad)).toBe(false);
  });
});

describe('preferredLocale', () => {
  it('picks the first browser language the site has, exact or by base language', () => {
    expect(preferredLocale(['de-CH', 'fr-CH', 'en'], ['fr', 'en'])).toBe('fr');
    expect(preferredLocale(['en-GB'], ['fr', 'en'])).toBe('en');
    expect(preferredLocale(['pt-BR', 'pt'], ['pt-br', 'en'])).toBe('pt-br');
    expect(preferredLocale(['ja'], ['fr', 'en'])).toBeUndefined();
  });
});
