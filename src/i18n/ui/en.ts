import type { Plural } from '../plural.ts';

/** English interface strings. This file defines the keys; every other language must provide them all. */
export const en = {
  /** URL segments, in this language. Lowercase letters, digits and hyphens only. */
  routes: {
    letter: 'invitation-letter',
    programme: 'programme',
    audiences: 'audiences',
    registration: 'registration',
    search: 'search',
  },
  site: {
    skipLink: 'Skip to main content',
    mainNav: 'Main',
    languageSwitcher: 'Language',
    footerOrganiser: 'Organised by {organiser}',
    footerContact: 'Contact: {email}',
  },
  nav: {
    home: 'Home',
    programme: 'Programme',
    letter: 'Invitation letter',
    audiences: 'Who is it for?',
    registration: 'Registration',
    search: 'Search',
  },
  attendance: {
    online: 'Online',
    hybrid: 'Online and in person',
    'in-person': 'In person',
  },
  home: {
    when: 'When',
    where: 'Where',
    onlineVenue: 'Online',
    whoFor: 'Who it is for',
    whoForIntro: 'Each session says which audiences it is meant for. Find yours:',
    contact: 'Contact',
    readLetter: 'Read the invitation letter',
    seeProgramme: 'See the programme',
  },
  time: {
    conferenceTime: '{zone}, {offset}',
    allTimesIn: 'All times are {zone} ({offset}).',
    /** A day followed by a time range, e.g. "Wednesday 16 June 2021, 14:00–15:00". */
    dayAndTime: '{day}, {time}',
  },
  programme: {
    title: 'Programme',
    provisional: 'This programme is provisional: times and details may change.',
    filterLegend: 'Show sessions for',
    filterAll: 'All audiences',
    filterNone: 'No session for this audience on this day.',
    filterStatus: '{count} of {total} sessions shown.',
    daySessions: { one: '{count} session', other: '{count} sessions' } as Plural,
  },
  session: {
    format: 'Format',
    audiences: 'For',
    theme: 'Theme',
    time: 'Time',
    speakers: 'Speakers',
    moderators: 'Moderators',
    speakersTba: 'Speakers to be announced.',
    speakerRole: '{name}, {role}',
    provisional: 'Provisional',
    provisionalNotice: 'Provisional: the time and details of this session are not yet confirmed.',
    cancelled: 'Cancelled',
    cancelledNotice: 'This session has been cancelled.',
    previous: 'Previous session',
    next: 'Next session',
    backToProgramme: 'Back to the programme',
    adjacent: 'Other sessions',
  },
  audiences: {
    title: 'Who is it for?',
    intro: 'Choose your audience to see the sessions meant for you.',
    sessionCount: { one: '{count} session', other: '{count} sessions' } as Plural,
    sessionsFor: 'Sessions for: {audience}',
    none: 'No session is listed for this audience yet.',
    allAudiences: 'All audiences',
  },
  registration: {
    title: 'Registration',
    open: 'Register',
    deadline: 'Registration closes on {date} ({zone}).',
    closed: 'Registration closed on {date} ({zone}).',
    closedCall: 'Registration is closed',
    daysLeft: { one: '{count} day left to register.', other: '{count} days left to register.' } as Plural,
    lastDay: 'Last day to register.',
    newTab: '(opens in a new tab)',
    inLanguage: 'The registration page is in {language}.',
  },
  fallback: {
    notice: 'This text is not yet available in {language}; it is shown in {original}.',
  },
  search: {
    title: 'Search',
    description: 'Find sessions and pages of the conference site.',
    label: 'Words to search for',
    filters: 'Narrow down',
    audience: 'Audience',
    day: 'Day',
    format: 'Format',
    anyDay: 'All days',
    anyFormat: 'All formats',
    results: 'Search results',
    resultCount: { one: '{count} result', other: '{count} results' } as Plural,
    noResults: 'No results. Try other words or fewer filters.',
    loading: 'Loading…',
    failed: 'Search is not available at the moment.',
    noScript: 'Search needs JavaScript, which is turned off or not available in your browser. You can find sessions in the programme or by audience:',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you asked for does not exist or has moved.',
    home: 'Go to the home page',
  },
  root: {
    title: 'Choose your language',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Widen<T[K]> };
/** The shape every language's dictionary must have. */
export type UiStrings = Widen<typeof en>;
