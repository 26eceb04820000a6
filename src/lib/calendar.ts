/**
 * iCalendar files (RFC 5545) of sessions, written by src/lib/ics.ts, which escapes text,
 * folds lines at 75 octets and ends them with CRLF.
 *
 * Times are written in UTC (`DTSTART:20210616T120000Z`): an instant needs no VTIMEZONE,
 * so no hand-made zone rules can be wrong, and every calendar shows it on its own clock.
 * No Astro or Node imports: a page can build a file of chosen sessions in the browser too.
 */
import { fill } from '../i18n/text.ts';
import { icsText, type PlainEvent } from './ics.ts';
import type { Person, ProgrammeSession } from './programme-data.ts';

/** Texts of the calendar's language. */
export interface EventLabels {
  /** The title of a cancelled session, e.g. "Cancelled: …", so it stands out in any calendar. */
  cancelledTitle: (title: string) => string;
  cancelledNotice: string;
  provisionalNotice: string;
  /** Who speaks or moderates, e.g. "Speakers: Ada Placeholder and Mina Sample". */
  people: (part: 'speakers' | 'moderators', names: readonly string[]) => string;
}

/**
 * The same labels as plain texts, `cancelledTitle` with a `{title}` placeholder and `speakers`
 * and `moderators` with `{names}`: what a page embeds for its script.
 */
export interface EventLabelTexts {
  cancelledTitle: string;
  cancelledNotice: string;
  provisionalNotice: string;
  speakers: string;
  moderators: string;
  /** The locale names are listed in ("A, B and C"), e.g. "ar-u-nu-latn". */
  listLocale: string;
}

export function eventLabelsFrom(texts: EventLabelTexts): EventLabels {
  const list = new Intl.ListFormat(texts.listLocale, { type: 'conjunction' });
  return {
    ...texts,
    cancelledTitle: (title) => fill(texts.cancelledTitle, { title }),
    people: (part, names) => fill(texts[part], { names: list.format(names) }),
  };
}

export interface EventOptions {
  /** DTSTAMP: when this version of the event was published (the build's clock). */
  stamp: Date;
  /** Where it happens, e.g. "Online" or the venue. */
  location: string;
  labels: EventLabels;
}

/**
 * A UID that names the session for good: its id at the site's address. It does not change
 * from build to build or language to language, so re-importing updates the event in place.
 */
export function sessionUid(sessionId: string, siteRoot: string): string {
  const root = new URL(siteRoot);
  return `${sessionId}@${root.host}${root.pathname.replace(/\/+$/, '')}`;
}

/** What an event is made of: a page that builds a calendar in the browser embeds just these fields. */
export type EventSession = Pick<ProgrammeSession, 'uid' | 'url' | 'title' | 'summary' | 'start' | 'end' | 'status' | 'provisional'> & {
  speakers: readonly Pick<Person, 'name'>[];
  moderators: readonly Pick<Person, 'name'>[];
};

/**
 * The calendar event of a session. A cancelled session stays, marked CANCELLED, so it does not silently vanish.
 * Plain values only, so a page script can write it too (src/lib/ics.ts).
 */
export function sessionEvent(session: EventSession, { stamp, location, labels }: EventOptions): PlainEvent {
  const cancelled = session.status === 'cancelled';
  const notices = [cancelled ? labels.cancelledNotice : undefined, session.provisional ? labels.provisionalNotice : undefined];
  return {
    id: session.uid,
    // A cancellation is a revision: calendars that compare SEQUENCE before DTSTAMP must take it as newer.
    sequence: cancelled ? 1 : 0,
    stamp: new Date(Math.floor(stamp.getTime() / 1000) * 1000),
    start: new Date(session.start),
    end: new Date(session.end),
    summary: cancelled ? labels.cancelledTitle(session.title) : session.title,
    description: [...notices, session.summary, ...peopleLines(session, labels), session.url].filter(Boolean).join('\n\n'),
    location,
    url: session.url,
    status: cancelled ? 'CANCELLED' : session.provisional ? 'TENTATIVE' : 'CONFIRMED',
  };
}

/** "Speakers: …" and "Moderators: …", for the parts a session has people in. */
function peopleLines(session: EventSession, labels: EventLabels): string[] {
  return (['speakers', 'moderators'] as const).filter((part) => session[part].length > 0).map((part) => labels.people(part, session[part].map((person) => person.name)));
}

export interface CalendarContent {
  /** Shown as the calendar's name when it is subscribed to or imported. */
  name: string;
  /** Language code of the texts, e.g. "fr". */
  language: string;
  events: PlainEvent[];
}

/** The text of an `.ics` file, every line (the last one too) ended by CRLF. */
export function buildCalendar({ name, language, events }: CalendarContent): string {
  // Subscribed copies refresh daily, so changes (and cancellations) reach people.
  return icsText({ name, language, refreshInterval: 'P1D', events });
}
