/**
 * A synthetic programme for the build benchmark: any number of sessions with valid days,
 * times, formats and audiences, and MDX texts in every language. The words come from the
 * conference's own content in that language, drawn with their real frequencies, so page
 * sizes and the search index look like a real programme's. Pure and seeded: the same
 * inputs always give the same programme.
 */
import { daysBetween } from '../../src/lib/time.ts';

export interface ProgrammeShape {
  /** First and last conference day, YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  locales: readonly string[];
  /** The language whose file holds each session's facts. */
  defaultLocale: string;
  formats: readonly string[];
  audiences: readonly string[];
  themes: readonly string[];
  /** Rooms sessions run in, in parallel; none for a single-room programme. */
  rooms?: readonly string[] | undefined;
  /** Ids of the people sessions name as speakers and moderators; none: sessions name nobody. */
  speakers?: readonly string[] | undefined;
  /** Words of each language's real content, in reading order (repeats kept: they are the frequencies). */
  words: ReadonlyMap<string, readonly string[]>;
}

export interface SessionText {
  title: string;
  summary: string;
  /** MDX body: paragraphs, a list, links, sometimes a heading. */
  body: string;
}

export interface SyntheticSession {
  id: string;
  day: string;
  start: string;
  end: string;
  format: string;
  audiences: string[];
  theme?: string;
  room?: string;
  speakers: string[];
  moderators: string[];
  /** Web address of the recording, for about half the sessions (a programme after the event). */
  recording?: string;
  /** Slides and documents: a label per language and a web address. */
  resources: { label: Record<string, string>; url: string }[];
  provisional: boolean;
  status: 'scheduled' | 'cancelled';
  texts: Map<string, SessionText>;
}

export interface SpeakerText {
  role: string;
  affiliation: string;
  /** The biography, a paragraph or two of MDX. */
  body: string;
}

export interface SyntheticSpeaker {
  id: string;
  name: string;
  /** Whether the person has a photo (`photo.jpg` beside their files). */
  photo: boolean;
  texts: Map<string, SpeakerText>;
}

/** Sessions start between these wall-clock times, well clear of any daylight-saving jump (usually 01:00–03:00). */
const FIRST_START = 8 * 60;
const LAST_END = 20 * 60;
const DURATIONS = [30, 45, 60, 60, 90, 90, 120];

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pickOne = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** `count` distinct items of `list`, in list order. */
function pickSome<T>(random: Random, list: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(random() * list.length));
  return [...chosen].sort((a, b) => a - b).map((index) => list[index]!);
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The words of `text` in `locale`, as a reader would count them (Intl.Segmenter, so Arabic works too). */
export function wordsOf(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((segment) => segment.isWordLike && /^\p{L}[\p{L}\p{M}'’-]*$/u.test(segment.segment)).map((segment) => segment.segment);
}

function sentence(random: Random, words: readonly string[], length: number, stop = '.'): string {
  const text = Array.from({ length }, () => pickOne(random, words)).join(' ');
  return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}${stop}`;
}

const paragraph = (random: Random, words: readonly string[]) =>
  Array.from({ length: between(random, 2, 5) }, () => sentence(random, words, between(random, 8, 22))).join(' ');

/** A body like an editor's: a few paragraphs, a bulleted list, a link or two, sometimes a subheading. */
function body(random: Random, words: readonly string[], id: string): string {
  const blocks = [paragraph(random, words), paragraph(random, words)];
  if (random() < 0.5) blocks.push(`## ${sentence(random, words, between(random, 2, 5), '')}`);
  blocks.push(Array.from({ length: between(random, 3, 5) }, () => `- ${sentence(random, words, between(random, 3, 9), '')}`).join('\n'));
  const linkText = sentence(random, words, between(random, 2, 4), '');
  blocks.push(`${paragraph(random, words)} [${linkText}](https://example.org/${id}/) ${sentence(random, words, between(random, 5, 12))}`);
  if (random() < 0.5) blocks.push(paragraph(random, words));
  return blocks.join('\n\n');
}

/** Words for `locale`: its own content's, else the first language that has some. */
function vocabulary(shape: ProgrammeShape, locale: string): readonly string[] {
  const own = shape.words.get(locale);
  if (own && own.length > 0) return own;
  const other = shape.locales.map((code) => shape.words.get(code)).find((words) => words && words.length > 0);
  if (!other) throw new Error('The content has no text to draw words from.');
  return other;
}

/**
 * Each session in the first room free at its start, as a programme committee would schedule
 * them; when every room is taken, the one that frees first (the site shows both in one cell).
 */
function assignRooms(sessions: SyntheticSession[], rooms: readonly string[]): void {
  const freeAt = new Map<string, string>();
  const ordered = [...sessions].sort((a, b) => `${a.day}${a.start}`.localeCompare(`${b.day}${b.start}`));
  for (const session of ordered) {
    const busyUntil = (room: string) => freeAt.get(room) ?? '';
    const at = `${session.day}${session.start}`;
    const room = rooms.find((candidate) => busyUntil(candidate) <= at) ?? [...rooms].sort((a, b) => busyUntil(a).localeCompare(busyUntil(b)))[0]!;
    session.room = room;
    freeAt.set(room, `${session.day}${session.end}`);
  }
}

/** `count` sessions spread over the conference days, each with a text in every language. */
export function syntheticSessions(shape: ProgrammeShape, count: number, seed = 2021): SyntheticSession[] {
  const random = seededRandom(seed);
  const days = daysBetween(shape.startDate, shape.endDate);
  if (days.length === 0) throw new Error(`No conference day from ${shape.startDate} to ${shape.endDate}.`);
  if (shape.formats.length === 0 || shape.audiences.length === 0) throw new Error('The content needs at least one format and one audience.');
  const width = String(count).length;
  const people = shape.speakers ?? [];
  const sessions = Array.from({ length: count }, (_, index): SyntheticSession => {
    const day = days[index % days.length]!;
    const duration = pickOne(random, DURATIONS);
    const start = FIRST_START + 15 * Math.floor(random() * ((LAST_END - duration - FIRST_START) / 15 + 1));
    const id = `${day}-session-${String(index + 1).padStart(width, '0')}`;
    const theme = shape.themes.length > 0 && random() < 0.7 ? pickOne(random, shape.themes) : undefined;
    const [moderator, ...speakers] = pickSome(random, people, between(random, 2, 5));
    return {
      id,
      day,
      start: clock(start),
      end: clock(start + duration),
      format: pickOne(random, shape.formats),
      audiences: pickSome(random, shape.audiences, between(random, 1, 3)),
      ...(theme ? { theme } : {}),
      speakers,
      moderators: moderator && random() < 0.6 ? [moderator] : [],
      ...(random() < 0.5 ? { recording: `https://example.org/recordings/${id}` } : {}),
      resources: Array.from({ length: between(random, 0, 2) }, (_, number) => ({
        label: Object.fromEntries(shape.locales.map((locale) => [locale, sentence(random, vocabulary(shape, locale), between(random, 1, 3), '')])),
        url: `https://example.org/${id}/resource-${number + 1}`,
      })),
      provisional: random() < 0.2,
      status: random() < 0.03 ? 'cancelled' : 'scheduled',
      texts: new Map(
        shape.locales.map((locale) => {
          const words = vocabulary(shape, locale);
          return [
            locale,
            { title: sentence(random, words, between(random, 3, 8), ''), summary: sentence(random, words, between(random, 15, 30)), body: body(random, words, id) },
          ];
        }),
      ),
    };
  });
  if (shape.rooms?.length) assignRooms(sessions, shape.rooms);
  return sessions;
}

/** Rooms enough for `count` sessions over `days` days to run mostly without overlap (about eight sessions a room a day). */
export const roomsFor = (count: number, days: number) => Math.max(1, Math.ceil(count / days / 8));

/**
 * `count` made-up people (`person-0001`…) with names drawn from the content's words, a role, an
 * affiliation and a biography in every language, and a photo for a share `photoShare` of them.
 */
export function syntheticSpeakers(shape: ProgrammeShape, count: number, photoShare: number, seed = 1621): SyntheticSpeaker[] {
  const random = seededRandom(seed);
  const width = String(count).length;
  const names = vocabulary(shape, shape.defaultLocale).filter((word) => word.length > 3);
  const capital = (word: string) => `${word.charAt(0).toLocaleUpperCase()}${word.slice(1)}`;
  return Array.from({ length: count }, (_, index) => ({
    id: `person-${String(index + 1).padStart(width, '0')}`,
    name: `${capital(pickOne(random, names))} ${capital(pickOne(random, names))}`,
    photo: random() < photoShare,
    texts: new Map(
      shape.locales.map((locale) => {
        const words = vocabulary(shape, locale);
        const bio = Array.from({ length: between(random, 1, 2) }, () => paragraph(random, words)).join('\n\n');
        return [locale, { role: sentence(random, words, between(random, 2, 5), ''), affiliation: sentence(random, words, between(random, 2, 4), ''), body: bio }];
      }),
    ),
  }));
}

/** A person's `index.<lang>.mdx`: the name and photo only in the default language's file. */
export function speakerMdx(speaker: SyntheticSpeaker, locale: string, defaultLocale: string): string {
  const text = speaker.texts.get(locale)!;
  const neutral = locale === defaultLocale ? [`name: ${JSON.stringify(speaker.name)}`, ...(speaker.photo ? ['photo: photo.jpg'] : [])] : [];
  return ['---', ...neutral, `role: ${JSON.stringify(text.role)}`, `affiliation: ${JSON.stringify(text.affiliation)}`, '---', '', text.body, ''].join('\n');
}

/** The session's facts, front matter lines of its default language's file. */
export function sessionFacts(session: SyntheticSession): string {
  return [
    `day: ${session.day}`,
    `start: "${session.start}"`,
    `end: "${session.end}"`,
    `format: ${session.format}`,
    `audiences: [${session.audiences.join(', ')}]`,
    ...(session.theme ? [`theme: ${session.theme}`] : []),
    ...(session.room ? [`room: ${session.room}`] : []),
    ...(session.speakers.length > 0 ? [`speakers: [${session.speakers.join(', ')}]`] : []),
    ...(session.moderators.length > 0 ? [`moderators: [${session.moderators.join(', ')}]`] : []),
    ...(session.recording ? [`recording: "${session.recording}"`] : []),
    ...(session.resources.length > 0 ? [`resources: ${JSON.stringify(session.resources)}`] : []),
    ...(session.provisional ? ['provisional: true'] : []),
    ...(session.status === 'cancelled' ? ['status: cancelled'] : []),
    '',
  ].join('\n');
}

/** A session's `index.<lang>.mdx`, with its facts in the default language's. JSON strings are valid YAML double-quoted strings. */
export function sessionMdx(text: SessionText, facts = ''): string {
  return `---\ntitle: ${JSON.stringify(text.title)}\nsummary: ${JSON.stringify(text.summary)}\n${facts}---\n\n${text.body}\n`;
}
