/** Reading pretalx/frab/osem schedule.json, frab schedule.xml and Sessionize exports (fixtures in tests/fixtures/import/, written for these tests). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignIds, chooseTimeZone, detectSource, ImportError, placeLocalTimes, readSchedule } from '../../src/lib/schedule-import.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const pretalx = fixture('pretalx-schedule.json');
const frab = fixture('frab-schedule.xml');
const sessionize = fixture('sessionize-all.json');

const iso = (date: Date) => date.toISOString();

function refusal(text: string): string {
  try {
    readSchedule(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('detecting the format', () => {
  it('tells the three formats apart by their shape', () => {
    expect(detectSource(pretalx)).toBe('schedule-json');
    expect(detectSource(frab)).toBe('schedule-xml');
    expect(detectSource(sessionize)).toBe('sessionize');
  });

  it('refuses what is neither JSON nor XML, or has another shape', () => {
    expect(refusal('title,start\nOpening,09:00\n')).toMatch(/neither JSON nor XML/);
    expect(refusal('{"events": []}')).toMatch(/unknown shape.*schedule\.json.*Sessionize/);
    expect(refusal('<rss><channel/></rss>')).toMatch(/not a frab schedule\.xml/);
    expect(refusal('{"schedule": ')).toMatch(/not valid JSON/);
    expect(refusal('<schedule><day><room></schedule>')).toMatch(/not well-formed XML/);
  });
});

describe('a pretalx schedule.json over two days and two rooms', () => {
  const schedule = readSchedule(pretalx);

  it('reads every talk with its exact instant, room, type, track and speakers', () => {
    expect(schedule.title).toBe('Demo Summit 2024');
    expect(schedule.namedTimeZone).toBe('Europe/Berlin');
    expect(schedule.sessions.map((s) => [s.title, iso(s.start), iso(s.end), s.room, s.type, s.track])).toEqual([
      ['Welcome and keynote', '2024-06-10T07:00:00.000Z', '2024-06-10T07:45:00.000Z', 'Main Stage', 'Keynote', 'Open Data'],
      ['Securing programme APIs', '2024-06-10T08:00:00.000Z', '2024-06-10T08:30:00.000Z', 'Main Stage', 'Talk', 'Security'],
      ['Hands-on: build a schedule feed', '2024-06-10T07:30:00.000Z', '2024-06-10T09:00:00.000Z', 'Workshop Room', 'Workshop', 'Open Data'],
      ['Closing panel', '2024-06-11T14:15:00.000Z', '2024-06-11T15:00:00.000Z', 'Main Stage', 'Panel', null],
    ]);
    expect(schedule.sessions[1]!.speakers).toEqual(['TU78VW', 'PQ34RS']);
  });

  it('lists each speaker once, with the biography', () => {
    expect(schedule.speakers.map((s) => [s.key, s.name])).toEqual([
      ['PQ34RS', 'Ada Example'],
      ['TU78VW', 'Bo Sample'],
      ['XY34ZA', 'Chidi Placeholder'],
    ]);
    expect(schedule.speakers[0]!.biography).toBe('Ada writes <b>schedule</b> tools.');
  });

  it('uses the abstract as summary and keeps the description and links', () => {
    const keynote = schedule.sessions[0]!;
    expect(keynote.summary).toBe('Why open programme data matters.');
    expect(keynote.description).toMatch(/^A tour of the \*\*open formats\*\*/);
    expect(keynote.links).toEqual([{ title: 'Slides', url: 'https://cfp.example.org/demo2024/slides.pdf' }]);
  });
});

describe('a frab schedule.xml across a daylight-saving change', () => {
  const schedule = readSchedule(frab);

  it('applies each time’s own offset', () => {
    expect(schedule.sessions.map((s) => [s.title, iso(s.start), iso(s.end)])).toEqual([
      ['Ouverture & bienvenue', '2025-03-29T08:00:00.000Z', '2025-03-29T09:00:00.000Z'],
      ['Atelier données', '2025-03-29T08:30:00.000Z', '2025-03-29T09:15:00.000Z'],
      ['Après le changement d\'heure', '2025-03-30T08:00:00.000Z', '2025-03-30T09:30:00.000Z'],
    ]);
    expect(chooseTimeZone(schedule.namedTimeZone, schedule.offsets, null).timeZone).toBe('Europe/Paris');
  });

  it('reads rooms, tracks, language, people, links and the recording', () => {
    const [opening, workshop] = schedule.sessions;
    expect([opening!.room, opening!.track, opening!.type, opening!.language]).toEqual(['Salle A', 'Général', 'lecture', 'fr']);
    expect(opening!.description).toBe('Présentation du programme <complet>.');
    expect(opening!.links).toEqual([{ title: 'Programme', url: 'https://example.org/programme.pdf' }]);
    expect(workshop!.speakers).toEqual(['12', '11']);
    expect(workshop!.recording).toBe('https://example.org/video/2');
    expect(schedule.speakers.map((s) => s.name)).toEqual(['Camille Exemple', 'Dominique Essai']);
  });
});

describe('a Sessionize view/All export', () => {
  const zone = 'Europe/Lisbon';
  const schedule = placeLocalTimes(readSchedule(sessionize), zone);

  it('places its local times in the zone it is given', () => {
    expect(schedule.sessions.map((s) => [s.title, iso(s.start), iso(s.end)])).toEqual([
      ['Opening remarks', '2024-10-15T08:00:00.000Z', '2024-10-15T08:20:00.000Z'],
      ['Accessible schedules', '2024-10-15T08:30:00.000Z', '2024-10-15T09:15:00.000Z'],
      ['Lunch', '2024-10-16T11:00:00.000Z', '2024-10-16T12:00:00.000Z'],
    ]);
  });

  it('refuses a local time the clocks skip, naming the talk', () => {
    const json = JSON.parse(sessionize);
    json.sessions[0].startsAt = '2024-03-31T01:30:00';
    expect(() => placeLocalTimes(readSchedule(JSON.stringify(json)), zone)).toThrow(/"Opening remarks" \(id 501001\): 2024-03-31 01:30 does not exist in Europe\/Lisbon/);
  });

  it('maps rooms, format and track categories, speakers with tagline and bio', () => {
    const [opening, talk, lunch] = schedule.sessions;
    expect([opening!.room, opening!.type, opening!.track]).toEqual(['Auditorium', 'Keynote', 'Community']);
    expect([talk!.room, talk!.type, talk!.track, talk!.recording]).toEqual(['Room 2', 'Talk', 'Accessibility', 'https://example.org/recordings/501002']);
    expect([lunch!.type, lunch!.speakers]).toEqual(['Service', []]);
    expect(schedule.speakers.map((s) => [s.name, s.role, s.biography])).toEqual([
      ['Eun-ji Fixture', 'Programme chair', 'Eun-ji organises the fixture event.'],
      ['Farid Stub', 'Accessibility consultant', null],
    ]);
    expect(opening!.summary).toBe('Welcome to the fixture event.');
  });
});

describe('bad talks are refused with the talk named', () => {
  const pretalxWith = (edit: (event: Record<string, unknown>, json: { schedule: { conference: { days: { rooms: Record<string, Record<string, unknown>[]> }[] } } }) => void) => {
    const json = JSON.parse(pretalx);
    edit(json.schedule.conference.days[0].rooms['Main Stage'][1], json);
    return JSON.stringify(json);
  };

  it('a talk without a start', () => {
    expect(refusal(pretalxWith((event) => delete event['date']))).toMatch(/"Securing programme APIs" \(id 7d0f5a52-0c5c-5b8a-9f3e-000000000002\) has no start/);
  });

  it('a start without an offset', () => {
    expect(refusal(pretalxWith((event) => (event['date'] = '2024-06-10T10:00:00')))).toMatch(/"Securing programme APIs".*has no UTC offset/);
  });

  it('an overlong title', () => {
    expect(refusal(pretalxWith((event) => (event['title'] = 'x'.repeat(151))))).toMatch(/\(id 7d0f5a52-0c5c-5b8a-9f3e-000000000002\): the title has 151 characters; at most 150/);
  });

  it('duplicate ids', () => {
    expect(refusal(pretalxWith((event) => (event['guid'] = '7d0f5a52-0c5c-5b8a-9f3e-000000000001')))).toMatch(
      /Two talks have the id 7d0f5a52-0c5c-5b8a-9f3e-000000000001: "Welcome and keynote" and "Securing programme APIs"/,
    );
  });

  it('a Sessionize talk without a start, and one naming an unknown speaker', () => {
    const json = JSON.parse(sessionize);
    delete json.sessions[1].startsAt;
    expect(refusal(JSON.stringify(json))).toMatch(/"Accessible schedules" \(id 501002\) has no start/);
    const unknown = JSON.parse(sessionize);
    unknown.sessions[0].speakers = ['nobody'];
    expect(refusal(JSON.stringify(unknown))).toMatch(/"Opening remarks" \(id 501001\) names the speaker nobody/);
  });
});

describe('choosing the time zone', () => {
  const june = (hour: number, offset: number) => ({ instant: new Date(Date.UTC(2024, 5, 10, hour - offset / 60)), offset });

  it('keeps the file’s zone when its offsets agree', () => {
    expect(chooseTimeZone('Europe/Berlin', [june(9, 120)], null)).toMatchObject({ timeZone: 'Europe/Berlin' });
  });

  it('trusts the offsets when the named zone disagrees, and says why', () => {
    const choice = chooseTimeZone('Europe/Berlin', [june(9, 60), june(14, 60)], null);
    expect(choice.timeZone).toMatch(/^Europe\//);
    expect(choice.timeZone).not.toBe('Europe/Berlin');
    for (const { instant } of [june(9, 60)]) expect(new Intl.DateTimeFormat('en', { timeZone: choice.timeZone, timeZoneName: 'longOffset' }).format(instant)).toMatch(/GMT\+01:00/);
    expect(choice.reason).toMatch(/names Europe\/Berlin, but its times carry the offset \+01:00/);
  });

  it('uses UTC for times all at +00:00 with no zone named, and refuses offsets no zone has', () => {
    expect(chooseTimeZone(null, [june(9, 0)], null).timeZone).toBe('UTC');
    expect(() => chooseTimeZone(null, [june(9, 7)], null)).toThrow(/No time zone has the offsets/);
  });
});

describe('ids', () => {
  it('are clean slugs, unique, and stay what an earlier import gave', () => {
    const ids = assignIds(
      [
        { key: 'a', name: 'Débat : l’IA !' },
        { key: 'b', name: 'Débat : l’IA ?' },
        { key: 'c', name: 'Renamed talk' },
        { key: 'd', name: '¿¿??' },
      ],
      new Map([['c', 'original-title']]),
      'session',
    );
    expect([...ids.values()]).toEqual(['debat-l-ia', 'debat-l-ia-2', 'original-title', 'session-d']);
  });
});
