/**
 * The shape of `/<locale>/programme.json`, the programme as data for other systems
 * (documented in docs/programme-data.md). Calendar files and structured data are built
 * from these same records, so every output says the same thing.
 */

/** An entry of a list editors keep (format, theme, audience), labelled in the file's language. */
export interface Labelled {
  id: string;
  label: string;
}

export interface Person {
  /** The person's id, the same in every language. */
  id: string;
  name: string;
  /** Role and organisation, or null when not given. */
  role: string | null;
  /** Absolute URL of the person's page in this language. */
  url: string;
}

export interface ProgrammeSession {
  id: string;
  /** Calendar UID: the same in every language and every build, as long as the site's address stays. */
  uid: string;
  /** Absolute URL of the session's page in this language. */
  url: string;
  /** Absolute URL of the session's calendar file in this language. */
  calendarUrl: string;
  /** Language of `title` and `summary`: not the file's language when the translation is missing. */
  language: string;
  title: string;
  summary: string;
  /** The conference day it belongs to, YYYY-MM-DD (conference time). */
  day: string;
  /** ISO 8601 with the conference zone's offset in force at that instant. */
  start: string;
  end: string;
  status: 'scheduled' | 'cancelled';
  /** True while time or content is not confirmed. */
  provisional: boolean;
  format: Labelled;
  theme: Labelled | null;
  audiences: Labelled[];
  speakers: Person[];
  moderators: Person[];
  /** Absolute URL of its public live stream (its own, else its room's), or null. */
  stream: string | null;
  /** Absolute URL of its recording, once published, or null. */
  recording: string | null;
  /** Its documents (slides, reports), labelled in this language, with absolute URLs. */
  resources: LabelledLink[];
  /** Language spoken (BCP 47, e.g. "en"), or null when not stated. */
  spokenLanguage: string | null;
  /** Languages of simultaneous interpretation (BCP 47); empty when none is stated. */
  interpretation: string[];
}

/** A link with a label in the file's language. */
export interface LabelledLink {
  label: string;
  url: string;
}

export type Attendance = 'online' | 'hybrid' | 'in-person';

export interface ProgrammeConference {
  name: string;
  shortName: string;
  /** Absolute URL of the home page in this language. */
  url: string;
  /** First and last day, YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  /** ISO 8601 with offset: the first session's start and the last session's end (the first and last days when there is no session yet). */
  start: string;
  end: string;
  /** IANA zone the programme is written in, and its name for visitors. */
  timeZone: string;
  timeZoneName: string;
  attendance: Attendance;
  venue: { name: string; address: string } | null;
  organiser: { name: string; url: string };
  calendarUrl: string;
  /** What the conference produced (reports, declarations), labelled in this language. */
  outcomes: LabelledLink[];
}

export interface ProgrammeData {
  /** Language of every text in the file, e.g. "fr". */
  language: string;
  conference: ProgrammeConference;
  days: { day: string; calendarUrl: string }[];
  audiences: (Labelled & { url: string; calendarUrl: string })[];
  /** In programme order. */
  sessions: ProgrammeSession[];
}
