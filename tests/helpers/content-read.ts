/**
 * Reads content files directly (js-yaml, as Astro does), so tests derive their
 * expectations from the content rather than from the code under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { projectRoot } from './build.ts';

export interface ConferenceFile {
  timeZone: string;
  defaultLocale: string;
  locales: { code: string; label: string }[];
  registration: { url: string; deadline: string | Date };
  [key: string]: unknown;
}

export function readYaml<T>(file: string): T {
  return yaml.load(readFileSync(file, 'utf8')) as T;
}

/** Frontmatter of an MDX file. */
export function readFrontmatter<T>(file: string): T {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file} has no frontmatter`);
  return yaml.load(match[1]!) as T;
}

/** A fixture's content folder (e.g. tests/helpers/fixtures.ts `exampleContent`), read directly. */
export function contentFolder(content: string) {
  const dir = join(projectRoot, content);
  const list = (sub: string) => readdirSync(join(dir, sub)).sort();
  const conference = readYaml<ConferenceFile>(join(dir, 'conference.yaml'));
  return {
    dir,
    conference,
    sessionIds: list('sessions'),
    audienceIds: list('audiences').map((file) => file.replace(/\.yaml$/, '')),
    sessionText: (id: string, locale: string) => {
      try {
        return readFrontmatter<{ title: string; summary: string }>(join(dir, 'sessions', id, `index.${locale}.mdx`));
      } catch {
        return undefined;
      }
    },
    /** The facts of a session, in the front matter of its default language's file. */
    sessionFacts: (id: string) =>
      readFrontmatter<{ day: string | Date; start: string; end: string; audiences: string[]; format: string }>(join(dir, factsFile(conference, id))),
  };
}

/** The file of a session that holds its facts, relative to the content folder: `sessions/<id>/index.<default>.mdx`. */
export function factsFile(conference: { defaultLocale: string }, id: string): string {
  return `sessions/${id}/index.${conference.defaultLocale}.mdx`;
}
