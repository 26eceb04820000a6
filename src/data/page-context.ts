/**
 * Everything a page needs for one language, derived once per build and language from the site
 * model (src/data/site.ts): views, components and layouts read it instead of re-deriving the
 * locale, its strings, the conference's names and the conference-time label each time.
 */
import type { CollectionEntry } from 'astro:content';
import { countText, fill, uiStrings, type Plural, type UiStrings } from '../i18n/index.ts';
import { asHeading, formatDay } from '../lib/format.ts';
import { fallbackLang, pickLocalized, type Direction, type Picked } from '../lib/localized.ts';
import { memoised } from '../lib/memo.ts';
import type { PageKey } from '../lib/routes.ts';
import { utcOffsetLabel } from '../lib/time.ts';
import type { Conference } from '../schemas/conference.ts';
import { urlFor } from './pages.ts';
import { loadSite, localeOf, type Locale, type Session, type Site } from './site.ts';

export interface PageContext {
  site: Site;
  conference: Conference;
  /** The page's language: code, label, direction and the tag every `Intl` call is given. */
  locale: Locale;
  /** The interface strings of the page's language. */
  t: UiStrings;
  /** The version of a localized record or map for this page, with the language it is really in. */
  pick<T>(versions: Partial<Record<string, T>> | ReadonlyMap<string, T>): Picked<T>;
  /** The `lang` attribute a picked value needs: its own language when it is a fallback. */
  langOf(picked: { isFallback: boolean; locale: string }): string | undefined;
  /** The `dir` attribute a picked value needs: its own language's direction when it is a fallback. */
  dirOf(picked: { isFallback: boolean; locale: string }): Direction | undefined;
  /** The conference's full and short names. */
  name: Picked<string>;
  shortName: Picked<string>;
  /** "Central European Summer Time (UTC+2)": the zone's name and its offset at `instant`. */
  zoneAt(instant: Date): { zone: string; offset: string };
  /** "conference time: … (UTC+2)", the label shown next to times on the conference clock. */
  conferenceTime(instant: Date): string;
  /** A session's text in this language or its fallback. */
  textOf(session: Session): Picked<CollectionEntry<'sessions'>>;
  /** "5 sessions": the plural form for `count`, its number written as this language does. */
  count(forms: Plural, count: number): string;
  /** "Wednesday 16 June 2021" in this language. */
  day(day: string): string;
  /** The day as a heading starts in this language: "Mercredi 16 juin 2021", not "mercredi…". */
  dayHeading(day: string): string;
  /** URL of a page in this language. */
  url(key: PageKey): string;
}

const contexts = new Map<string, Promise<PageContext>>();

/** The page context of `code`, one per language and build. */
export function pageContext(code: string): Promise<PageContext> {
  return memoised(contexts, code, () => loadSite().then((site) => assemble(site, code)));
}

/** The page context of every site language, in the site's order, and the default language's. */
export async function everyPageContext(): Promise<{ all: PageContext[]; byDefault: PageContext }> {
  const site = await loadSite();
  const all = await Promise.all(site.locales.map((locale) => pageContext(locale.code)));
  return { all, byDefault: all.find((context) => context.locale.code === site.defaultLocale)! };
}

function assemble(site: Site, code: string): PageContext {
  const { conference } = site;
  const t = uiStrings(code);
  const locale = localeOf(site, code);
  const pick = <T,>(versions: Partial<Record<string, T>> | ReadonlyMap<string, T>): Picked<T> => {
    const picked = pickLocalized(versions, code, site.fallbacks);
    if (!picked) throw new Error(`No text in any language for a field shown on the ${code} pages`);
    return picked;
  };
  const zoneName = pick(conference.timeZoneName).value;
  const zoneAt = (instant: Date) => ({ zone: zoneName, offset: utcOffsetLabel(instant, conference.timeZone) });
  return {
    site,
    conference,
    locale,
    t,
    pick,
    langOf: fallbackLang,
    dirOf: (picked) => (picked.isFallback ? localeOf(site, picked.locale).dir : undefined),
    name: pick(conference.name),
    shortName: pick(conference.shortName),
    zoneAt,
    conferenceTime: (instant) => fill(t.time.conferenceTime, zoneAt(instant)),
    textOf: (session) => pick(session.texts),
    count: (forms, count) => countText(forms, count, locale.formatLocale),
    day: (day) => formatDay(day, locale.formatLocale),
    dayHeading: (day) => asHeading(formatDay(day, locale.formatLocale), locale.formatLocale),
    url: (key) => urlFor(code, key),
  };
}
