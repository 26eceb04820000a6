/**
 * The round trip: a programme from pretalx, frab or Sessionize is imported into a new folder,
 * passes `npm run check`, builds, and the built schedule.json has every talk at the same
 * instant, with the same duration, room and people. Then a re-import keeps editors' work.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build.ts';
import { scheduleJsonErrors } from '../helpers/schedule-schemas.ts';
import { readSchedule, type ImportedSchedule } from '../../src/lib/schedule-import.ts';

const fixtures = join(projectRoot, 'tests/fixtures/import');
const node = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...env } });

interface ExportedEvent {
  title: string;
  date: string;
  duration: string;
  room: string;
  persons: { name: string }[];
}

/** What an event is, independent of how a format writes it: title, instant, minutes, room, people. */
const essence = (title: string, start: Date, minutes: number, room: string | null, people: string[]) => ({ title, start: start.toISOString(), minutes, room, people });

function sourceEvents(schedule: ImportedSchedule) {
  const names = new Map(schedule.speakers.map((speaker) => [speaker.key, speaker.name]));
  return schedule.sessions
    .map((s) => essence(s.title, s.start, (s.end.getTime() - s.start.getTime()) / 60_000, s.room, s.speakers.map((key) => names.get(key)!)))
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
}

function exportedEvents(dist: string, language: string) {
  const json = JSON.parse(readFileSync(join(dist, language, 'schedule.json'), 'utf8'));
  expect(scheduleJsonErrors(json)).toEqual([]);
  return (json.schedule.conference.days as { rooms: Record<string, ExportedEvent[]> }[])
    .flatMap((day) => Object.values(day.rooms).flat())
    .map((e) => {
      const [hours, minutes] = e.duration.split(':').map(Number);
      return essence(e.title, new Date(e.date), hours! * 60 + minutes!, e.room, e.persons.map((p) => p.name));
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
}

async function roundTrip(file: string, extra: string[], expected: ImportedSchedule, language: string) {
  const folder = join(mkdtempSync(join(tmpdir(), 'import-round-trip-')), 'content');
  const imported = node('scripts/import.ts', [join(fixtures, file), '--into', folder, ...extra]);
  expect(imported.stderr).toBe('');
  expect(imported.status).toBe(0);
  const check = node('scripts/check.ts', [], { CONFERENCE_CONTENT: folder });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
  const build = await buildSite({ content: folder });
  expect(build.code, build.output).toBe(0);
  expect(exportedEvents(build.outDir, language)).toEqual(sourceEvents(expected));
  return { folder, output: imported.stdout };
}

describe('import, check, build, export', () => {
  it('a pretalx schedule.json over two days and two rooms, with speakers', async () => {
    const { output } = await roundTrip('pretalx-schedule.json', [], readSchedule(readFileSync(join(fixtures, 'pretalx-schedule.json'), 'utf8')), 'en');
    expect(output).toMatch(/Time zone: Europe\/Berlin: the file's own zone/);
    expect(output).toMatch(/New sessions are tagged for the audience general/);
  });

  it('a frab schedule.xml across a daylight-saving change, in French', async () => {
    await roundTrip('frab-schedule.xml', [], readSchedule(readFileSync(join(fixtures, 'frab-schedule.xml'), 'utf8')), 'fr');
  });

  it('a Sessionize export read in the zone given', async () => {
    const zone = 'America/Toronto';
    // Sessionize's local times, read as if they were UTC, then moved by Toronto's offset in October (UTC−4, daylight time).
    const local = readSchedule(readFileSync(join(fixtures, 'sessionize-all.json'), 'utf8'));
    const later = (date: Date) => new Date(date.getTime() + 4 * 3_600_000);
    const expected = { ...local, sessions: local.sessions.map((s) => ({ ...s, start: later(s.start), end: later(s.end) })) };
    await roundTrip('sessionize-all.json', ['--time-zone', zone, '--audience', 'everyone'], expected, 'en');
  });

  it('a file whose zone name disagrees with its offsets: the offsets win, and the import says which zone and why', async () => {
    const json = JSON.parse(readFileSync(join(fixtures, 'pretalx-schedule.json'), 'utf8'));
    // Every time written at +01:00 in June, while the file names Europe/Berlin (+02:00 in June).
    const text = JSON.stringify(json).replace(/(2024-06-1\dT\d\d:\d\d:\d\d)\+02:00/g, '$1+01:00');
    const file = join(mkdtempSync(join(tmpdir(), 'import-zone-')), 'schedule.json');
    writeFileSync(file, text);
    const folder = join(mkdtempSync(join(tmpdir(), 'import-round-trip-')), 'content');
    const run = node('scripts/import.ts', [file, '--into', folder]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Time zone: Europe\/\w+: the file names Europe\/Berlin, but its times carry the offset \+01:00/);
    const build = await buildSite({ content: folder });
    expect(build.code, build.output).toBe(0);
    // 09:00+01:00 is 08:00 UTC, whatever the zone name said.
    const keynote = exportedEvents(build.outDir, 'en').find((event) => event.title === 'Welcome and keynote')!;
    expect(keynote.start).toBe('2024-06-10T08:00:00.000Z');
  });
});

describe('re-import from the command line', () => {
  it('keeps editors’ additions (an audience, a language, a translation) and reports what changed', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'import-again-')), 'content');
    const source = join(fixtures, 'pretalx-schedule.json');
    expect(node('scripts/import.ts', [source, '--into', folder]).status).toBe(0);
    const keynote = join(folder, 'sessions/welcome-and-keynote/index.en.mdx');
    writeFileSync(keynote, readFileSync(keynote, 'utf8').replace('  - "general"', '  - "general"\n  - "developers"'));
    writeFileSync(join(folder, 'audiences/developers.yaml'), 'label:\n  en: "Developers"\norder: 2\n');
    const conference = join(folder, 'conference.yaml');
    writeFileSync(conference, readFileSync(conference, 'utf8').replace('defaultLocale: "en"', '  - code: "de"\n    label: "Deutsch"\ndefaultLocale: "en"'));
    writeFileSync(join(folder, 'sessions/welcome-and-keynote/index.de.mdx'), '---\ntitle: "Begrüßung"\nsummary: "Warum offene Programmdaten wichtig sind."\n---\n');
    const newer = join(mkdtempSync(join(tmpdir(), 'import-newer-')), 'schedule.json');
    writeFileSync(newer, readFileSync(source, 'utf8').replace('"date": "2024-06-10T09:00:00+02:00"', '"date": "2024-06-10T09:10:00+02:00"'));

    const run = node('scripts/import.ts', [newer, '--into', folder]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/updated sessions\/welcome-and-keynote\/index\.en\.mdx/);
    const text = readFileSync(keynote, 'utf8');
    expect(text).toMatch(/start: "09:10"/);
    expect(text).toMatch(/- "developers"/);
    expect(readFileSync(join(folder, 'sessions/welcome-and-keynote/index.de.mdx'), 'utf8')).toMatch(/Begrüßung/);
  });
});
