/**
 * The programme as pages show it, assembled once per build from the site model: days, their
 * time slots, the parts a very long day is cut into, the table columns (rooms) and the tallies
 * the filter counts from. Views read this; none of it is derived again per page or language.
 */
import { tally, tallyFile, tallyRef, type TallyFile, type TallyRef } from '../lib/filter-state.ts';
import { groupByDay } from '../lib/programme.ts';
import { cutSlot, groupIntoSlots, partsOf, slotRows, type Column, type Slot, type SlotRow } from '../lib/slots.ts';
import { memoised } from '../lib/memo.ts';
import type { PageKey } from '../lib/routes.ts';
import type { Room, Session, Site } from './site.ts';

/**
 * The most sessions one page lists. A day with more is cut into parts (between time slots),
 * each a page of its own, so programme and day pages stay within their 20 kB budget at any size
 * (docs/performance.md).
 */
export const SESSIONS_PER_PAGE = 48;
/** Up to this many sessions in all, the programme page lists every session; beyond, it summarises each day. */
export const OVERVIEW_LISTS_UP_TO = 40;
/** Pages listing at most this many sessions show each one's summary (more would break the 20 kB budget in Arabic at 1,500 sessions). */
export const SUMMARIES_UP_TO = 24;

export interface DayPart {
  /** 1 for the day page itself, 2 and more for its continuation pages. */
  number: number;
  slots: ProgrammeSlot[];
  /**
   * The table's columns: the rooms this part uses, in order, and last, when needed, a column for
   * sessions without a room. Empty: no table. Per part, not per day, so a page of a day with
   * hundreds of rooms shows only the rooms that have a session in its hours.
   */
  columns: (Room | undefined)[];
  sessionCount: number;
  start: Date;
  end: Date;
}

export interface ProgrammeSlot extends Slot<Session> {
  /** Table rows when the day has rooms, undefined when its sessions are simply listed. */
  rows?: SlotRow<Session>[];
}

export interface ProgrammeDay {
  /** YYYY-MM-DD on the conference clock. */
  day: string;
  sessions: Session[];
  parts: DayPart[];
}

export interface Programme {
  days: ProgrammeDay[];
  /** The programme page lists every session (small programmes) rather than a summary per day. */
  overviewLists: boolean;
  /** Rooms that have at least one session, in column order: the room filter's choices. */
  rooms: Room[];
  /** Audiences that have at least one session: the audience filter's choices. */
  audienceIds: string[];
}

const filterable = (session: Session) => ({ audiences: session.data.audiences, room: session.data.room });

/** Slots laid out as one table: its columns, and each slot's rows (no rows, and no columns, when no session has a room). */
function tableOf(site: Site, slots: readonly Slot<Session>[]): { columns: (Room | undefined)[]; slots: ProgrammeSlot[] } {
  const roomIds = new Set(slots.flatMap((slot) => slot.sessions.flatMap((session) => (session.data.room ? [session.data.room] : []))));
  const rooms = site.rooms.filter((room) => roomIds.has(room.id));
  if (rooms.length === 0) return { columns: [], slots: [...slots] };
  // A session without a room that runs alongside others needs a column of its own; alone in its slot, it spans every column.
  const sharedWithoutRoom = slots.some((slot) => slot.sessions.length > 1 && slot.sessions.some((session) => !session.data.room));
  const columns: (Room | undefined)[] = sharedWithoutRoom ? [...rooms, undefined] : rooms;
  const columnOf = (session: Session, slot: Slot<Session>): Column => {
    if (session.data.room) return rooms.findIndex((room) => room.id === session.data.room);
    return slot.sessions.length === 1 ? 'all' : columns.length - 1;
  };
  return { columns, slots: slots.map((slot) => ({ ...slot, rows: slotRows(slot, columns.length, (session) => columnOf(session, slot)) })) };
}

function dayOf(site: Site, day: string, sessions: Session[]): ProgrammeDay {
  // Cut before laying out, so every piece of a slot too long for one page gets its own table rows.
  const slots = groupIntoSlots(sessions).flatMap((slot) => cutSlot(slot, SESSIONS_PER_PAGE));
  const parts = partsOf(slots, SESSIONS_PER_PAGE).map((partSlots, index) => {
    const partSessions = partSlots.flatMap((slot) => slot.sessions);
    return {
      number: index + 1,
      ...tableOf(site, partSlots),
      sessionCount: partSessions.length,
      start: partSlots[0]!.start,
      end: new Date(Math.max(...partSlots.map((slot) => slot.end.getTime()))),
    };
  });
  return { day, sessions, parts };
}

/** Days of `sessions`, laid out: the whole programme, or one audience's sessions. */
function daysOf(site: Site, sessions: readonly Session[]): ProgrammeDay[] {
  return groupByDay(sessions, site.conference.timeZone).map(({ day, sessions: list }) => dayOf(site, day, list));
}

const programmes = new WeakMap<Site, Programme>();

/** The whole programme, assembled once per build. */
export function programmeOf(site: Site): Programme {
  let programme = programmes.get(site);
  if (!programme) {
    const used = new Set(site.sessions.map((session) => session.data.room));
    const audienceIds = new Set(site.sessions.flatMap((session) => session.data.audiences));
    programme = {
      days: daysOf(site, site.sessions),
      overviewLists: site.sessions.length <= OVERVIEW_LISTS_UP_TO,
      rooms: site.rooms.filter((room) => used.has(room.id)),
      audienceIds: site.audiences.map((audience) => audience.id).filter((id) => audienceIds.has(id)),
    };
    programmes.set(site, programme);
  }
  return programme;
}

const audienceDays = new Map<string, ProgrammeDay[]>();

/** The days of one audience's sessions (its static page, the filter's path without JavaScript), assembled once per build. */
export function audienceProgramme(site: Site, audienceId: string): ProgrammeDay[] {
  return memoised(audienceDays, audienceId, () => daysOf(site, site.sessions.filter((session) => session.data.audiences.includes(audienceId))));
}

/**
 * Whether an audience's page is cut into a page per day (and parts on long days), as the
 * programme is: when it has more sessions than one page lists, so its pages stay within budget.
 */
export function audienceByDay(site: Site, audienceId: string): boolean {
  return audienceProgramme(site, audienceId).reduce((total, day) => total + day.sessions.length, 0) > SESSIONS_PER_PAGE;
}

/** The day `day` of the programme and its part `number`. */
export function dayPart(site: Site, day: string, number = 1): { day: ProgrammeDay; part: DayPart } {
  const found = programmeOf(site).days.find((candidate) => candidate.day === day);
  const part = found?.parts[number - 1];
  if (!found || !part) throw new Error(`The programme has no day ${day} with a part ${number}`);
  return { day: found, part };
}

/** What a day page's counts refer to: the day itself when it has one part (its tally is then the day's), else its part. */
export function partTallyRef(day: ProgrammeDay, part: DayPart): TallyRef {
  return tallyRef(day.day, day.parts.length > 1 ? part.number : undefined);
}

const tallyFilesOf = new WeakMap<Site, Record<string, TallyFile>>();

/**
 * The files the filter fetches its counts from (src/lib/filter-state.ts), by name, made once per
 * build from the programme: `days` with the programme's and each day's tally, and one per day
 * cut into parts with its parts'. Language-neutral: tallies hold only ids.
 */
export function tallyFiles(site: Site): Record<string, TallyFile> {
  let files = tallyFilesOf.get(site);
  if (!files) {
    const programme = programmeOf(site);
    const counted: [TallyRef, Session[]][] = [
      [tallyRef(), site.sessions],
      ...programme.days.map((day): [TallyRef, Session[]] => [tallyRef(day.day), day.sessions]),
      ...programme.days.filter((day) => day.parts.length > 1).flatMap((day) => day.parts.map((part): [TallyRef, Session[]] => [partTallyRef(day, part), part.slots.flatMap((slot) => slot.sessions)])),
    ];
    files = {};
    for (const [ref, sessions] of counted) (files[tallyFile(ref)] ??= {})[ref] = tally(sessions.map(filterable));
    tallyFilesOf.set(site, files);
  }
  return files;
}

/**
 * The page of an audience that matches a day page, for the no-JavaScript path of the filter:
 * its page for that day when its pages are cut by day, else its own page; none when it has no
 * session that day (as the filter hides a day it leaves empty). Without a day, its own page.
 */
export function audiencePageOn(site: Site, audienceId: string, day?: string): PageKey | undefined {
  if (!day) return { kind: 'audience', id: audienceId };
  if (!audienceProgramme(site, audienceId).some((candidate) => candidate.day === day)) return undefined;
  return audienceByDay(site, audienceId) ? { kind: 'audience', id: audienceId, day } : { kind: 'audience', id: audienceId };
}
