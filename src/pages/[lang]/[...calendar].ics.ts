/**
 * Every calendar file (RFC 5545) in every language: the whole programme, each day, each
 * session and each audience. Paths use the language's URL segments (src/lib/calendar-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarText } from '../../data/calendars.ts';
import { siteCalendarKeys } from '../../data/programme-data.ts';
import { loadSite } from '../../data/site.ts';
import { uiStrings } from '../../i18n/index.ts';
import { calendarSegments, type CalendarKey } from '../../lib/calendar-files.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const keys = siteCalendarKeys(site);
  return site.locales.flatMap((locale) =>
    keys.map((key) => ({
      params: { lang: locale.code, calendar: calendarSegments(key, uiStrings(locale.code).routes).join('/') },
      props: { key },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const site = await loadSite();
  const body = calendarText(site, params.lang!, (props as { key: CalendarKey }).key);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
