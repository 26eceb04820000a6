/** The content folder an import writes, and re-imports that keep what editors added. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importContent, joinMdx, mdxSafe, splitMdx, type ImportOptions } from '../../src/lib/import-content.ts';
import { readSchedule, type ImportedSchedule } from '../../src/lib/schedule-import.ts';

const pretalx = readSchedule(readFileSync(new URL('../fixtures/import/pretalx-schedule.json', import.meta.url), 'utf8'));
const options: ImportOptions = { language: 'en', timeZone: 'Europe/Berlin', audiences: ['general'], conferenceTitle: 'Demo Summit 2024' };

const keynotePath = 'sessions/welcome-and-keynote/index.en.mdx';

describe('a first import', () => {
  const { files, report } = importContent(pretalx, new Map(), null, options);

  it('writes sessions, speakers, rooms, formats, themes, the audience and conference.yaml', () => {
    expect([...files.keys()].sort()).toEqual([
      'audiences/general.yaml',
      'conference.yaml',
      'formats/keynote.yaml',
      'formats/panel.yaml',
      'formats/talk.yaml',
      'formats/workshop.yaml',
      'rooms/main-stage.yaml',
      'rooms/workshop-room.yaml',
      'sessions/closing-panel/index.en.mdx',
      'sessions/hands-on-build-a-schedule-feed/index.en.mdx',
      'sessions/securing-programme-apis/index.en.mdx',
      'sessions/welcome-and-keynote/index.en.mdx',
      'speakers/ada-example/index.en.mdx',
      'speakers/bo-sample/index.en.mdx',
      'speakers/chidi-placeholder/index.en.mdx',
      'themes/open-data.yaml',
      'themes/security.yaml',
    ]);
    expect(report.created).toHaveLength(files.size - 1);
  });

  it('puts the facts and the text in the default language’s file, times on the conference clock', () => {
    const { data, body } = splitMdx(files.get(keynotePath)!);
    expect(data).toEqual({
      title: 'Welcome and keynote',
      summary: 'Why open programme data matters.',
      day: '2024-06-10',
      start: '09:00',
      end: '09:45',
      format: 'keynote',
      theme: 'open-data',
      room: 'main-stage',
      speakers: ['ada-example'],
      language: 'en',
      resources: [{ label: { en: 'Slides' }, url: 'https://cfp.example.org/demo2024/slides.pdf' }],
      audiences: ['general'],
    });
    expect(body).toBe('A tour of the **open formats** used by event apps.\n\nWith time for questions \\{and answers\\}.');
    expect(splitMdx(files.get('sessions/closing-panel/index.en.mdx')!).data['speakers']).toEqual(['ada-example', 'chidi-placeholder']);
  });

  it('writes the same instants on another clock when the folder’s zone is another', () => {
    const { files: utc } = importContent(pretalx, new Map(), null, { ...options, timeZone: 'UTC' });
    expect(splitMdx(utc.get(keynotePath)!).data).toMatchObject({ day: '2024-06-10', start: '07:00', end: '07:45' });
  });

  it('labels lists in the folder’s language', () => {
    expect(files.get('rooms/main-stage.yaml')).toBe('label:\n  en: "Main Stage"\norder: 1\n');
    expect(files.get('audiences/general.yaml')).toBe('label:\n  en: "General"\norder: 1\n');
  });
});

describe('links and recordings', () => {
  it('are imported when they are https addresses, and listed as skipped otherwise', () => {
    const schedule: ImportedSchedule = {
      ...pretalx,
      sessions: pretalx.sessions.map((session, index) =>
        index === 0 ? { ...session, recording: 'https://video.example.org/1', links: [...session.links, { title: 'Old page', url: 'http://example.org/old' }] } : session,
      ),
    };
    const { files, report } = importContent(schedule, new Map(), null, options);
    const { data } = splitMdx(files.get(keynotePath)!);
    expect(data['recording']).toBe('https://video.example.org/1');
    expect(data['resources']).toEqual([{ label: { en: 'Slides' }, url: 'https://cfp.example.org/demo2024/slides.pdf' }]);
    expect(report.skipped).toEqual(['sessions/welcome-and-keynote: http://example.org/old (not an https address)']);
  });
});

describe('text from other tools in MDX', () => {
  it('cannot become code or components', () => {
    expect(mdxSafe('a {b} <c>\nimport x from "y"\n  export const z = 1')).toBe('a \\{b\\} \\<c>\n&#105;mport x from "y"\n  &#101;xport const z = 1');
  });
});

describe('a re-import', () => {
  const first = importContent(pretalx, new Map(), null, options);

  /** The folder after editors worked on it: a new title, an audience, a French translation, a field of their own. */
  function edited(): Map<string, string> {
    const folder = new Map(first.files);
    const keynote = splitMdx(folder.get(keynotePath)!);
    folder.set(keynotePath, joinMdx({ ...keynote.data, title: 'Keynote: why open data', audiences: ['general', 'developers'], provisional: true }, keynote.body));
    folder.set('sessions/welcome-and-keynote/index.fr.mdx', joinMdx({ title: 'Ouverture', summary: 'Pourquoi.' }, ''));
    return folder;
  }

  /** The source a week later: the keynote moved by 15 minutes and its abstract changed; the panel is gone. */
  function changedSource(title?: string): ImportedSchedule {
    return {
      ...pretalx,
      sessions: pretalx.sessions
        .filter((session) => session.title !== 'Closing panel')
        .map((session) =>
          session.title === 'Welcome and keynote'
            ? {
                ...session,
                title: title ?? session.title,
                summary: 'Why open data matters for apps.',
                start: new Date(session.start.getTime() + 15 * 60_000),
                end: new Date(session.end.getTime() + 15 * 60_000),
              }
            : session,
        ),
    };
  }

  it('updates what the source changed and keeps what editors added', () => {
    const again = importContent(changedSource(), edited(), first.state, options);
    const { data } = splitMdx(again.files.get(keynotePath)!);
    expect(data).toMatchObject({
      title: 'Keynote: why open data',
      summary: 'Why open data matters for apps.',
      start: '09:15',
      end: '10:00',
      audiences: ['general', 'developers'],
      provisional: true,
    });
    expect(again.files.has('sessions/welcome-and-keynote/index.fr.mdx')).toBe(false);
    expect(again.files.has('conference.yaml')).toBe(false);
    expect(again.report.updated).toEqual([keynotePath]);
    expect(again.report.conflicts).toEqual([]);
    expect(again.report.gone).toEqual(['sessions/closing-panel']);
  });

  it('reports a conflict when editors and the source changed the same field, keeping the editors’ value', () => {
    const again = importContent(changedSource('Opening keynote'), edited(), first.state, options);
    expect(splitMdx(again.files.get(keynotePath)!).data['title']).toBe('Keynote: why open data');
    expect(again.report.conflicts).toEqual([`${keynotePath}: title: kept "Keynote: why open data"; the source says "Opening keynote"`]);
  });

  it('keeps the folder names of sessions whose titles changed', () => {
    const again = importContent(changedSource('Opening keynote'), edited(), first.state, options);
    expect([...again.files.keys()].filter((path) => path.startsWith('sessions/'))).toEqual([keynotePath]);
  });

  it('changes nothing when nothing changed', () => {
    const again = importContent(pretalx, first.files, first.state, options);
    expect(again.files.size).toBe(0);
    expect(again.report).toEqual({ created: [], updated: [], conflicts: [], gone: [], skipped: [] });
  });
});
