import { describe, expect, it } from 'vitest';
import { pickLocalized, textDirection } from '../../src/lib/localized.ts';

describe('pickLocalized', () => {
  const texts = { en: 'Library', fr: 'Bibliothèque' };

  it('returns the requested language when it exists', () => {
    expect(pickLocalized(texts, 'fr', ['en'])).toEqual({ value: 'Bibliothèque', locale: 'fr', isFallback: false });
  });

  it('falls back in the given order and says so', () => {
    expect(pickLocalized(texts, 'es', ['fr', 'en'])).toEqual({ value: 'Bibliothèque', locale: 'fr', isFallback: true });
  });

  it('falls back to any version when the fallbacks have none', () => {
    expect(pickLocalized({ de: 'Bibliothek' }, 'es', ['fr', 'en'])).toEqual({ value: 'Bibliothek', locale: 'de', isFallback: true });
  });

  it('works on maps and returns undefined when nothing exists', () => {
    expect(pickLocalized(new Map([['en', 1]]), 'en', [])?.value).toBe(1);
    expect(pickLocalized({}, 'en', ['fr'])).toBeUndefined();
  });
});

describe('textDirection', () => {
  it('knows right-to-left languages', () => {
    for (const code of ['ar', 'he', 'fa', 'ur', 'ar-eg']) expect(textDirection(code)).toBe('rtl');
  });

  it('treats others as left-to-right', () => {
    for (const code of ['en', 'fr', 'es', 'zh', 'pt-br']) expect(textDirection(code)).toBe('ltr');
  });
});
