/**
 * Every calendar file (RFC 5545) in every language: the whole programme, each day, each
 * session and each audience. Paths use the language's URL segments (src/lib/calendar-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarText } from '../../data/calendars.ts';
import { siteCalendarKeys } from '../../data/programme-data.ts';
import { calendarsToRender } from '../../data/cache-keys.ts';
import { loadSite } from '../../data/site.ts';
import { uiStrings } from '../../i18n/index.ts';
import { calendarSegments, type CalendarKey } from '../../lib/calendar-files.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const keys = siteCalendarKeys(site);
  const calendars = site.locales.flatMap((locale) =>
    keys.map((key) => {
      const calendar = calendarSegments(key, uiStrings(locale.code).routes).join('/');
      return { lang: locale.code, calendar, key, file: `${locale.code}/${calendar}.ics` };
    }),
  );
  // A rebuild by `npm run build` copies unchanged files from the last build (src/lib/kept-build.ts).
  return (await calendarsToRender(site, calendars)).map(({ lang, calendar, key }) => ({ params: { lang, calendar }, props: { key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const site = await loadSite();
  const body = calendarText(site, params.lang!, (props as { key: CalendarKey }).key);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
