/** Which pages the site has in every language, and their URLs (including the base path). */
import { uiStrings } from '../i18n/index.ts';
import { pagePath, type PageKey } from '../lib/routes.ts';
import { audienceByDay, audienceProgramme, programmeOf, type ProgrammeDay } from './programme.ts';
import { speakersIndexKeys } from './people.ts';
import type { Site } from './site.ts';

/** The page keys of the site, the same in every language. */
export function pageKeys(site: Site): PageKey[] {
  return [
    { kind: 'home' },
    ...(site.letters.size > 0 ? [{ kind: 'letter' } as const] : []),
    { kind: 'programme' },
    ...dayPageKeys(programmeOf(site).days, (id, part) => ({ kind: 'day', id, ...part })),
    ...site.sessions.map((session) => ({ kind: 'session', id: session.id }) as const),
    { kind: 'audiences' },
    ...site.audiences.flatMap((audience) => [{ kind: 'audience', id: audience.id } as const, ...audienceDayKeys(site, audience.id)]),
    { kind: 'registration' },
    { kind: 'search' },
    { kind: 'my-programme' },
    ...speakersIndexKeys(site),
    ...[...site.people.keys()].map((id) => ({ kind: 'speaker', id }) as const),
  ];
}

/** The pages of a large audience's days and their parts; none when its sessions fit one page. */
function audienceDayKeys(site: Site, id: string): PageKey[] {
  return audienceByDay(site, id) ? dayPageKeys(audienceProgramme(site, id), (day, part) => ({ kind: 'audience', id, day, ...part })) : [];
}

/** A page per day, and per later part of a long day (the first part is the day's own page). */
function dayPageKeys(days: readonly ProgrammeDay[], keyOf: (day: string, part: { part?: number }) => PageKey): PageKey[] {
  return days.flatMap(({ day, parts }) => parts.map((part) => keyOf(day, part.number > 1 ? { part: part.number } : {})));
}

/** URL of `key` in `locale`, e.g. `/wepc2021/fr/programme/`. */
export function urlFor(locale: string, key: PageKey): string {
  return pagePath(import.meta.env.BASE_URL, locale, key, uiStrings(locale).routes);
}

/** A site path as a full URL on the public origin (SITE_URL), for links that leave the site. */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}

/** The page in every language, plus `x-default` (the default language), for hreflang links and the sitemap. */
export function alternatesOf(site: Site, key: PageKey): { hreflang: string; href: string }[] {
  return [
    ...site.locales.map((l) => ({ hreflang: l.code, href: absoluteUrl(urlFor(l.code, key)) })),
    { hreflang: 'x-default', href: absoluteUrl(urlFor(site.defaultLocale, key)) },
  ];
}
