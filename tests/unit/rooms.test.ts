/** Rooms are optional content: read and checked like the other lists, on the example conference (a fixture). */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseContent, readContentFiles, textsOf } from '../../src/lib/content-reader.ts';
import { projectRoot } from '../helpers/build.ts';

const folder = 'examples/open-data-summit/content';
let example: Map<string, string>;
beforeAll(async () => {
  example = textsOf(await readContentFiles(join(projectRoot, folder)));
});

describe('rooms', () => {
  it('reads each room with its labels, order and stream, and each session with its room', () => {
    const { problems, entries } = parseContent(example, folder);
    expect(problems).toEqual([]);
    const channel = entries.rooms.find((room) => room.id === 'online-channel')!;
    expect(channel.data).toEqual({ label: { en: 'Online channel', es: 'Canal en línea', ar: 'القناة الإلكترونية' }, order: 3, stream: 'https://example.org/live' });
    expect(entries.sessions.find((session) => session.id === '2025-11-01-keynote')!.data.room).toBe('main-hall');
  });

  it('reports an unknown room, a stream that is not https and a label in a language the site lacks', () => {
    const files = new Map(example);
    files.set('sessions/2025-11-01-privacy/index.en.mdx', files.get('sessions/2025-11-01-privacy/index.en.mdx')!.replace('room: main-hall', 'room: hall-b'));
    files.set('rooms/online-channel.yaml', 'label:\n  en: Online\n  de: Online\norder: 3\n');
    files.set('rooms/workshop-room.yaml', 'label:\n  en: Workshops\norder: 2\nstream: "http://example.org/live"\n');
    const problems = parseContent(files, folder).problems.map((p) => [p.file, p.field, p.found]);
    expect(problems).toEqual(
      expect.arrayContaining([
        [`${folder}/sessions/2025-11-01-privacy/index.en.mdx`, 'room', '"hall-b"'],
        [`${folder}/rooms/workshop-room.yaml`, 'stream', '"http://example.org/live"'],
        [`${folder}/rooms/online-channel.yaml`, 'label.de', '"de"'],
      ]),
    );
  });

  it('is optional: content without a rooms folder has no problem', () => {
    const files = new Map([...example].filter(([path]) => !path.startsWith('rooms/')));
    for (const [path, text] of files) if (path.startsWith('sessions/')) files.set(path, text.replace(/^room: .*\n/m, ''));
    expect(parseContent(files, folder).problems).toEqual([]);
  });
});
