/**
 * `npm run migrate`: converts a content folder from the earlier layout to entry folders
 * (src/schemas/entry-folder.ts), losslessly:
 * - `sessions/<id>/session.yaml` + `sessions/<id>/<lang>.mdx` → `sessions/<id>/index.<lang>.mdx`,
 *   the facts of session.yaml (comments included) joining the front matter of the default
 *   language's file;
 * - `home/<lang>.mdx` and `letter/<lang>.mdx` → `home/index.<lang>.mdx`, `letter/index.<lang>.mdx`.
 * Texts below the front matter are kept byte for byte, and other files are left as they are.
 * Each converted front matter is read back and compared with what it replaces, so a file
 * that cannot be joined without a change is refused instead of altered.
 */
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';

export interface Migration {
  /** New files, by path in the content folder. */
  write: Map<string, string>;
  /** Old files the new ones replace. */
  remove: string[];
  /** Why the folder cannot be converted; when there are any, nothing is to be written. */
  refusals: string[];
}

/** Astro's front matter pattern (as in src/lib/content-reader.ts). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
const OLD_TEXT = /^(sessions\/[^/]+\/|home\/|letter\/)([a-z]{2,3}(?:-[a-z0-9]+)*)\.mdx$/;

export function migrateLayout(files: ReadonlyMap<string, string>): Migration {
  const write = new Map<string, string>();
  const remove: string[] = [];
  const refusals: string[] = [];
  const conference = files.get('conference.yaml');
  const defaultLocale = conference === undefined ? undefined : readDefaultLocale(conference);
  if (defaultLocale === undefined) return { write, remove, refusals: ['conference.yaml has no readable defaultLocale: fix it first ("npm run check" says how)'] };

  for (const [path, text] of files) {
    const match = OLD_TEXT.exec(path);
    if (!match) continue;
    const [, folder, locale] = match;
    const target = `${folder}index.${locale}.mdx`;
    if (files.has(target)) {
      refusals.push(`${path}: ${target} exists too; keep one of them`);
      continue;
    }
    const factsPath = `${folder}session.yaml`;
    const facts = folder!.startsWith('sessions/') && locale === defaultLocale ? files.get(factsPath) : undefined;
    if (facts === undefined) write.set(target, text);
    else {
      const joined = joinFacts(text, facts);
      if (typeof joined === 'string') write.set(target, joined);
      else refusals.push(`${path} and ${factsPath}: ${joined.refused}`);
    }
    remove.push(path);
  }

  for (const path of files.keys()) {
    const folder = /^(sessions\/[^/]+\/)session\.yaml$/.exec(path)?.[1];
    if (folder === undefined) continue;
    if (!files.has(`${folder}${defaultLocale}.mdx`)) {
      refusals.push(
        `${folder}: no ${defaultLocale}.mdx, the default language's text, which will hold this session's facts; write it (at least its title and summary) and run "npm run migrate" again`,
      );
    }
    remove.push(path);
  }
  return refusals.length ? { write: new Map(), remove: [], refusals } : { write, remove: remove.sort(), refusals };
}

function readDefaultLocale(text: string): string | undefined {
  try {
    const data = yaml.load(text) as { defaultLocale?: unknown } | null;
    return typeof data?.defaultLocale === 'string' ? data.defaultLocale : undefined;
  } catch {
    return undefined;
  }
}

/** The MDX file with the facts (the text of session.yaml, comments included) added to its front matter. */
function joinFacts(mdx: string, facts: string): string | { refused: string } {
  const match = FRONTMATTER.exec(mdx);
  if (!match) return { refused: 'the text has no front matter between --- lines' };
  const newline = mdx.includes('\r\n') ? '\r\n' : '\n';
  const factLines = facts.replace(/^\uFEFF/, '').replace(/\r?\n/g, newline).replace(/(\r?\n)+$/, '');
  const ownFields = match[1]!;
  const frontmatter = `${ownFields}${factLines}${newline}`;
  const before = mdx.slice(0, match.index + match[0].indexOf(ownFields));
  const after = mdx.slice(match.index + match[0].length - '---'.length);
  try {
    const own = (yaml.load(ownFields) ?? {}) as object;
    const shared = (yaml.load(facts) ?? {}) as object;
    const overlap = Object.keys(own).filter((key) => key in shared);
    if (overlap.length) return { refused: `both have ${overlap.join(', ')}; keep it in one of them` };
    if (!isDeepStrictEqual(yaml.load(frontmatter), { ...own, ...shared })) {
      return { refused: 'session.yaml cannot be added to the front matter unchanged (does it use --- or { } around its fields?)' };
    }
  } catch (error) {
    return { refused: `a YAML mistake to fix first: ${(error as Error).message.split('\n')[0]}` };
  }
  return `${before}${frontmatter}${after}`;
}
