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
    myProgramme: 'my-programme',
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
    myProgramme: 'My programme',
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
  /** Counted things, one form per plural category. */
  counts: {
    sessions: { one: '{count} session', other: '{count} sessions' } as Plural,
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
    filterStatus: 'Sessions shown: {count} of {total}.',
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
  letter: {
    /** The place and date line of the letter, e.g. "Geneva, Friday 23 April 2021". */
    dateline: '{place}, {date}',
  },
  fallback: {
    notice: 'This text is not yet available in {language}; it is shown in {original}.',
  },
  search: {
    title: 'Search',
    description: 'Find sessions and pages of the conference site.',
    label: 'Words to search for',
    submit: 'Search',
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
    noScript: 'Search needs JavaScript, which is turned off or not available in your browser.',
    browse: 'You can also find sessions in the programme or by audience:',
  },
  myProgramme: {
    title: 'My programme',
    description: 'The sessions you chose, in your own time zone.',
    /** Text of the star button beside each session (its title follows for screen readers); pressed means chosen. */
    star: 'My programme',
    intro: 'Mark sessions with the star button (“My programme”) in the programme, and they appear here in your own time zone. Your choice is kept in this browser only: there is no account, and nothing is sent anywhere.',
    needsScript: 'My programme needs JavaScript, and permission for this site to store data in your browser. Without them, the programme still lists every session, and each one can be added to your calendar.',
    empty: 'You have not chosen any session yet.',
    toProgramme: 'Choose sessions in the programme',
    yourTime: 'Times are shown in your time zone: {zone} ({offset}).',
    download: 'Download my programme (.ics)',
    shareLabel: 'Link to share this selection',
    copy: 'Copy link',
    copied: 'Link copied.',
    sharedTitle: 'A selection shared with you',
    sharedIntro: {
      one: 'The link you opened suggests {count} session. Add it to your programme? Nothing you chose before is removed.',
      other: 'The link you opened suggests {count} sessions. Add them to your programme? Nothing you chose before is removed.',
    } as Plural,
    import: 'Add to my programme',
    dismiss: 'Not now',
  },
  nowNext: {
    title: 'Now and next',
    live: 'Live now',
    next: 'Coming next',
    none: 'No session is running at the moment.',
    before: 'The conference starts on {date}.',
    after: 'The conference has ended.',
    recordings: 'Watch the recordings',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you asked for does not exist or has moved.',
    home: 'Go to the home page',
  },
  root: {
    title: 'Choose your language',
  },
  /** The editors' translation status page (/translation-status/, not linked from the site). */
  translationStatus: {
    title: 'Translation status',
    intro: 'For editors: the texts each language lacks, and those whose original changed after they were translated. The same report as "npm run translations" (see docs/editing.md).',
    source: 'Texts are translated from {language}.',
    language: 'Language',
    missing: 'Missing',
    outdated: 'Out of date',
    complete: 'Complete',
    field: 'field {field}',
    outdatedDetail: '{source} changed on {sourceDate}; this translation on {date}',
    notCommitted: 'not committed yet',
    noHistory: 'Out-of-date translations cannot be found here: the site was built without its Git history.',
    shallowHistory: 'Out-of-date translations cannot be found here: the site was built from a shallow Git clone (fetch-depth: 0 fixes this).',
  },
  calendar: {
    addSession: 'Add to calendar',
    addDay: 'Add this day to your calendar',
    addAudience: 'Add these sessions to your calendar',
    addProgramme: 'Add the whole programme to your calendar',
    /** Name of a calendar file, e.g. "World Conference 2021: Programme". */
    name: '{conference}: {about}',
    cancelledTitle: 'Cancelled: {title}',
  },
  localTime: {
    /** Shown by a script beside the conference time, on the visitor's own clock. */
    yours: 'Your time: {time}, {zone} ({offset})',
    /** Marks a local time that falls on another day than the conference day. */
    otherDay: 'on {date}',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Widen<T[K]> };
/** The shape every language's dictionary must have. */
export type UiStrings = Widen<typeof en>;
