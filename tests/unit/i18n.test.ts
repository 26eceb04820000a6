import { describe, expect, it } from 'vitest';
import { around, countText, fill, languageName, uiStrings } from '../../src/i18n/index.ts';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };

/** Every key path of a dictionary, e.g. `routes.programme`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const isPlural = 'other' in value;
  if (isPlural) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

describe('dictionaries', () => {
  const locales = ['fr', 'es', 'ar'].filter((code) => {
    try {
      uiStrings(code);
      return true;
    } catch {
      return false;
    }
  });

  it.each(locales)('%s has exactly the English keys, none empty, and URL-safe route segments', (code) => {
    const strings = uiStrings(code);
    expect(keyPaths(strings).sort()).toEqual(keyPaths(en).sort());
    expect(JSON.stringify(strings)).not.toMatch(/:""/);
    for (const segment of Object.values(strings.routes)) expect(segment).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(Object.values(strings.routes)).size).toBe(Object.values(strings.routes).length);
  });

  it('names the missing language and where to add it', () => {
    expect(() => uiStrings('xx')).toThrow(/"xx".*src\/i18n\/ui\/xx\.json/);
  });
});

describe('helpers', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('chooses plural forms by language', () => {
    const forms = { one: '{count} session', other: '{count} sessions' };
    expect(countText(forms, 1, 'en')).toBe('1 session');
    expect(countText(forms, 2, 'en')).toBe('2 sessions');
    expect(countText(forms, 0, 'fr')).toBe('0 session'); // French uses "one" for 0
    expect(countText(forms, 1200, 'en')).toBe('1,200 sessions');
  });

  it('splits a template around a placeholder', () => {
    expect(around('Contact: {email}.', 'email')).toEqual(['Contact: ', '.']);
    expect(around('{email} écrit', 'email')).toEqual(['', ' écrit']);
    expect(around('No placeholder {x}', 'email', { x: 1 })).toEqual(['No placeholder 1', '']);
  });

  it('names languages in the reader’s language', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('en', 'fr')).toBe('anglais');
  });
});
