/**
 * The Sätteri plugin that keeps code out of content (src/integrations/safe-mdx.ts), run on each
 * kind of MDX that could run code through satteri's own MDX compiler, as the build runs it: each
 * is refused with the file, the line and what content may use instead. That the build applies the
 * plugin to content files is tested on a real build in tests/build/safe-mdx.test.ts.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { safeMdx } from '../../src/integrations/safe-mdx.ts';
import { projectRoot } from '../helpers/build.ts';

const file = 'content/sessions/a-session/index.en.mdx';
const fileURL = new URL(file, `file://${projectRoot}/`);
/** A session text with `body` as its own paragraph, starting on line 8. */
const text = (body: string) => `---\ntitle: "A session"\nsummary: "What it is about."\n---\n\nIntroduction.\n\n${body}\n`;
const compile = (body: string) => mdxToJs(text(body), { mdastPlugins: [safeMdx], fileURL });

const refused: { name: string; body: string; says: RegExp }[] = [
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

describe('MDX that could run code is refused', () => {
  it.each(refused)('$name', async ({ body, says }) => {
    const error = await Promise.resolve()
      .then(() => compile(body))
      .then(() => undefined, (thrown: Error) => thrown);
    expect(error, 'refused').toBeInstanceOf(Error);
    expect(error!.message).toMatch(says);
    // The file and line, then what content may use instead.
    expect(error!.message).toContain(`${file}:8:`);
    expect(error!.message).toMatch(/Content may use Markdown, the HTML elements .+, and the site's components/);
  });

  it('lets plain Markdown, allowed HTML and MDX comments through', async () => {
    const compiled = await compile('{/* Editors may leave comments. */}\n\n**Bold**, [a link](https://example.org/) and <abbr title="Comma-Separated Values">CSV</abbr>.');
    expect(compiled.code).toContain('Comma-Separated Values');
  });
});
