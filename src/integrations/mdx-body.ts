/**
 * The text of an MDX file, compiled as the build compiles it (Sätteri, with the site's
 * content-safety plugin), so `npm run check` reports MDX mistakes without building.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { mdxToJs } from 'satteri';
import { safeMdx } from './safe-mdx.ts';
import type { MdxBodyCheck } from '../lib/content-reader.ts';

/** `path:12:3: message` lines of the safety plugin's report; `12:3: message` from the MDX parser. */
const LOCATED = /^\s*(?:.*?:)?(\d+):(\d+): (.+)$/;

export const checkMdxBody: MdxBodyCheck = (text, file) => {
  try {
    mdxToJs(text, { mdastPlugins: [safeMdx], fileURL: pathToFileURL(resolve(file)) });
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const located = message.split('\n').flatMap((line) => {
      const match = LOCATED.exec(line);
      return match ? [{ line: match[1]!, column: match[2]!, text: match[3]!.replace(/ \(\d+:\d+\)/, '') }] : [];
    });
    const allowed = message.split('\n').find((line) => line.startsWith('Content may use'));
    return (located.length ? located : [{ line: '?', column: '?', text: message }]).map((problem) => ({
      field: `(text, line ${problem.line})`,
      found: `${problem.text} (column ${problem.column})`,
      expected: allowed ? allowed.replace(/^Content may use /, '').replace(/\.$/, '') : 'valid MDX: Markdown, and every HTML tag closed (<b>…</b>)',
    }));
  }
};
