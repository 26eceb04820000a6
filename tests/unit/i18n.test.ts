import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dictionaryProblems, mergeDictionary, pluralForms, siteDictionaries } from '../../src/i18n/dictionaries.ts';
import { around, builtInDictionaries, countText, fill, languageName, uiStrings, type UiStrings } from '../../src/i18n/index.ts';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };

const shipped = readdirSync(new URL('../../src/i18n/ui/', import.meta.url)).map((name) => name.replace(/\.json$/, ''));
const file = 'content/i18n/xx.yaml';
const copy = (lang: string) => structuredClone(builtInDictionaries[lang]) as unknown as Record<string, Record<string, unknown>>;

describe('built-in dictionaries', () => {
  it('ship the six UN languages and Portuguese and German', () => {
    expect(shipped).toEqual(expect.arrayContaining(['ar', 'zh', 'en', 'fr', 'ru', 'es', 'pt', 'de']));
  });

  it.each(shipped)('%s is registered, complete against English, with its plural forms and URL-safe routes', (lang) => {
    expect(Object.keys(builtInDictionaries)).toContain(lang);
    expect(dictionaryProblems(builtInDictionaries[lang], lang, `src/i18n/ui/${lang}.json`, true)).toEqual([]);
    expect(() => uiStrings(lang)).not.toThrow();
  });

  it('have a form for every plural category of their language', () => {
    expect(Object.keys(uiStrings('ru').counts.sessions).sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(Object.keys(uiStrings('zh').counts.sessions)).toEqual(['other']);
    expect(Object.keys(uiStrings('ar').counts.sessions).sort()).toEqual(pluralForms('ar').sort());
  });

  it('are explained group by group in docs/i18n.md, since JSON has no comments', () => {
    const docs = readFileSync(new URL('../../docs/i18n.md', import.meta.url), 'utf8');
    const documented = [...docs.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
    expect(Object.keys(en).filter((group) => !documented.includes(group))).toEqual([]);
  });

  it('names the missing language and the file that would add it', () => {
    expect(() => uiStrings('xx')).toThrow(/"xx".*i18n\/xx\.yaml/);
  });
});

describe('dictionary problems', () => {
  const fieldsOf = (data: unknown, lang = 'ru', complete = true) => dictionaryProblems(data, lang, file, complete).map((problem) => problem.field);

  it('lists every missing key in one problem, with the file, including plural forms of the language', () => {
    const ru = copy('ru');
    delete ru['nav']!['home'];
    delete (ru['counts']!['sessions'] as Record<string, string>)['few'];
    const problems = dictionaryProblems(ru, 'ru', file, true);
    expect(problems).toEqual([
      expect.objectContaining({ file, field: '(missing texts)', found: 'no text for these 2 keys: nav.home, counts.sessions.few' }),
    ]);
    expect(problems[0]!.expected).toMatch(/en\.json.*Russian/);
  });

  it('accepts a partial dictionary when not asked for a complete one', () => {
    expect(fieldsOf({ nav: { home: 'Главная страница' } }, 'ru', false)).toEqual([]);
  });

  it('reports unknown keys, with the keys that exist', () => {
    const problems = dictionaryProblems({ nav: { hom: 'Home' }, navigation: {} }, 'en', file, false);
    expect(problems.map((p) => p.field).sort()).toEqual(['nav.hom', 'navigation']);
    expect(problems.find((p) => p.field === 'nav.hom')!.expected).toContain('home, programme');
  });

  it('reports values that are not texts, empty texts and groups given as texts', () => {
    expect(fieldsOf({ search: { submit: 3, label: ' ' }, nav: 'Home' }, 'en', false)).toEqual(['nav', 'search.label', 'search.submit']);
    const [problem] = dictionaryProblems({ search: { submit: { count: null } } }, 'en', file, false);
    expect(problem).toMatchObject({ field: 'search.submit', found: '{"count":null}' });
    expect(problem!.expected).toMatch(/quotes.*\{/);
  });

  it('reports placeholders English does not have, such as a translated one', () => {
    const [problem] = dictionaryProblems({ site: { footerContact: 'Контакты: {почта}' } }, 'ru', file, false);
    expect(problem).toMatchObject({ field: 'site.footerContact', found: 'the placeholder {почта}', expected: expect.stringContaining('{email}') });
    expect(fieldsOf({ counts: { sessions: { few: '{count} заседания', many: '{n} заседаний' } } }, 'ru', false)).toEqual(['counts.sessions.many']);
  });

  it('reports plural forms the language does not use, and plural texts given as one text', () => {
    expect(fieldsOf({ counts: { sessions: { one: '{count} 场会议', other: '{count} 场会议' } } }, 'zh', false)).toEqual(['counts.sessions.one']);
    const [problem] = dictionaryProblems({ counts: { sessions: '{count} заседаний' } }, 'ru', file, false);
    expect(problem!.expected).toContain('one: "…", few: "…", many: "…", other: "…"');
  });

  it('reports route segments that are not URL-safe or that two pages share', () => {
    expect(fieldsOf({ routes: { search: 'Поиск', letter: 'lettre d’invitation' } }, 'ru', false)).toEqual(['routes.letter', 'routes.search']);
    expect(fieldsOf({ routes: { search: 'programme', programme: 'programme' } }, 'en', false)).toEqual(['routes.programme']);
  });
});

describe('site dictionaries', () => {
  const conference = 'content/conference.yaml';

  it('merge a conference’s partial strings over the built-in dictionary of a shipped language', () => {
    const { dictionaries, problems } = siteDictionaries(builtInDictionaries, [{ code: 'fr' }], conference, [
      { lang: 'fr', file: 'content/i18n/fr.yaml', data: { nav: { home: 'Bienvenue' }, counts: { sessions: { other: '{count} ateliers' } } } },
    ]);
    expect(problems).toEqual([]);
    const fr = dictionaries.get('fr')!;
    expect(fr.nav.home).toBe('Bienvenue');
    expect(fr.nav.programme).toBe(builtInDictionaries['fr']!.nav.programme);
    expect(fr.counts.sessions).toEqual({ ...builtInDictionaries['fr']!.counts.sessions, other: '{count} ateliers' });
    expect(builtInDictionaries['fr']!.nav.home).not.toBe('Bienvenue');
  });

  it('take a complete file for a language the generator does not ship', () => {
    const sw = { ...structuredClone(en), nav: { ...en.nav, home: 'Mwanzo' } };
    const { dictionaries, problems } = siteDictionaries(builtInDictionaries, [{ code: 'sw' }], conference, [{ lang: 'sw', file: 'content/i18n/sw.yaml', data: sw }]);
    expect(problems).toEqual([]);
    expect(dictionaries.get('sw')!.nav.home).toBe('Mwanzo');
  });

  it('list the missing keys of an incomplete file for a language the generator does not ship', () => {
    const { dictionaries, problems } = siteDictionaries(builtInDictionaries, [{ code: 'sw' }], conference, [
      { lang: 'sw', file: 'content/i18n/sw.yaml', data: { nav: { home: 'Mwanzo' } } },
    ]);
    expect(dictionaries.has('sw')).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/i18n/sw.yaml', field: '(missing texts)' });
    expect(problems[0]!.found).toContain('routes.letter, routes.programme');
    expect(problems[0]!.found).not.toContain('nav.home');
  });

  it('report a language of the site that has no strings at all on its line of conference.yaml', () => {
    const { problems } = siteDictionaries(builtInDictionaries, [{ code: 'en' }, { code: 'sw' }], conference, []);
    expect(problems).toEqual([expect.objectContaining({ file: conference, field: 'locales[1].code', found: expect.stringContaining('"sw"') })]);
    expect(problems[0]!.expected).toContain('i18n/sw.yaml');
  });

  it('report a route segment that an override makes collide with a built-in one', () => {
    const { problems } = siteDictionaries(builtInDictionaries, [{ code: 'en' }], conference, [{ lang: 'en', file, data: { routes: { search: 'programme' } } }]);
    expect(problems.map((p) => p.field)).toEqual(['routes.search']);
  });

  it('merge nested groups without losing the keys the override leaves out', () => {
    const base = { a: { b: 'x', c: 'y' }, d: 'z' } as Record<string, unknown>;
    expect(mergeDictionary(base, { a: { c: 'w' } })).toEqual({ a: { b: 'x', c: 'w' }, d: 'z' });
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

  it('writes Russian counts with one, few and many', () => {
    const forms = uiStrings('ru').counts.sessions as UiStrings['counts']['sessions'];
    expect([1, 3, 5, 21, 22, 25].map((n) => countText(forms, n, 'ru'))).toEqual([
      '1 заседание',
      '3 заседания',
      '5 заседаний',
      '21 заседание',
      '22 заседания',
      '25 заседаний',
    ]);
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
