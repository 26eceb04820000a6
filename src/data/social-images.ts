/**
 * Social preview images (Open Graph, Twitter): one 1200×630 PNG per language and page kind,
 * drawn once per build from the identity (src/data/theme.ts) by src/data/social-card-renderer.ts.
 */
import { formatDayRange } from '../lib/format.ts';
import { memoised } from '../lib/memo.ts';
import type { PageKey } from '../lib/routes.ts';
import { CARD } from '../lib/social-card.ts';
import type { CardSpec } from './social-card-renderer.ts';
import { schemeColours } from '../lib/theme-colours.ts';
import { pageContext, type PageContext } from './page-context.ts';
import { absoluteUrl } from './pages.ts';
import { loadTheme } from './theme.ts';

/** Page kinds that share one card per language. */
export type CardKind = Exclude<PageKey['kind'], 'session' | 'audience' | 'speaker' | 'day'>;
export const cardKinds: readonly CardKind[] = ['home', 'letter', 'programme', 'audiences', 'speakers', 'registration', 'search', 'my-programme'];

/** Sessions and days share the programme's card, audiences the audience index's and people the speakers'. */
export function cardKindOf(key: PageKey): CardKind {
  const shared: Partial<Record<PageKey['kind'], CardKind>> = { session: 'programme', day: 'programme', audience: 'audiences', speaker: 'speakers' };
  return shared[key.kind] ?? (key.kind as CardKind);
}

/** The title a kind's card gives, in the page's language. */
function kindTitle(context: PageContext, kind: CardKind): string {
  const { t, site, pick, name } = context;
  const titles: Record<CardKind, () => string> = {
    home: () => name.value,
    letter: () => pick(site.letters).value.data.title,
    programme: () => t.programme.title,
    audiences: () => t.audiences.title,
    speakers: () => t.people.title,
    registration: () => t.registration.title,
    search: () => t.nav.search,
    'my-programme': () => t.myProgramme.title,
  };
  return titles[kind]();
}

/** What the card of `kind` in `lang` shows. */
export async function cardSpec(lang: string, kind: CardKind): Promise<CardSpec> {
  const context = await pageContext(lang);
  const { conference, locale, t, pick, shortName } = context;
  const theme = await loadTheme();
  const place = conference.venue ? pick(conference.venue.name).value : t.attendance[conference.attendance];
  return {
    lang,
    dir: locale.dir,
    kicker: shortName.value,
    title: kindTitle(context, kind),
    detail: `${formatDayRange(conference.startDate, conference.endDate, locale.formatLocale)} · ${place}`,
    colours: { page: schemeColours.light.page, text: schemeColours.light.text, muted: schemeColours.light.muted, ...theme.colours.light },
    logo: theme.logo?.light.bytes,
  };
}

/** Where the card of a page is published, e.g. "/fr/social/programme.png". */
export function socialImagePath(lang: string, key: PageKey): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${lang}/social/${cardKindOf(key)}.png`;
}

type SocialImage = { url: string; width: number; height: number; alt: string };

/** One card's meta tags per language and kind, shared by the thousands of pages that show it. */
const socialImages = new Map<string, Promise<SocialImage>>();

/** The card of a page as its meta tags give it: full address, size and text. */
export function socialImageOf(lang: string, key: PageKey): Promise<SocialImage> {
  const kind = cardKindOf(key);
  return memoised(socialImages, `${lang}|${kind}`, async () => {
    const spec = await cardSpec(lang, kind);
    return { url: absoluteUrl(socialImagePath(lang, key)), width: CARD.width, height: CARD.height, alt: `${spec.title} · ${spec.kicker} · ${spec.detail}` };
  });
}
