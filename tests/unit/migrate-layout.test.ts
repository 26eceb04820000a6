/**
 * `npm run migrate` on a copy of the IPU content in the earlier layout (tests/fixtures/old-layout):
 * every field, every text and every language survives, bodies byte for byte, and the result
 * reads without a problem. The expectations come from reading the old files directly.
 */
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseContent, readContentFiles, textsOf } from '../../src/lib/content-reader.ts';
import { migrateLayout, type Migration } from '../../src/lib/migrate-layout.ts';
import { projectRoot } from '../helpers/build.ts';

const FRONTMATTER = /^---\n([\s\S]*?\n)---/;
const split = (text: string) => {
  const match = FRONTMATTER.exec(text)!;
  return { fields: yaml.load(match[1]!) as Record<string, unknown>, body: text.slice(match[0].length) };
};

let old: Map<string, string>;
let migration: Migration;
let defaultLocale: string;
/** The content folder after the migration. */
let converted: Map<string, string>;

beforeAll(async () => {
  old = textsOf(await readContentFiles(join(projectRoot, 'tests/fixtures/old-layout/content')));
  defaultLocale = (yaml.load(old.get('conference.yaml')!) as { defaultLocale: string }).defaultLocale;
  migration = migrateLayout(old);
  converted = new Map([...old].filter(([path]) => !migration.remove.includes(path)));
  for (const [path, text] of migration.write) converted.set(path, text);
});

describe('migrateLayout on the IPU content', () => {
  it('converts every old file and nothing else', () => {
    expect(migration.refusals).toEqual([]);
    const oldFiles = [...old.keys()].filter((path) => /^(sessions\/[^/]+\/[^/]+|home\/[^/]+|letter\/[^/]+)$/.test(path));
    expect(migration.remove.sort()).toEqual(oldFiles.sort());
    for (const [path, text] of old) if (!migration.remove.includes(path)) expect(converted.get(path)).toBe(text);
  });

  it('keeps every text of every language, its fields and its body byte for byte', () => {
    const texts = [...old.keys()].filter((path) => path.endsWith('.mdx'));
    expect(texts.length).toBeGreaterThan(0);
    for (const path of texts) {
      const newPath = path.replace(/([^/]+)\.mdx$/, 'index.$1.mdx');
      const before = split(old.get(path)!);
      const after = split(converted.get(newPath)!);
      expect(after.body, newPath).toBe(before.body);
      expect(after.fields, newPath).toMatchObject(before.fields);
    }
  });

  it('moves every fact of session.yaml, with its comments, into the default language’s file only', () => {
    const factFiles = [...old.keys()].filter((path) => path.endsWith('/session.yaml'));
    expect(factFiles.length).toBeGreaterThan(0);
    for (const path of factFiles) {
      const folder = path.slice(0, -'session.yaml'.length);
      const facts = yaml.load(old.get(path)!) as Record<string, unknown>;
      const main = converted.get(`${folder}index.${defaultLocale}.mdx`)!;
      expect(split(main).fields).toEqual({ ...split(old.get(`${folder}${defaultLocale}.mdx`)!).fields, ...facts });
      for (const comment of old.get(path)!.split('\n').filter((line) => line.trim().startsWith('#'))) expect(main).toContain(comment);
      for (const [other, text] of converted) {
        if (other.startsWith(folder) && other !== `${folder}index.${defaultLocale}.mdx`) {
          expect(Object.keys(split(text).fields).filter((key) => key in facts), other).toEqual([]);
        }
      }
    }
  });

  it('gives a folder the content check reads without a problem, with every session', () => {
    const { problems, entries } = parseContent(converted, 'content');
    expect(problems).toEqual([]);
    const oldSessions = [...old.keys()].filter((path) => path.endsWith('/session.yaml')).map((path) => path.split('/')[1]);
    expect(entries.sessions.map((session) => session.id).sort()).toEqual(oldSessions.sort());
  });

  it('is refused by the content check before, with a message naming npm run migrate', () => {
    const { problems } = parseContent(old, 'content');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.expected).toContain('npm run migrate');
  });

  it('has nothing to do on a converted folder', () => {
    expect(migrateLayout(converted)).toEqual({ write: new Map(), remove: [], refusals: [] });
  });
});

describe('migrateLayout refuses what it cannot convert without a loss, and changes nothing', () => {
  const conference = 'defaultLocale: fr\n';
  const text = '---\ntitle: "T"\nsummary: "S"\n---\n\nBody.\n';

  it('a session without a text in the default language', () => {
    const result = migrateLayout(new Map([['conference.yaml', conference], ['sessions/a/session.yaml', 'day: 2021-06-16\n'], ['sessions/a/en.mdx', text]]));
    expect(result.write.size).toBe(0);
    expect(result.refusals).toEqual([expect.stringMatching(/^sessions\/a\/: no fr\.mdx/)]);
  });

  it('a session.yaml whose fields would change in a front matter', () => {
    const result = migrateLayout(new Map([['conference.yaml', conference], ['sessions/a/session.yaml', '{day: 2021-06-16,\nstart: "14:00"}\n'], ['sessions/a/fr.mdx', text]]));
    expect(result.refusals).toEqual([expect.stringContaining('sessions/a/fr.mdx and sessions/a/session.yaml')]);
  });

  it('keeps Windows line endings', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const result = migrateLayout(new Map([['conference.yaml', conference], ['sessions/a/session.yaml', 'day: 2021-06-16\r\n# A note\r\n'], ['sessions/a/fr.mdx', crlf]]));
    expect(result.write.get('sessions/a/index.fr.mdx')).toBe('---\r\ntitle: "T"\r\nsummary: "S"\r\nday: 2021-06-16\r\n# A note\r\n---\r\n\r\nBody.\r\n');
  });
});
