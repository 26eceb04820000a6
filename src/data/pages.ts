/** Which pages the site has in every language, and their URLs (including the base path). */
import { uiStrings } from '../i18n/index.ts';
import { pagePath, type PageKey } from '../lib/routes.ts';
import type { Site } from './site.ts';

/** The page keys of the site, the same in every language. */
export function pageKeys(site: Site): PageKey[] {
  return [
    { kind: 'home' },
    ...(site.letters.size > 0 ? [{ kind: 'letter' } as const] : []),
    { kind: 'programme' },
    ...site.sessions.map((session) => ({ kind: 'session', id: session.id }) as const),
    { kind: 'audiences' },
    ...site.audiences.map((audience) => ({ kind: 'audience', id: audience.id }) as const),
    { kind: 'registration' },
  ];
}

/** URL of `key` in `locale`, e.g. `/wepc2021/fr/programme/`. */
export function urlFor(locale: string, key: PageKey): string {
  return pagePath(import.meta.env.BASE_URL, locale, key, uiStrings(locale).routes);
}
