/**
 * The build applies the content-safety plugin to content files: a session text that could run
 * code stops it, naming the file, the line and what is allowed instead, and a safe one builds.
 * Each kind of unsafe MDX is refused by the plugin itself in tests/unit/safe-mdx-plugin.test.ts;
 * here, copies of the example conference with one session text changed are built.
 */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyContent } from '../helpers/content-copy.ts';
import { exampleContent } from '../helpers/fixtures.ts';

const file = 'sessions/2025-11-01-keynote/index.en.mdx';

/** Appends `body` to the session text, builds, and returns the output and the line `body` starts on. */
async function buildWith(body: string) {
  const content = await copyContent(exampleContent);
  let line = 0;
  await content.edit(file, (text) => {
    const kept = text.trimEnd();
    line = kept.split('\n').length + 2;
    return `${kept}\n\n${body}\n`;
  });
  const result = await buildSite({ content: content.dir });
  return { ...result, line };
}

describe('MDX that could run code stops the build', () => {
  it('a script element', async () => {
    const { code, output, line } = await buildWith('<script>alert(1)</script>');
    expect(code, output).not.toBe(0);
    expect(output).toMatch(/<script> is not allowed/);
    // The file and line, then what content may use instead.
    expect(output).toContain(file);
    expect(output).toContain(`field "(text, line ${line})"`);
    expect(output).toMatch(/expected Markdown, the HTML elements .+, and the site's components/);
  });

  it('plain Markdown, allowed HTML and MDX comments still build', async () => {
    const { code, output } = await buildWith(
      '{/* Editors may leave comments. */}\n\n**Bold**, [a link](https://example.org/) and <abbr title="Comma-Separated Values">CSV</abbr>.',
    );
    expect(code, output).toBe(0);
  });
});
