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

/**
 * The MDX parser's words for a "{" or "<" an editor meant as plain text, put in theirs: MDX
 * reads "{" as the start of code and "<" as the start of a tag, and a backslash makes either a
 * plain character. (Accepting them silently would mean guessing which "<" starts a tag; a wrong
 * guess would let through markup the allow-list refuses, so the editor is told instead.)
 */
const LITERAL_CHARACTERS: readonly { pattern: RegExp; found: string; expected: string }[] = [
  {
    pattern: /closing brace for `\{`|in expression|Could not parse expression/,
    found: 'a "{", which MDX reads as the start of code',
    expected: 'a brace written as text with a backslash before it: \\{ (and \\} for a closing one)',
  },
  {
    pattern: /after `<`|before name|valid JSX tag/,
    found: 'a "<" that does not start an HTML tag',
    expected: 'a "<" written as text with a backslash before it, e.g. "score \\<3"; a web address as [text](https://…)',
  },
];

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
    return (located.length ? located : [{ line: '?', column: '?', text: message }]).map((problem) => {
      const literal = LITERAL_CHARACTERS.find((known) => known.pattern.test(problem.text));
      if (literal) return { field: `(text, line ${problem.line})`, found: `${literal.found} (column ${problem.column})`, expected: literal.expected, detail: problem.text };
      return {
        field: `(text, line ${problem.line})`,
        found: `${problem.text} (column ${problem.column})`,
        expected: allowed ? allowed.replace(/^Content may use /, '').replace(/\.$/, '') : 'valid MDX: Markdown, and every HTML tag closed (<b>…</b>)',
      };
    });
  }
};
