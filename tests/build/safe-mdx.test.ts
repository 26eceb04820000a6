/**
 * A content file that could run code stops the build, naming the file, the line and what is
 * allowed instead. Each case builds a copy of content/ with one session text broken.
 */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';

const file = 'sessions/2021-06-16-opening/index.en.mdx';

/** Appends `body` to the session text, builds, and returns the output and the line `body` starts on. */
async function buildWith(body: string) {
  const content = await copyContent();
  let line = 0;
  await content.edit(file, (text) => {
    const kept = text.trimEnd();
    line = kept.split('\n').length + 2;
    return `${kept}\n\n${body}\n`;
  });
  const result = await buildSite({ content: content.dir });
  return { ...result, line };
}

const cases: { name: string; body: string; says: RegExp }[] = [
  { name: 'an import', body: "import Widget from '../../../src/components/Widget.astro';", says: /import and export are not allowed/ },
  { name: 'an export', body: 'export const title = "Other";', says: /import and export are not allowed/ },
  { name: 'a JavaScript expression in a paragraph', body: 'Today is {new Date().toString()}.', says: /JavaScript expressions \{…\} are not allowed/ },
  { name: 'a JavaScript expression on its own', body: '{fetch("/api")}', says: /JavaScript expressions \{…\} are not allowed/ },
  { name: 'a script element', body: '<script>alert(1)</script>', says: /<script> is not allowed/ },
  { name: 'a style element', body: '<style>{`body { display: none }`}</style>', says: /<style> is not allowed/ },
  { name: 'an iframe', body: '<iframe src="https://example.org/"></iframe>', says: /<iframe> is not allowed/ },
  { name: 'a component the site does not provide', body: '<Widget />', says: /component <Widget> is not one the site provides/ },
  { name: 'an event-handler attribute', body: '<span onmouseover="steal()">Hover</span>', says: /event-handler attribute onmouseover is not allowed/ },
  { name: 'a javascript: link in HTML', body: '<a href="javascript:alert(1)">Open</a>', says: /uses "javascript:", which is not allowed/ },
  { name: 'a javascript: link in Markdown', body: '[Open](javascript:alert(1))', says: /uses "javascript:", which is not allowed/ },
  { name: 'an attribute holding an expression', body: '<span title={document.cookie}>Text</span>', says: /holds a JavaScript expression/ },
];

describe('MDX that could run code stops the build', () => {
  it.each(cases)('$name', async ({ body, says }) => {
    const { code, output, line } = await buildWith(body);
    expect(code, output).not.toBe(0);
    expect(output).toMatch(says);
    // The file and line, then what content may use instead.
    expect(output).toContain(`${file}:${line}:`);
    expect(output).toMatch(/Content may use Markdown, the HTML elements .+, and the site's components/);
  });

  it('plain Markdown, allowed HTML and MDX comments still build', async () => {
    const { code, output } = await buildWith(
      '{/* Editors may leave comments. */}\n\n**Bold**, [a link](https://example.org/) and <abbr title="Inter-Parliamentary Union">IPU</abbr>.',
    );
    expect(code, output).toBe(0);
  });
});
