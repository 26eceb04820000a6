/**
 * Every kind of page the site has, and where it lives. A page is identified by a
 * language-neutral key, so the same page in another language (for the switcher and
 * hreflang alternates) is the same key with another locale's URL segments.
 */
import { joinPath } from './urls.ts';

export type PageKey =
  | { kind: 'home' }
  | { kind: 'letter' }
  | { kind: 'programme' }
  /** A programme day, `id` YYYY-MM-DD; a very long day continues on parts 2, 3… */
  | { kind: 'day'; id: string; part?: number }
  | { kind: 'session'; id: string }
  | { kind: 'audiences' }
  /** An audience's sessions; a large audience's are cut by day (`day`, YYYY-MM-DD) and long days into parts 2, 3…, as the programme is. */
  | { kind: 'audience'; id: string; day?: string; part?: number }
  | { kind: 'registration' }
  | { kind: 'search' }
  | { kind: 'my-programme' }
  /** The speakers index; a large one is cut by initial letter (`letter`, an id from src/lib/people-index.ts) and a large letter into parts 2, 3… */
  | { kind: 'speakers'; letter?: string; part?: number }
  | { kind: 'speaker'; id: string };

/** The translated first URL segment of each section, e.g. `programme`, `publics`. */
export interface RouteSegments {
  letter: string;
  programme: string;
  audiences: string;
  registration: string;
  search: string;
  myProgramme: string;
  speakers: string;
}

/** The segment of a part after the first, which takes the day's own address. */
const partSegment = (part: number | undefined) => (part && part > 1 ? [String(part)] : []);

/** The path segments after the locale, e.g. `['programme', '2021-06-16-opening']`. */
export function pageSegments(key: PageKey, segments: RouteSegments): string[] {
  switch (key.kind) {
    case 'home':
      return [];
    case 'letter':
      return [segments.letter];
    case 'programme':
      return [segments.programme];
    case 'day':
      return [segments.programme, key.id, ...partSegment(key.part)];
    case 'session':
      return [segments.programme, key.id];
    case 'audiences':
      return [segments.audiences];
    case 'audience':
      return [segments.audiences, key.id, ...(key.day ? [key.day, ...partSegment(key.part)] : [])];
    case 'registration':
      return [segments.registration];
    case 'search':
      return [segments.search];
    case 'my-programme':
      return [segments.myProgramme];
    case 'speakers':
      return [segments.speakers, ...(key.letter ? [key.letter, ...partSegment(key.part)] : [])];
    case 'speaker':
      return [segments.speakers, key.id];
  }
}

/** The page's path including the site base and locale, ending in `/`. */
export function pagePath(base: string, locale: string, key: PageKey, segments: RouteSegments): string {
  return joinPath(base, locale, ...pageSegments(key, segments));
}

/** A stable string for a key, to compare pages across locales. */
export function pageKeyId(key: PageKey): string {
  if (key.kind === 'day' || key.kind === 'audience') return [`${key.kind}:${key.id}`, ...(key.kind === 'audience' && key.day ? [key.day] : []), ...partSegment(key.part)].join('/');
  if (key.kind === 'speakers') return [key.kind, ...(key.letter ? [key.letter, ...partSegment(key.part)] : [])].join('/');
  return 'id' in key ? `${key.kind}:${key.id}` : key.kind;
}
